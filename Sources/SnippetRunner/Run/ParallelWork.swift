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

extension ParallelWork {
    /// Calls `body` on every item of `queue`, `jobs` at a time, as items arrive, until the queue is
    /// closed and empty; returns the non-`nil` results in the order they were made.
    static func drain<Item: Sendable, T: Sendable>(_ queue: ReadyQueue<Item>, jobs: Int,
                                                   _ body: @Sendable @escaping (Item) -> T?) -> [T] {
        let results = Collected<T>()
        let group = DispatchGroup()
        for _ in 0..<max(1, jobs) {
            group.enter()
            Thread {
                while let item = queue.take() {
                    if let result = body(item) { results.append(result) }
                }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values
    }
}

/// Results appended from several threads under a lock.
private final class Collected<T: Sendable>: @unchecked Sendable {
    private var items: [T] = []
    private let lock = NSLock()

    func append(_ item: T) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return items
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
