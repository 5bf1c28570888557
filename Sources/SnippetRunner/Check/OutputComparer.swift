/// Compares a snippet's stdout with its `output` block (DESIGN.md §3): trailing whitespace of each line
/// and trailing blank lines are ignored, a line `...` matches any run of lines (zero or more), and
/// `unordered` compares the lines as a multiset.
///
///     OutputComparer.matches(expected: "a\n...\nz", actual: "a\nb\nc\nz\n", unordered: false) // true
enum OutputComparer {
    /// True when `actual` satisfies `expected`.
    static func matches(expected: String, actual: String, unordered: Bool) -> Bool {
        let want = normalizedLines(expected)
        let got = normalizedLines(actual)
        if unordered { return multisetMatches(want, got) }
        return orderedMatches(want[...], got[...])
    }

    /// Lines with trailing whitespace removed and trailing blank lines dropped.
    static func normalizedLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingTrailingWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Ordered match where `...` lines are wildcards, by dynamic programming (no exponential backtracking).
    private static func orderedMatches(_ want: ArraySlice<String>, _ got: ArraySlice<String>) -> Bool {
        let w = Array(want), g = Array(got)
        // reachable[j]: the first i lines of `want` can match the first j lines of `got`.
        var reachable = [Bool](repeating: false, count: g.count + 1)
        reachable[0] = true
        for line in w {
            var next = [Bool](repeating: false, count: g.count + 1)
            if line == "..." {
                var seen = false
                for j in 0...g.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            } else {
                for j in 0..<g.count where reachable[j] && g[j] == line { next[j + 1] = true }
            }
            reachable = next
        }
        return reachable[g.count]
    }

    /// Multiset match; `...` lines stand for any number of extra lines.
    private static func multisetMatches(_ want: [String], _ got: [String]) -> Bool {
        let wildcard = want.contains("...")
        var counts: [String: Int] = [:]
        for line in got { counts[line, default: 0] += 1 }
        for line in want where line != "..." {
            guard let count = counts[line], count > 0 else { return false }
            counts[line] = count - 1
        }
        return wildcard || counts.values.allSatisfy { $0 == 0 }
    }
}
