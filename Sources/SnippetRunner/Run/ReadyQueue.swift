import Foundation

/// Hands compiled snippets from the compiler threads to the runner threads as soon as each is built,
/// so snippets run while other parts are still compiling.
final class ReadyQueue<Item: Sendable>: @unchecked Sendable {
    private var items: [Item] = []
    private var head = 0
    private var closed = false
    private let condition = NSCondition()

    /// Adds `item` and wakes one waiting taker.
    func push(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// No more items will come: takers get `nil` once the queue is empty.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest item, waiting for one; `nil` when the queue is closed and empty.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !closed { condition.wait() }
        guard head < items.count else { return nil }
        head += 1
        return items[head - 1]
    }
}
