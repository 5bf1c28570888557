/// A ``Queue`` that hands out the most recently added item first (Python's `queue.LifoQueue`).
///
///     let pila = LifoQueue<Int>()
///     pila.put(1); pila.put(2)
///     print(pila.get())   // 2
public final class LifoQueue<Element>: Queue<Element>, @unchecked Sendable {
    private var stack: [Element] = []

    /// Creates a stack-ordered queue holding at most `maxsize` items (`0`: unbounded).
    public override init(maxsize: Int = 0) { super.init(maxsize: maxsize) }

    override var storedCount: Int { stack.count }
    override func store(_ item: consuming Element) { stack.append(item) }
    override func takeNext() -> Element { stack.removeLast() }
}
