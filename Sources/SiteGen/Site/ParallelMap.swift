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
/// and read only after it returns, so no two threads touch the same slot. The slots are raw memory:
/// `Array.withUnsafeMutableBufferPointer` moves the array's buffer out while it runs, so two
/// iterations storing at the same moment through it would race on the array itself (seen as a
/// crash when many short iterations finish together).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) {
        slots[index] = value
    }

    func values() -> [T] {
        (0..<count).map { slots[$0]! }
    }
}
