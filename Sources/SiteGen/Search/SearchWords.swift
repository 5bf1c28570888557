import Foundation

/// Splits text into the words search matches, folded exactly as `templates/assets/search.js` folds
/// a query: canonical decomposition (NFD), combining accents U+0300–U+036F removed, lowercased; a
/// word is a run of letters, digits and `_` (`[\p{L}\p{N}_]`). So "Ejecución" is the word
/// `ejecucion`, and the reader's "ejecucion" finds it. (Unlike JavaScript's `toLowerCase`, a Greek
/// final sigma is not special-cased.)
///
/// ASCII, nearly all of a Spanish or English page, is folded byte by byte; other characters go
/// through Foundation once per distinct character and are remembered.
struct SearchWords {
    private var foldedScalars: [UInt32: [UInt8]] = [:]
    /// The UTF-8 of the word being read.
    private var word: [UInt8] = []

    init() {
        word.reserveCapacity(64)
    }

    /// Calls `body` with each folded word of `text`, in order.
    mutating func forEach(in text: String, _ body: (String) -> Void) {
        forEachWord(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 of each folded word of `text`, in order (valid only during the call).
    mutating func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            Self.asciiWordByte.withUnsafeBufferPointer { table in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard byte < 0x80 else {
                        let (scalar, width) = Self.decode(bytes, at: index)
                        index += width
                        if let latin = Self.latin.range(of: scalar) {
                            // Accented Latin letters (most of what is not ASCII in Spanish): from a table.
                            for offset in latin {
                                let folded = Self.latin.bytes[offset]
                                if folded == 0 { flush(body) } else { word.append(folded) }
                            }
                        } else {
                            for folded in fold(scalar) {
                                if folded == 0 { flush(body) } else { word.append(folded) }
                            }
                        }
                        continue
                    }
                    guard table[Int(byte)] != 0 else {
                        flush(body)
                        index += 1
                        continue
                    }
                    // A run of ASCII word bytes: handed over in place when it is a whole lowercase word.
                    var end = index
                    var lowercase = true
                    while end < bytes.count, bytes[end] < 0x80 {
                        let folded = table[Int(bytes[end])]
                        if folded == 0 { break }
                        if folded != bytes[end] { lowercase = false }
                        end += 1
                    }
                    if lowercase, word.isEmpty, end == bytes.count || bytes[end] < 0x80 {
                        body(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    } else {
                        for offset in index..<end { word.append(table[Int(bytes[offset])]) }
                    }
                    index = end
                }
            }
        }
        flush(body)
    }

    private mutating func flush(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !word.isEmpty else { return }
        word.withUnsafeBufferPointer(body)
        word.removeAll(keepingCapacity: true)
    }

    /// The folded UTF-8 of `scalar`, with a 0 byte wherever a word ends (a character that is not a
    /// letter, digit or `_` once folded).
    private mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = foldedScalars[scalar.value] { return known }
        let out = Self.folded(scalar)
        foldedScalars[scalar.value] = out
        return out
    }

    /// `fold` worked out with Foundation.
    fileprivate static func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out: [UInt8] = []
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        for part in decomposed.unicodeScalars where !(0x300...0x36F).contains(part.value) {
            for lower in String(Character(part)).lowercased().unicodeScalars {
                if isWordScalar(lower) { out.append(contentsOf: String(Character(lower)).utf8) } else { out.append(0) }
            }
        }
        return out
    }

    /// The folds of U+0080–U+024F (Latin-1 Supplement, Latin Extended-A and -B), worked out once.
    private static let latin = LatinFolds()

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Lowercased ASCII letters, digits and `_`; 0 for every other ASCII byte (a word boundary).
    private static let asciiWordByte: [UInt8] = (0..<128).map { value -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return byte
        default: return 0
        }
    }

    /// The scalar starting at `index` of valid UTF-8 (Swift strings are), and its width in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 { index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0 }
        let value: UInt32, width: Int
        if lead >= 0xF0 { value = (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3); width = 4 }
        else if lead >= 0xE0 { value = (lead & 0x0F) << 12 | next(1) << 6 | next(2); width = 3 }
        else { value = (lead & 0x1F) << 6 | next(1); width = 2 }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}

/// The folded bytes of every scalar from U+0080 to U+024F in one buffer: `SearchWords` reads the
/// accented letters of Latin-script text from here rather than through a dictionary per character.
private struct LatinFolds: Sendable {
    static let first: UInt32 = 0x80
    static let end: UInt32 = 0x250
    let bytes: [UInt8]
    /// Scalar `first + i` folds to `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int32]

    init() {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for value in Self.first..<Self.end {
            if let scalar = Unicode.Scalar(value) { bytes += SearchWords.folded(scalar) }
            starts.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Where the fold of `scalar` is in `bytes`, when it is in the table.
    @inline(__always)
    func range(of scalar: Unicode.Scalar) -> Range<Int>? {
        guard scalar.value >= Self.first, scalar.value < Self.end else { return nil }
        let index = Int(scalar.value - Self.first)
        return Int(starts[index])..<Int(starts[index + 1])
    }
}
