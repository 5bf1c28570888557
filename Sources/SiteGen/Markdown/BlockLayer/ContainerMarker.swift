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
    static func parse(_ content: ArraySlice<UInt8>) -> ContainerMarker? {
        guard content.count >= 3 else { return nil }
        let first = content[content.startIndex]
        guard first == 0x21 || first == 0x3F || first == 0x3D || first == 0x2F else { return nil }
        let text = String(decoding: content, as: UTF8.self)
        switch first {
        case 0x21 where text.hasPrefix("!!!"): return admonition(String(text.dropFirst(3)), collapsible: false, open: false)
        case 0x3F where text.hasPrefix("???+"): return admonition(String(text.dropFirst(4)), collapsible: true, open: true)
        case 0x3F where text.hasPrefix("???"): return admonition(String(text.dropFirst(3)), collapsible: true, open: false)
        case 0x3D where text.hasPrefix("==="): return tab(String(text.dropFirst(3)))
        case 0x2F: return block(text)
        default: return nil
        }
    }

    /// `TYPE [classes…] ["title"]` after the marker (Python-Markdown's admonition pattern).
    private static func admonition(_ rest: String, collapsible: Bool, open: Bool) -> ContainerMarker? {
        guard rest.first == " " else { return nil }
        var body = Substring(rest).drop(while: { $0 == " " })
        body = body.dropLast(body.reversed().prefix(while: { $0 == " " || $0 == "\t" }).count)
        var title: String?
        if body.hasSuffix("\""), let quote = body.firstIndex(of: "\""), quote < body.index(before: body.endIndex) {
            title = String(body[body.index(after: quote)..<body.index(before: body.endIndex)])
            body = body[..<quote]
            guard body.last == " " else { return nil }
        }
        let classes = body.split(separator: " ").map(String.init)
        guard !classes.isEmpty, classes.allSatisfy(isClassWord) else { return nil }
        return .admonition(classes: classes, title: title, collapsible: collapsible, open: open)
    }

    /// `[+!] "title"` after `===`.
    private static func tab(_ rest: String) -> ContainerMarker? {
        let flags = Substring(rest).prefix(while: { $0 == "+" || $0 == "!" })
        guard flags.count <= 2 else { return nil }
        let afterFlags = rest.dropFirst(flags.count)
        guard afterFlags.first == " " else { return nil }
        let body = afterFlags.drop(while: { $0 == " " }).trimmingSuffix(while: { $0 == " " || $0 == "\t" })
        guard body.count >= 2, body.first == "\"", body.last == "\"" else { return nil }
        let title = String(body.dropFirst().dropLast())
        return .tab(title: title, selected: flags.contains("+"), newSet: flags.contains("!"))
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
