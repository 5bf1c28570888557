/// A growable first-in-first-out buffer with O(1) push and pop at both ends.
///
/// Internal storage of ``Queue`` and of the executor's work queue (the library builds on its own,
/// without swift-collections' `Deque`).
@usableFromInline
struct RingBuffer<Element> {
    @usableFromInline var slots: ContiguousArray<Element?> = []
    @usableFromInline var head = 0
    @usableFromInline var count = 0

    @inlinable init() {}

    @inlinable var isEmpty: Bool { count == 0 }

    @inlinable mutating func append(_ element: consuming Element) {
        if count == slots.count { grow() }
        slots[(head + count) & (slots.count - 1)] = element
        count += 1
    }

    @inlinable mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = slots[head].take()
        head = (head + 1) & (slots.count - 1)
        count -= 1
        return element
    }

    @inlinable mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return slots[(head + count) & (slots.count - 1)].take()
    }

    /// Removes and returns every element, oldest first.
    @inlinable mutating func removeAll() -> [Element] {
        var all: [Element] = []
        all.reserveCapacity(count)
        while let element = popFirst() { all.append(element) }
        return all
    }

    /// Doubles the capacity (a power of two, so positions wrap with a mask).
    @inlinable mutating func grow() {
        let newCapacity = Swift.max(16, slots.count * 2)
        var newSlots = ContiguousArray<Element?>(repeating: nil, count: newCapacity)
        for offset in 0..<count {
            newSlots[offset] = slots[(head + offset) & (slots.count - 1)].take()
        }
        slots = newSlots
        head = 0
    }
}
