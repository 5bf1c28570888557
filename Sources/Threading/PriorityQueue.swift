/// A ``Queue`` that hands out the smallest item first (Python's `queue.PriorityQueue`). Put
/// `(priority, value)` pairs as a `Comparable` struct, or plain comparable values.
///
///     let urgentes = PriorityQueue<Int>()
///     urgentes.put(5); urgentes.put(1); urgentes.put(3)
///     print(urgentes.get())   // 1
public final class PriorityQueue<Element: Comparable>: Queue<Element>, @unchecked Sendable {
    private var heap = BinaryHeap<Element>()

    /// Creates a priority-ordered queue holding at most `maxsize` items (`0`: unbounded).
    public override init(maxsize: Int = 0) { super.init(maxsize: maxsize) }

    override var storedCount: Int { heap.count }
    override func store(_ item: consuming Element) { heap.insert(item) }
    override func takeNext() -> Element { heap.removeMin()! }
}

/// A min-heap in an array: the storage of ``PriorityQueue``.
struct BinaryHeap<Element: Comparable> {
    private var items: [Element] = []

    var count: Int { items.count }

    mutating func insert(_ item: Element) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeMin() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let smallest = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallestChild = parent
            if left < items.count && items[left] < items[smallestChild] { smallestChild = left }
            if right < items.count && items[right] < items[smallestChild] { smallestChild = right }
            if smallestChild == parent { break }
            items.swapAt(parent, smallestChild)
            parent = smallestChild
        }
        return smallest
    }
}
