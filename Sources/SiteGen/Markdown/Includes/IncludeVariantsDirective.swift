import Foundation

/// One `{* path ln[1:5,9] hl[3] title["main.py"] *}` line of markdown-include-variants.
struct IncludeVariantsDirective: Equatable {
    /// An inclusive 1-based line range.
    struct Range: Equatable, Comparable {
        var start: Int
        var end: Int
        init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
        static func < (a: Range, b: Range) -> Bool { (a.start, a.end) < (b.start, b.end) }
    }

    var path: String
    /// `ln[…]`, sorted; empty: the whole file.
    var lines: [Range] = []
    /// `hl[…]` in file lines, sorted.
    var highlights: [Range] = []
    var title: String?
    /// Options that could not be read (`hl[x]`).
    var problems: [String] = []

    /// The directive on `line` (the whole line, from its first column), or nil.
    static func parse(_ line: String) -> IncludeVariantsDirective? {
        guard line.hasPrefix("{*"), line.hasSuffix("*}"), line.count >= 4 else { return nil }
        let inner = line.dropFirst(2).dropLast(2).drop(while: \.isWhitespace)
        let path = inner.prefix(while: { !$0.isWhitespace })
        guard !path.isEmpty else { return nil }
        var directive = IncludeVariantsDirective(path: String(path))
        var rest = inner.dropFirst(path.count)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let name = rest[..<open].reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
            let value = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard !value.isEmpty else { continue }
            switch String(name.reversed()) {
            case "ln": directive.lines += directive.ranges(value, option: "ln")
            case "hl": directive.highlights += directive.ranges(value, option: "hl")
            case "title":
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    directive.title = String(value.dropFirst().dropLast())
                } else {
                    directive.problems.append("include-variants: title[…] needs a quoted title, like title[\"main.py\"]")
                }
            default: break
            }
        }
        directive.lines.sort()
        directive.highlights.sort()
        return directive
    }

    /// `1:5,9` → [1…5, 9…9]; an unreadable item is a problem.
    private mutating func ranges(_ value: String, option: String) -> [Range] {
        var ranges: [Range] = []
        for item in value.split(separator: ",") {
            let bounds = item.split(separator: ":", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if bounds.count == 1, let line = bounds[0] {
                ranges.append(Range(line, line))
            } else if bounds.count == 2, let start = bounds[0], let end = bounds[1] {
                ranges.append(Range(start, end))
            } else {
                problems.append("include-variants: '\(item)' in \(option)[…] is not a line or a range like 3:5")
            }
        }
        return ranges
    }

    /// The highlighted lines as lines of the shown excerpt (the `ln` ranges with the comment
    /// lines between them), as the extension computes them.
    var highlightInShownLines: [Range] {
        guard !highlights.isEmpty else { return [] }
        guard !lines.isEmpty else { return highlights }
        var result: [Range] = []
        var offset = 0
        for (index, group) in lines.enumerated() {
            if group.start > 1 { offset += index == 0 ? 2 : 3 }
            for hl in highlights where hl.start >= group.start && hl.end <= group.end {
                result.append(Range(hl.start - group.start + offset + 1, hl.end - group.start + offset + 1))
            }
            offset += group.end - group.start + 1
        }
        return result
    }

    /// `hl_lines` text: `3 5-7`.
    static func hlString(_ ranges: [Range]) -> String {
        ranges.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)-\($0.end)" }.joined(separator: " ")
    }
}
