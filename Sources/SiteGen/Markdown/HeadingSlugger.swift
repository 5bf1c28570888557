import Foundation

/// Heading ids exactly as MkDocs' default `toc` extension makes them (DESIGN.md §2, binding):
/// NFKD, non-ASCII dropped, every character that is not a word character, whitespace or hyphen
/// dropped, whitespace trimmed, lowercased, runs of whitespace/hyphens turned into one `-`;
/// repeated ids get `_1`, `_2`…, an empty id becomes `_1`, `_2`….
///
///     var slugger = HeadingSlugger()
///     slugger.uniqueID(for: "Implementación") // "implementacion"
///     slugger.uniqueID(for: "Implementación") // "implementacion_1"
struct HeadingSlugger {
    private var used: Set<String>
    private let style: HeadingSlugStyle

    /// `reserved` are ids already in the page (custom `{#id}`s), which generated ids must avoid.
    init(reserved: Set<String> = [], style: HeadingSlugStyle = .mkdocs) {
        used = reserved
        self.style = style
    }

    /// The slug of `text` (Python-Markdown's `slugify(value, "-")`), not deduplicated.
    static func slug(_ text: String) -> String {
        let decomposed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCompatibilityMapping
        var kept: [UInt8] = []
        kept.reserveCapacity(decomposed.utf8.count)
        for byte in decomposed.utf8 where byte < 0x80 {
            if isWord(byte) || isSpace(byte) || byte == UInt8(ascii: "-") { kept.append(byte) }
        }
        var start = 0, end = kept.count
        while start < end, isSpace(kept[start]) { start += 1 }
        while end > start, isSpace(kept[end - 1]) { end -= 1 }
        var slug: [UInt8] = []
        slug.reserveCapacity(end - start)
        var inSeparator = false
        for byte in kept[start..<end] {
            if isSpace(byte) || byte == UInt8(ascii: "-") {
                if !inSeparator { slug.append(UInt8(ascii: "-")) }
                inSeparator = true
            } else {
                slug.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                inSeparator = false
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// The id for a heading with `text`: its slug, made unique on the page as Python-Markdown's `unique()` does.
    mutating func uniqueID(for text: String) -> String {
        var id = style.slug(text)
        while id.isEmpty || used.contains(id) {
            id = Self.nextCandidate(after: id)
        }
        used.insert(id)
        return id
    }

    /// `x` → `x_1`, `x_1` → `x_2`, `` → `_1` (the `^(.*)_([0-9]+)$` rule).
    private static func nextCandidate(after id: String) -> String {
        if let underscore = id.lastIndex(of: "_") {
            let digits = id[id.index(after: underscore)...]
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) {
                return "\(id[..<underscore])_\(n + 1)"
            }
        }
        return id + "_1"
    }

    private static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// Python's `\s` on ASCII: space, \t \n \v \f \r and the separators \x1c-\x1f.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }
}
