import Foundation

/// Splits the snippets of a site into `count` shares for `verify-snippets --shard I/N`.
///
/// Units (`ShardUnit`) stay in page order and the order is cut into `count` runs of about the same
/// weight: a unit goes to the shard where the middle of its weight falls. Every machine computes the
/// same plan from the same pages and weights, so the shards are disjoint and together cover every
/// snippet; adding snippets moves at most one existing unit per cut (those next to a boundary).
///
/// Weights are the previous run's compile + run time of each snippet when `.sitegen-cache/` has it
/// (rounded on a coarse scale, so that two machines with caches from different runs still agree),
/// else one per snippet (balanced by count).
struct ShardPlan {
    var units: [ShardUnit]
    var count: Int

    /// The plan for `snippets` over `count` shards; `times` gives a snippet's last measured seconds.
    init(snippets: [Snippet], count: Int, times: (Snippet) -> Double?) {
        let known = snippets.filter { !$0.isIgnored }.compactMap(times)
        let balancing = known.isEmpty ? Balance.count : Balance.time
        let typical = known.isEmpty ? 1 : known.sorted()[known.count / 2]
        units = ShardUnit.units(of: snippets) { snippet in
            if snippet.isIgnored { return 0 }
            switch balancing {
            case .count: return 1
            case .time: return Self.quantizedMilliseconds(times(snippet) ?? typical)
            }
        }
        self.count = max(1, count)
        self.balance = balancing
    }

    /// What the weights measure.
    enum Balance: String { case count, time }
    private(set) var balance: Balance

    /// The shard (0-based) of each unit, in unit order.
    var assignments: [Int] {
        let total = units.reduce(0) { $0 + $1.weight }
        guard total > 0 else {
            // Nothing to run anywhere: spread the units by position.
            return units.indices.map { $0 * count / max(1, units.count) }
        }
        var before = 0
        return units.map { unit in
            // Twice the middle of the unit, against twice the total: integers only, so every machine agrees.
            let middle = 2 * before + unit.weight
            before += unit.weight
            return min(count - 1, middle * count / (2 * total))
        }
    }

    /// `Snippet.index` of the snippets of shard `shard` (0-based).
    func members(ofShard shard: Int) -> Set<Int> {
        var chosen = Set<Int>()
        for (unit, assigned) in zip(units, assignments) where assigned == shard { chosen.formUnion(unit.members) }
        return chosen
    }

    /// The total weight of each shard.
    var loads: [Int] {
        var loads = Array(repeating: 0, count: count)
        for (unit, assigned) in zip(units, assignments) { loads[assigned] += unit.weight }
        return loads
    }

    /// `seconds` in milliseconds rounded to a step of a quarter power of two (about 19%: 1,000 ms
    /// and 1,080 ms weigh the same), at least 1.
    static func quantizedMilliseconds(_ seconds: Double) -> Int {
        let exponent = (log2(max(1, seconds * 1000)) * 4).rounded() / 4
        return max(1, Int(pow(2, exponent).rounded()))
    }
}

/// One machine's share: the snippets of shard `I/N` and how the plan was made.
struct ShardShare {
    var members: Set<Int>
    var summary: ShardSummary

    init(snippets: [Snippet], shard: SnippetShard, times: SnippetTimes) {
        let plan = ShardPlan(snippets: snippets, count: shard.count, times: times.time(of:))
        members = plan.members(ofShard: shard.index - 1)
        summary = ShardSummary(shard: shard, snippets: members.count, totalSnippets: snippets.count,
                               balancedBy: plan.balance.rawValue, plan: plan.fingerprint)
    }
}

/// What `--shard I/N` selected, for the console and the JSON report.
public struct ShardSummary: Sendable, Equatable {
    public var shard: SnippetShard
    /// Snippets of this shard, and of the whole site (after `--filter`).
    public var snippets: Int, totalSnippets: Int
    /// `time` (the previous run's times, from `.sitegen-cache/`) or `count`.
    public var balancedBy: String
    /// A short hash of the whole plan: every shard of one CI run must print the same one.
    public var plan: String

    /// `shard 2/4: 15 of 60 snippets (balanced by time, plan 1a2b3c4d)`.
    public var line: String {
        "shard \(shard): \(snippets) of \(totalSnippets) snippets (balanced by \(balancedBy), plan \(plan))"
    }
}

extension ShardPlan {
    /// The first 8 hex digits of a hash of every unit's members and shard.
    var fingerprint: String {
        var hasher = SHA256()
        for (unit, shard) in zip(units, assignments) {
            hasher.update(field: unit.members.map(String.init).joined(separator: ",") + ">\(shard)")
        }
        return String(hasher.hexDigest().prefix(8))
    }
}
