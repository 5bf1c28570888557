import SiteGen

/// Checks that translations print the same: in a tab set holding Python and Swift snippets with output
/// blocks of their own (the i-th Python one pairs with the i-th Swift one), and for every snippet that
/// says `same_output_as=ID` and has its own output block. Each snippet already passed against its own
/// block, so the two printed the same when the two blocks agree under the usual rules (trailing
/// whitespace and blank lines ignored, `unordered` on either side compares multisets, `...` on one side
/// matches any lines of the other). It reads only the blocks, so it holds for cached passes too.
enum ParityCheck {
    /// A pair to check: `checked` fails when the blocks disagree; `pairing` says why they are paired.
    struct Pair: Equatable {
        var checked: Int
        var other: Int
        var pairing: String
    }

    /// The pairs among `snippets` (indexes into the array).
    static func pairs(in snippets: [Snippet]) -> [Pair] {
        var pairs: [Pair] = []
        var byTabSet: [String: [Int]] = [:]
        var order: [String] = []
        for (position, snippet) in snippets.enumerated() {
            guard let tab = snippet.tab, snippet.expectedOutput != nil, !snippet.borrowsOutput, snippet.sameOutputAs == nil else { continue }
            let key = "\(snippet.location.file)#\(tab.set)"
            if byTabSet[key] == nil { order.append(key) }
            byTabSet[key, default: []].append(position)
        }
        for key in order {
            let members = byTabSet[key] ?? []
            let python = members.filter { snippets[$0].language == .python }
            let swift = members.filter { snippets[$0].language == .swift }
            guard python.count == swift.count else { continue }
            for (p, s) in zip(python, swift) where snippets[p].tab?.label != snippets[s].tab?.label {
                pairs.append(Pair(checked: p, other: s, pairing: "its Swift tab '\(snippets[s].tab?.label ?? "")'"))
            }
        }
        var byID: [String: Int] = [:]
        for (position, snippet) in snippets.enumerated() {
            if let id = snippet.id { byID["\(snippet.location.file)#\(id)"] = position }
        }
        for (position, snippet) in snippets.enumerated() {
            guard let name = snippet.sameOutputAs, !snippet.borrowsOutput, snippet.expectedOutput != nil,
                  let other = byID["\(snippet.location.file)#\(name)"], snippets[other].expectedOutput != nil else { continue }
            pairs.append(Pair(checked: position, other: other, pairing: "same_output_as=\(name)"))
        }
        return pairs
    }

    /// `results` with the checked snippet of each disagreeing pair failed (pairs where either side did
    /// not pass are left alone: that failure is reported already).
    static func apply(to results: [SnippetResult]) -> [SnippetResult] {
        var results = results
        for pair in pairs(in: results.map(\.snippet)) {
            guard results[pair.checked].status == .passed, results[pair.other].status == .passed,
                  let mismatch = mismatch(results[pair.checked].snippet, results[pair.other].snippet, pairing: pair.pairing) else { continue }
            results[pair.checked].status = .failed(.differsFromPair(mismatch))
        }
        return results
    }

    /// The first differing line of the two output blocks, or `nil` when they agree.
    static func mismatch(_ this: Snippet, _ other: Snippet, pairing: String) -> ParityMismatch? {
        guard let mine = this.expectedOutput, let theirs = other.expectedOutput else { return nil }
        let unordered = mine.unordered || theirs.unordered
        let mineHasDots = OutputComparer.normalizedLines(mine.text).contains("...")
        let theirsHasDots = OutputComparer.normalizedLines(theirs.text).contains("...")
        let agree: Bool
        if mineHasDots && !theirsHasDots {
            agree = OutputComparer.matches(expected: mine.text, actual: theirs.text, unordered: unordered)
        } else if theirsHasDots && !mineHasDots {
            agree = OutputComparer.matches(expected: theirs.text, actual: mine.text, unordered: unordered)
        } else {
            agree = OutputComparer.matches(expected: mine.text, actual: theirs.text, unordered: unordered)
                && OutputComparer.matches(expected: theirs.text, actual: mine.text, unordered: unordered)
        }
        guard !agree else { return nil }
        let (line, theirLine) = firstDifference(mine, theirs, unordered: unordered)
        func side(_ snippet: Snippet, _ output: ExpectedOutput, _ at: (offset: Int, text: String?)) -> ParityMismatch.Side {
            ParityMismatch.Side(snippetName: snippet.name, language: snippet.language, line: at.text,
                                location: SourceLocation(file: output.location.file, line: output.firstTextLine + at.offset))
        }
        return ParityMismatch(this: side(this, mine, line), other: side(other, theirs, theirLine), pairing: pairing)
    }

    /// The first line (0-based offset in its block and text) where the blocks part; for unordered ones,
    /// the first line of one that the other lacks.
    private static func firstDifference(_ a: ExpectedOutput, _ b: ExpectedOutput, unordered: Bool)
        -> (a: (offset: Int, text: String?), b: (offset: Int, text: String?)) {
        let left = OutputComparer.normalizedLines(a.text), right = OutputComparer.normalizedLines(b.text)
        if unordered {
            var counts: [String: Int] = [:]
            right.forEach { counts[$0, default: 0] += 1 }
            for (offset, line) in left.enumerated() where line != "..." {
                if let count = counts[line], count > 0 { counts[line] = count - 1; continue }
                return ((offset, line), (right.count, nil))
            }
            var leftCounts: [String: Int] = [:]
            left.forEach { leftCounts[$0, default: 0] += 1 }
            for (offset, line) in right.enumerated() where line != "..." {
                if let count = leftCounts[line], count > 0 { leftCounts[line] = count - 1; continue }
                return ((left.count, nil), (offset, line))
            }
        }
        let common = zip(left, right).prefix { $0 == $1 }.count
        return ((common, common < left.count ? left[common] : nil), (common, common < right.count ? right[common] : nil))
    }
}
