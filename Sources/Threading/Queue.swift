/// A thread-safe first-in-first-out queue (Python's `queue.Queue`): threads ``put(_:)`` items in
/// and ``get()`` them out, waiting while it is empty (or full, when `maxsize` is above zero).
///
///     let q = Queue<Int>()
///     let productor = Thread { for i in 1...3 { q.put(i) } }
///     productor.start()
///     for _ in 1...3 { print(q.get()) }
///
/// With ``taskDone()`` and ``join()`` a producer can wait until consumers processed every item.
public class Queue<Element>: @unchecked Sendable {
    /// The most items the queue holds; `0` (the default) means no limit.
    public let maxsize: Int
    let mutex = SystemMutex()
    let notEmpty = SystemCondition()
    let notFull = SystemCondition()
    private let allTasksDone = SystemCondition()
    private var unfinishedTasks = 0
    private var fifo = RingBuffer<Element>()

    /// Creates a queue holding at most `maxsize` items (`0` or less: unbounded).
    ///
    ///     let q = Queue<String>(maxsize: 10)
    public init(maxsize: Int = 0) { self.maxsize = maxsize }

    // MARK: Storage order (overridden by LifoQueue and PriorityQueue); called with the mutex held.

    var storedCount: Int { fifo.count }
    func store(_ item: consuming Element) { fifo.append(item) }
    func takeNext() -> Element { fifo.popFirst()! }

    // MARK: Size

    /// The number of items now in the queue (approximate once other threads use it).
    public var qsize: Int { mutex.withLock { storedCount } }

    /// Whether the queue holds no item now (Python's `empty()`).
    public var isEmpty: Bool { mutex.withLock { storedCount == 0 } }

    /// Whether a bounded queue has no free slot now (Python's `full()`).
    public var isFull: Bool { mutex.withLock { maxsize > 0 && storedCount >= maxsize } }

    // MARK: Putting

    /// Puts `item` at the end, waiting for a free slot if the queue is bounded and full.
    ///
    ///     q.put(42)
    public func put(_ item: sending Element) {
        _ = putWaiting(item, deadline: nil)  // without a deadline it always succeeds
    }

    /// Puts `item`, waiting at most `timeout` seconds for a free slot; throws ``Full`` if none
    /// freed up in time.
    ///
    ///     try q.put(42, timeout: 0.5)
    public func put(_ item: sending Element, timeout: TimeInterval) throws(Full) {
        if !putWaiting(item, deadline: queueDeadline(block: true, timeout: timeout)) { throw Full() }
    }

    /// Python's `put(item, block, timeout)`: `block: false` never waits and throws ``Full`` at once
    /// if there is no free slot; otherwise waits at most `timeout` seconds (`nil`: no limit).
    public func put(_ item: sending Element, block: Bool, timeout: TimeInterval? = nil) throws(Full) {
        if !putWaiting(item, deadline: queueDeadline(block: block, timeout: timeout)) { throw Full() }
    }

    /// Puts `item` only if a slot is free right now; throws ``Full`` otherwise.
    ///
    ///     do { try q.putNowait(1) } catch { print("cola llena") }
    public func putNowait(_ item: sending Element) throws(Full) {
        if !putWaiting(item, deadline: Deadline.now) { throw Full() }
    }

    /// Stores `item` once a slot is free; returns `false` if the deadline passed first.
    private func putWaiting(_ item: sending Element, deadline: Deadline?) -> Bool {
        var blocking = TracedBlocking(.queue)
        mutex.lock()
        var stored = false
        defer {
            mutex.unlock()
            blocking.end(timedOut: !stored)
            if _slowPath(tracingMayBeOn), stored { TracePoint.mark("put", .queue, self.traceName) }
        }
        if maxsize > 0 {
            while storedCount >= maxsize {
                blocking.begin("put")
                if !notFull.wait(mutex, until: deadline) && storedCount >= maxsize { return false }
            }
        }
        store(item)
        unfinishedTasks += 1
        notEmpty.signal()
        stored = true
        return true
    }

    /// The queue's class as the trace names it in a `put`/`get` detail (`LifoQueue`…).
    private var traceName: String {
        let name = String(describing: type(of: self))
        return String(name.prefix { $0 != "<" })
    }

    // MARK: Getting

    /// Removes and returns the next item, waiting while the queue is empty.
    ///
    ///     let item = q.get()
    public func get() -> sending Element {
        getWaiting(deadline: nil)!  // without a deadline it always returns an item
    }

    /// Removes and returns the next item, waiting at most `timeout` seconds; throws ``Empty``
    /// if none arrived in time.
    ///
    ///     let item = try q.get(timeout: 1)
    public func get(timeout: TimeInterval) throws(Empty) -> sending Element {
        guard let item = getWaiting(deadline: queueDeadline(block: true, timeout: timeout)) else { throw Empty() }
        return item
    }

    /// Python's `get(block, timeout)`: `block: false` never waits and throws ``Empty`` at once if
    /// there is no item; otherwise waits at most `timeout` seconds (`nil`: no limit).
    public func get(block: Bool, timeout: TimeInterval? = nil) throws(Empty) -> sending Element {
        guard let item = getWaiting(deadline: queueDeadline(block: block, timeout: timeout)) else { throw Empty() }
        return item
    }

    /// Removes and returns an item only if one is there right now; throws ``Empty`` otherwise.
    ///
    ///     while let item = try? q.getNowait() { print(item) }
    public func getNowait() throws(Empty) -> sending Element {
        guard let item = getWaiting(deadline: Deadline.now) else { throw Empty() }
        return item
    }

    /// Takes the next item once there is one; returns `nil` if the deadline passed first.
    private func getWaiting(deadline: Deadline?) -> sending Element? {
        var blocking = TracedBlocking(.queue)
        mutex.lock()
        var taken = false
        defer {
            mutex.unlock()
            blocking.end(timedOut: !taken)
            if _slowPath(tracingMayBeOn), taken { TracePoint.mark("get", .queue, self.traceName) }
        }
        while storedCount == 0 {
            blocking.begin("get")
            if !notEmpty.wait(mutex, until: deadline) && storedCount == 0 { return nil }
        }
        nonisolated(unsafe) let item = takeNext()  // the queue gives up its only reference
        notFull.signal()
        taken = true
        return item
    }

    // MARK: Task tracking

    /// Tells the queue that an item taken with `get` has been processed, so ``join()`` can return
    /// once every item put has been. Calling it more times than items were put is a programmer error.
    ///
    ///     let trabajo = q.get(); procesar(trabajo); q.taskDone()
    public func taskDone() {
        mutex.withLock {
            if unfinishedTasks <= 0 { programmerError("taskDone() called too many times") }
            unfinishedTasks -= 1
            if unfinishedTasks == 0 { allTasksDone.broadcast() }
        }
    }

    /// Blocks until every item put in the queue has been taken and marked with ``taskDone()``.
    ///
    ///     q.join()   // todo procesado
    public func join() {
        var blocking = TracedBlocking(.queue)
        mutex.withLock {
            while unfinishedTasks > 0 {
                blocking.begin("join")
                allTasksDone.wait(mutex)
            }
        }
        blocking.end()
    }

    private func queueDeadline(block: Bool, timeout: TimeInterval?) -> Deadline? {
        guard block else { return Deadline.now }
        guard let timeout else { return nil }
        if timeout < 0 { programmerError("'timeout' must be a non-negative number") }
        return Deadline.after(timeout)
    }
}
