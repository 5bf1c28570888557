import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// `verify-snippets --shard I/N`: every machine of a CI matrix computes the same plan, the shares
/// are disjoint and together are the whole set, include groups stay on one machine, the shares are
/// balanced, and adding snippets elsewhere moves few of the others.
@Suite struct ShardPlanTests {
    /// Pages `p0.md…` with `perPage[i]` snippets each; on every page the second snippet includes the first (`id=base`).
    private func snippets(perPage: [Int], file: (Int) -> String = { "content/p\($0).md" }) -> [Snippet] {
        var builders: [PageBuilder] = []
        for (page, count) in perPage.enumerated() {
            var builder = PageBuilder(file: file(page))
            for n in 0..<count {
                if n == 0 { builder.swift("id=base", "let base\(page) = \(page)\nprint(base\(page))") }
                else if n == 1 { builder.swift("include=base", "print(base\(page) + 1)") }
                else if n % 5 == 4 { builder.swift("ignore", "nada \(page) \(n)") }
                else { builder.swift("", "print(\(page * 100 + n))") }
            }
            builders.append(builder)
        }
        let (found, problems) = SnippetExtractor(defaultTimeout: 10).snippets(in: builders.map(\.page))
        precondition(problems.isEmpty, "\(problems)")
        return found
    }

    /// The shard (0-based) of every snippet, by `file:line`, for `count` shards.
    private func shards(_ snippets: [Snippet], count: Int, times: [String: Double] = [:]) -> [String: Int] {
        let plan = ShardPlan(snippets: snippets, count: count) { times[$0.name] }
        var byName: [String: Int] = [:]
        for shard in 0..<count {
            for snippet in snippets where plan.members(ofShard: shard).contains(snippet.index) {
                #expect(byName[snippet.name] == nil, "\(snippet.name) is in two shards")
                byName[snippet.name] = shard
            }
        }
        return byName
    }

    @Test(arguments: [1, 2, 3, 4, 7, 40])
    func sharesAreDisjointAndTogetherTheWholeSet(count: Int) {
        let all = snippets(perPage: [6, 1, 0, 9, 3, 2, 12, 1, 1, 4])
        let assigned = shards(all, count: count)
        #expect(Set(assigned.keys) == Set(all.map(\.name)))
        #expect(Set(assigned.values).isSubset(of: Set(0..<count)))
        // The same with times known for some snippets.
        let times = Dictionary(uniqueKeysWithValues: all.enumerated().filter { $0.offset % 3 == 0 }.map { ($0.element.name, Double($0.offset) / 10) })
        #expect(Set(shards(all, count: count, times: times).keys) == Set(all.map(\.name)))
    }

    @Test(arguments: [2, 3, 4])
    func aSnippetAndTheSnippetsIncludingItShareAShard(count: Int) {
        let all = snippets(perPage: [3, 3, 3, 3, 3, 3])
        let assigned = shards(all, count: count)
        for page in 0..<6 {
            let onPage = all.filter { $0.location.file == "content/p\(page).md" }
            #expect(assigned[onPage[0].name] == assigned[onPage[1].name], "p\(page): id=base and its includer")
        }
    }

    @Test(arguments: [2, 3, 4, 5])
    func withoutTimesSharesHaveAboutTheSameNumberOfSnippets(count: Int) {
        let all = snippets(perPage: Array(repeating: 4, count: 15))
        let plan = ShardPlan(snippets: all, count: count) { _ in nil }
        #expect(plan.balance == .count)
        let loads = plan.loads
        let largestUnit = plan.units.map(\.weight).max() ?? 0
        #expect(loads.max()! - loads.min()! <= largestUnit, "\(loads)")
        #expect(loads.reduce(0, +) == all.filter { !$0.isIgnored }.count)
    }

    @Test func withTimesASlowSnippetGetsAShardOfItsOwn() {
        let all = snippets(perPage: Array(repeating: 1, count: 10))
        let slow = all[4].name
        let plan = ShardPlan(snippets: all, count: 3) { $0.name == slow ? 20 : 0.5 }
        #expect(plan.balance == .time)
        let shardOfSlow = (0..<3).first { plan.members(ofShard: $0).contains(all[4].index) }!
        #expect(plan.members(ofShard: shardOfSlow) == [all[4].index])
        // The others share the other two machines, about evenly (by count they would be 3-4-3).
        #expect(plan.members(ofShard: (shardOfSlow + 1) % 3).count >= 4)
        #expect(plan.members(ofShard: (shardOfSlow + 2) % 3).count >= 4)
    }

    @Test(arguments: [2, 3, 4, 6])
    func addingUnrelatedSnippetsMovesAtMostOneSnippetPerBoundaryEach(count: Int) {
        let pages = [2, 1, 3, 1, 1, 2, 1, 1, 3, 1, 1, 2, 1, 1, 1, 2, 1, 3, 1, 1]
        let before = shards(snippets(perPage: pages), count: count)
        // A new page of three single snippets in the middle of the site (file names keep the others' names).
        var grown = pages
        grown.insert(3, at: 9)
        let names = (0..<grown.count).map { $0 < 9 ? "content/p\($0).md" : $0 == 9 ? "content/nueva.md" : "content/p\($0 - 1).md" }
        let after = shards(snippets(perPage: grown, file: { names[$0] }), count: count)
        let moved = before.filter { after[$0.key] != $0.value }.count
        #expect(before.keys.allSatisfy { after[$0] != nil })
        #expect(moved <= 3 * (count - 1), "\(moved) of \(before.count) snippets changed shard")
        #expect(moved < before.count / 2)
    }

    @Test func timesThatDifferALittleWeighTheSame() {
        #expect(ShardPlan.quantizedMilliseconds(1.00) == ShardPlan.quantizedMilliseconds(1.05))
        #expect(ShardPlan.quantizedMilliseconds(1.0) < ShardPlan.quantizedMilliseconds(2.0))
        #expect(ShardPlan.quantizedMilliseconds(0) == 1)
    }

    @Test func shardSyntax() throws {
        #expect(try SnippetShard.parse("2/4").get() == SnippetShard(index: 2, count: 4))
        #expect(try SnippetShard.parse("1/1").get() == SnippetShard(index: 1, count: 1))
        for bad in ["0/4", "5/4", "2", "a/b", "2/0", "-1/3", "1/2/3"] {
            if case .success = SnippetShard.parse(bad) { Issue.record("\(bad) was accepted") }
        }
    }

    /// The runner end to end: two shards of a site of `ignore`d snippets (no compiler needed) report
    /// disjoint halves of it, and say which share they are in the JSON report.
    @Test func theVerifierReportsOnlyItsShare() throws {
        var page = PageBuilder(file: "content/a.md")
        for n in 0..<7 { page.swift("ignore", "print(\(n))") }
        let root = NSTemporaryDirectory() + "shard-tests-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        var seen: [String] = []
        for index in 1...2 {
            let options = VerifyOptions(shard: SnippetShard(index: index, count: 2))
            let report = SnippetVerifier(projectRoot: root, options: options).verify(pages: [page.page], config: nil)
            seen += report.results.map(\.snippet.name)
            #expect(report.shard?.shard == SnippetShard(index: index, count: 2))
            #expect(report.shard?.totalSnippets == 7)
            let json = try JSONReportWriter.json(report)
            #expect(json.contains("\"count\" : 2") && json.contains("\"index\" : \(index)"))
        }
        #expect(seen.count == 7 && Set(seen).count == 7)
    }
}
