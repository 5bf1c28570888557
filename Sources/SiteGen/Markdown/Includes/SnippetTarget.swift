import Foundation

/// What a snippet path asks for: `file.md`, `file.md:3:10` (lines 3 to 10), `file.md:3` (from
/// line 3), `file.md:1:2,8:9` (several ranges), `file.md:-5:` (counted from the end), or
/// `file.md:name` (the named section).
struct SnippetTarget: Equatable {
    /// One `start:end` range as written; `nil` bounds are open. Negative numbers count from the end.
    struct LineRange: Equatable {
        var start: Int?
        var end: Int?
    }

    var path: String
    var ranges: [LineRange] = []
    var section: String?

    /// Splits `spec` at the first `:` after which the rest is a range list or a section name.
    static func parse(_ spec: String) -> SnippetTarget? {
        var colon = spec.firstIndex(of: ":")
        while let at = colon {
            let rest = spec[spec.index(after: at)...]
            let path = String(spec[..<at]).trimmingCharacters(in: .whitespaces)
            if let ranges = lineRanges(rest) {
                return path.isEmpty ? nil : SnippetTarget(path: path, ranges: ranges)
            }
            if let first = rest.unicodeScalars.first, SnippetSection.isNameCharacter(first, first: true),
               rest.unicodeScalars.allSatisfy({ SnippetSection.isNameCharacter($0, first: false) }) {
                return path.isEmpty ? nil : SnippetTarget(path: path, section: String(rest))
            }
            colon = spec[spec.index(after: at)...].firstIndex(of: ":")
        }
        let path = spec.trimmingCharacters(in: .whitespaces)
        return path.isEmpty ? nil : SnippetTarget(path: path)
    }

    /// `N`, `N:M`, `N:`, `:M` items (N, M optional and maybe negative) separated by commas.
    private static func lineRanges(_ text: Substring) -> [LineRange]? {
        var ranges: [LineRange] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count) else { return nil }
            var values: [Int?] = []
            for bound in bounds {
                if bound.isEmpty { values.append(nil); continue }
                guard let number = Int(bound), bound.first != "+" else { return nil }
                values.append(number)
            }
            ranges.append(LineRange(start: values[0], end: values.count > 1 ? values[1] : nil))
        }
        return ranges
    }

    /// The lines `ranges` select from `lines` (Python slice semantics: past the end selects
    /// nothing, never fails).
    static func select(_ ranges: [LineRange], from lines: [SourceLine]) -> [SourceLine] {
        let total = lines.count
        var selected: [SourceLine] = []
        for range in ranges {
            var start = 0
            if let value = range.start { start = value < 0 ? max(total + value, 0) : max(value - 1, 0) }
            var end = total
            if let value = range.end { end = value < 0 ? min(max(total + 1 + value, 0), total) : value }
            start = min(start, total)
            end = min(end, total)
            if start < end { selected += lines[start..<end] }
        }
        return selected
    }

    /// The lines between `--8<-- [start:name]` and `--8<-- [end:name]` (other markers dropped);
    /// `nil` when the section does not start anywhere.
    static func section(_ name: String, in lines: [SourceLine]) -> [SourceLine]? {
        var selected: [SourceLine] = []
        var inside = false, found = false
        for var line in lines {
            if let marker = SnippetSection.parse(line.text) {
                if let text = marker.escapedText {
                    line.text = text
                } else if marker.name == name {
                    if marker.isStart { inside = true; found = true; continue }
                    break
                } else {
                    continue
                }
            }
            if inside { selected.append(line) }
        }
        return found ? selected : nil
    }

    /// Removes the indentation all non-blank lines share (`dedent_subsections`).
    static func dedent(_ lines: [SourceLine]) -> [SourceLine] {
        let widths = lines.filter { !$0.text.allSatisfy(\.isWhitespace) }
            .map { $0.text.prefix(while: { $0 == " " || $0 == "\t" }) }
        guard var common = widths.first else { return lines }
        for prefix in widths.dropFirst() {
            while !prefix.hasPrefix(common) { common = common.dropLast() }
        }
        guard !common.isEmpty else { return lines }
        return lines.map { line in
            var line = line
            if line.text.hasPrefix(common) { line.text.removeFirst(common.count) } else { line.text = "" }
            return line
        }
    }
}
