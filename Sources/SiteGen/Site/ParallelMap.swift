import Dispatch

/// Runs `transform` for every index in `0..<count` on all cores and returns the results in
/// index order. Used for parsing, rendering and writing pages (each independent of the others).
func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(transform(index), at: index)
    }
    return slots.values()
}

/// Write-once storage: each index is written by exactly one iteration of `concurrentPerform`,
/// and read only after it returns, so no two threads touch the same slot.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] {
        storage.map { $0! }
    }
}
