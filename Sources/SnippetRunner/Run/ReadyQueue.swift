import Dispatch
import SiteGen

/// Hands compiled snippets from the compiler threads to the runner threads as soon as each is built,
/// so snippets run while other parts are still compiling.
final class ReadyQueue<Item: Sendable>: Sendable {
    private let state = Mutex<(items: [Item], head: Int, closed: Bool)>(([], 0, false))
    /// One signal per item pushed, plus one when the queue closes (each taker that finds the
    /// queue closed and empty passes it on to the next).
    private let available = DispatchSemaphore(value: 0)

    /// Adds `item` and wakes one waiting taker.
    func push(_ item: Item) {
        state.withLock { $0.items.append(item) }
        available.signal()
    }

    /// No more items will come: takers get `nil` once the queue is empty.
    func close() {
        state.withLock { $0.closed = true }
        available.signal()
    }

    /// The oldest item, waiting for one; `nil` when the queue is closed and empty.
    func take() -> Item? {
        available.wait()
        let item = state.withLock { state -> Item? in
            guard state.head < state.items.count else { return nil }
            state.head += 1
            return state.items[state.head - 1]
        }
        if item == nil { available.signal() }
        return item
    }
}
