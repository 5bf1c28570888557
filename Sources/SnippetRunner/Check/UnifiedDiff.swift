/// A unified diff of two texts by lines (longest common subsequence), for wrong-output reports:
///
///     --- expected
///     +++ actual
///     @@ -1,2 +1,2 @@
///      hola
///     -mundo
///     +world
enum UnifiedDiff {
    private enum Edit: Equatable {
        case same(String), removed(String), added(String)
    }

    /// The diff from `expected` to `actual` with `context` unchanged lines around each change.
    /// Very long outputs are compared on their first `maxLines` lines.
    static func diff(expected: [String], actual: [String], context: Int = 3, maxLines: Int = 2_000) -> String {
        let edits = self.edits(Array(expected.prefix(maxLines)), Array(actual.prefix(maxLines)))
        var out = ["--- expected", "+++ actual"]
        let changed = edits.indices.filter { edits[$0] != .same(text(edits[$0])) }
        var i = 0
        while i < changed.count {
            var end = i
            while end + 1 < changed.count, changed[end + 1] - changed[end] <= 2 * context + 1 { end += 1 }
            let lower = max(0, changed[i] - context), upper = min(edits.count, changed[end] + context + 1)
            out.append(header(edits, lower..<upper))
            for edit in edits[lower..<upper] {
                switch edit {
                case .same(let line): out.append(" " + line)
                case .removed(let line): out.append("-" + line)
                case .added(let line): out.append("+" + line)
                }
            }
            i = end + 1
        }
        return out.joined(separator: "\n")
    }

    private static func text(_ edit: Edit) -> String {
        switch edit {
        case .same(let line), .removed(let line), .added(let line): line
        }
    }

    private static func header(_ edits: [Edit], _ range: Range<Int>) -> String {
        var oldStart = 1, newStart = 1
        for edit in edits[..<range.lowerBound] {
            if case .added = edit {} else { oldStart += 1 }
            if case .removed = edit {} else { newStart += 1 }
        }
        let slice = edits[range]
        let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
        let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
        return "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@"
    }

    private static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(.removed(a[i])); i += 1
            } else {
                edits.append(.added(b[j])); j += 1
            }
        }
        return edits
    }
}
