import Foundation

/// Runs independent pieces of blocking work (compiles, snippet processes) on at most `jobs` threads.
enum ParallelWork {
    /// Calls `body(i)` for every `i` in `0..<count`, `jobs` at a time; returns the results in order.
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable @escaping (Int) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        let next = ResultSlots<Int>(count: 1)
        next.set(0, 0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            group.enter()
            Thread {
                while let i = next.takeNext(below: count) { results.set(i, body(i)) }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values()
    }
}

/// Slots written from several threads under a lock.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

extension ResultSlots where T == Int {
    /// Hands out 0, 1, 2… (kept in slot 0) until `limit`.
    func takeNext(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let current = slots[0], current < limit else { return nil }
        slots[0] = current + 1
        return current
    }
}
