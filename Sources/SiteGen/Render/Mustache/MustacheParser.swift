/// Parses Mustache source into `CompiledTemplate` nodes, applying the standalone-line rule: a line
/// holding only whitespace and one section, inverted, closing, comment, partial or delimiter tag
/// renders as nothing (a standalone partial keeps the whitespace as its indentation).
/// Returns nil for what `CompiledTemplate` does not cover, and for malformed templates (which
/// swift-mustache reports with their line when the theme is loaded).
struct MustacheParser {
    private let source: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(_ text: String) {
        source = Array(text.utf8)
    }

    /// One open section while parsing: its tag, and the nodes before it.
    private struct Frame {
        var path: [Substring]
        var name: String
        var inverted: Bool
        var outer: [CompiledTemplate.Node]
    }

    mutating func parse() -> [CompiledTemplate.Node]? {
        var nodes: [CompiledTemplate.Node] = []
        var frames: [Frame] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { nodes.append(.text(String(decoding: text, as: UTF8.self))) }
            text = []
        }
        while position < source.count {
            guard let tagStart = find(open, from: position) else {
                text += source[position...]
                position = source.count
                break
            }
            text += source[position..<tagStart]
            var contentStart = tagStart + open.count
            guard contentStart <= source.count else { return nil }
            let sigil: UInt8? = contentStart < source.count ? source[contentStart] : nil
            var closing = close
            if sigil == UInt8(ascii: "{") && open == Array("{{".utf8) { closing = Array("}}}".utf8) }
            if sigil == UInt8(ascii: "=") { closing = [UInt8(ascii: "=")] + close }
            guard let tagEnd = find(closing, from: contentStart) else { return nil }
            let after = tagEnd + closing.count
            let kind = sigil.flatMap { "#^/!>=&{<$%".utf8.contains($0) ? $0 : nil }
            if kind != nil { contentStart += 1 }
            let content = String(decoding: source[contentStart..<tagEnd], as: UTF8.self).trimmingSpaces
            if kind == UInt8(ascii: ">"), content.hasPrefix("*") { return nil }  // dynamic partial
            if [UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%")].contains(kind) { return nil }
            if kind != UInt8(ascii: "!"), kind != UInt8(ascii: "="), content.contains(where: { "()".contains($0) }) { return nil }
            let standaloneKinds: [UInt8] = Array("#^/!>=".utf8)
            var standalone = false
            var indentation = ""
            if let kind, standaloneKinds.contains(kind), let lineStart = blankLineStart(before: tagStart),
               let lineEnd = restOfLineIsBlank(from: after) {
                standalone = true
                indentation = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                text.removeLast(tagStart - lineStart)
                position = lineEnd
            } else {
                position = after
            }
            switch kind {
            case UInt8(ascii: "!"):
                continue
            case UInt8(ascii: "="):
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { return nil }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                flush()
                frames.append(Frame(path: Self.path(content), name: content, inverted: kind == UInt8(ascii: "^"), outer: nodes))
                nodes = []
            case UInt8(ascii: "/"):
                flush()
                guard let frame = frames.popLast(), frame.name == content else { return nil }
                let body = nodes
                nodes = frame.outer
                nodes.append(.section(path: frame.path, inverted: frame.inverted, body: body))
            case UInt8(ascii: ">"):
                flush()
                nodes.append(.partial(name: content, indentation: standalone ? indentation : ""))
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush()
                nodes.append(.variable(path: Self.path(content), escaped: false))
            case nil:
                flush()
                nodes.append(.variable(path: Self.path(content), escaped: true))
            default:
                return nil
            }
        }
        flush()
        return frames.isEmpty ? nodes : nil
    }

    /// `a.b.c` → ["a", "b", "c"]; `.` → [] (the current value).
    private static func path(_ name: String) -> [Substring] {
        name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false)
    }

    /// Where the line holding the tag at `tagStart` begins, when only spaces and tabs come before
    /// the tag on it (no text, no other tag).
    private func blankLineStart(before tagStart: Int) -> Int? {
        var index = tagStart
        while index > 0 {
            let byte = source[index - 1]
            if byte == 10 { return index }
            if byte != 32 && byte != 9 { return nil }
            index -= 1
        }
        return 0
    }

    /// The offset just past the end of the line when only whitespace follows `offset` on it.
    private func restOfLineIsBlank(from offset: Int) -> Int? {
        var index = offset
        while index < source.count {
            switch source[index] {
            case 32, 9: index += 1
            case 13 where index + 1 < source.count && source[index + 1] == 10: return index + 2
            case 10: return index + 1
            default: return nil
            }
        }
        return index
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        source.withUnsafeBufferPointer { $0.firstIndex(of: needle, from: start) }
    }
}

private extension String {
    var trimmingSpaces: String {
        let bytes = utf8.drop(while: { $0 == 32 || $0 == 9 })
        var end = bytes.endIndex
        while end > bytes.startIndex, let last = bytes[..<end].last, last == 32 || last == 9 { end = bytes.index(before: end) }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
