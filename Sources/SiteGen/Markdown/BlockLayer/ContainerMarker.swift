/// A line that opens or closes one of our containers (DESIGN.md §2):
///
///     !!! note inline end "Título"     admonition (classes after the type; "" = no title)
///     ??? info "T"   /   ???+ info      details, collapsed / open
///     === "T"  ===+ "T"  ===! "T"       content tab (selected / starting a new set)
///     /// note | T   …   ///            pymdownx.blocks (note, details, tab, admonition…)
enum ContainerMarker: Equatable {
    /// `!!!` or `???`: `classes[0]` is the type; `title` nil means the default title.
    case admonition(classes: [String], title: String?, collapsible: Bool, open: Bool)
    case tab(title: String, selected: Bool, newSet: Bool)
    /// `/// name | title` with `fenceLength` slashes.
    case blockStart(name: String, title: String?, fenceLength: Int)
    /// A line of only slashes (at least 3).
    case blockEnd(fenceLength: Int)

    /// Parses the line content (indentation already removed); `nil` when it is not a marker.
    /// Works on the bytes (markers, quotes and blanks are ASCII); strings are made only for what
    /// a marker keeps (its classes and title).
    static func parse(_ content: ArraySlice<UInt8>) -> ContainerMarker? {
        guard content.count >= 3 else { return nil }
        func starts(_ marker: StaticString) -> Bool {
            content.count >= marker.utf8CodeUnitCount
                && marker.withUTF8Buffer { content.prefix($0.count).elementsEqual($0) }
        }
        switch content[content.startIndex] {
        case Byte.bang where starts("!!!"): return admonition(content.dropFirst(3), collapsible: false, open: false)
        case Byte.question where starts("???+"): return admonition(content.dropFirst(4), collapsible: true, open: true)
        case Byte.question where starts("???"): return admonition(content.dropFirst(3), collapsible: true, open: false)
        case Byte.equals where starts("==="): return tab(content.dropFirst(3))
        case Byte.slash: return block(String(decoding: content, as: UTF8.self))
        default: return nil
        }
    }

    private enum Byte {
        static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), equals = UInt8(ascii: "=")
        static let slash = UInt8(ascii: "/"), plus = UInt8(ascii: "+"), space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t"), quote = UInt8(ascii: "\"")
    }

    /// `TYPE [classes…] ["title"]` after the marker (Python-Markdown's admonition pattern).
    private static func admonition(_ rest: ArraySlice<UInt8>, collapsible: Bool, open: Bool) -> ContainerMarker? {
        guard rest.first == Byte.space else { return nil }
        var body = trimmingBlanks(rest)
        var title: String?
        if body.last == Byte.quote, let quote = body.firstIndex(of: Byte.quote), quote < body.endIndex - 1 {
            title = String(decoding: body[(quote + 1)..<(body.endIndex - 1)], as: UTF8.self)
            body = body[..<quote]
            guard body.last == Byte.space else { return nil }
        }
        let classes = body.split(separator: Byte.space).map { String(decoding: $0, as: UTF8.self) }
        guard !classes.isEmpty, classes.allSatisfy(isClassWord) else { return nil }
        return .admonition(classes: classes, title: title, collapsible: collapsible, open: open)
    }

    /// `[+!] "title"` after `===`.
    private static func tab(_ rest: ArraySlice<UInt8>) -> ContainerMarker? {
        let flags = rest.prefix(while: { $0 == Byte.plus || $0 == Byte.bang })
        guard flags.count <= 2 else { return nil }
        let afterFlags = rest.dropFirst(flags.count)
        guard afterFlags.first == Byte.space else { return nil }
        let body = trimmingBlanks(afterFlags)
        guard body.count >= 2, body.first == Byte.quote, body.last == Byte.quote else { return nil }
        let title = String(decoding: body.dropFirst().dropLast(), as: UTF8.self)
        return .tab(title: title, selected: flags.contains(Byte.plus), newSet: flags.contains(Byte.bang))
    }

    /// `text` without its leading spaces and its trailing spaces and tabs.
    private static func trimmingBlanks(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var body = text.drop(while: { $0 == Byte.space })
        while let last = body.last, last == Byte.space || last == Byte.tab { body = body.dropLast() }
        return body
    }

    /// `///…` lines: a closing fence, or `/// name [| title]`.
    private static func block(_ text: String) -> ContainerMarker? {
        let slashes = text.prefix(while: { $0 == "/" }).count
        guard slashes >= 3 else { return nil }
        let rest = text.dropFirst(slashes).trimmingSuffix(while: { $0 == " " || $0 == "\t" }).drop(while: { $0 == " " || $0 == "\t" })
        if rest.isEmpty { return .blockEnd(fenceLength: slashes) }
        let parts = rest.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].trimmingSuffix(while: { $0 == " " || $0 == "\t" })
        guard !name.isEmpty, isClassWord(name) else { return nil }
        let title = parts.count > 1 ? String(parts[1].drop(while: { $0 == " " || $0 == "\t" })) : nil
        return .blockStart(name: name.lowercased(), title: title, fenceLength: slashes)
    }

    /// Python's `[\w\-]+`: letters, digits, `_` and `-`.
    static func isClassWord(_ word: some StringProtocol) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        dropLast(reversed().prefix(while: predicate).count)
    }
}
