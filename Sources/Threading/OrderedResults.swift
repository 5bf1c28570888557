/// The lazy sequence ``ThreadPoolExecutor/map(_:_:bufferSize:)`` returns: results in input order,
/// with at most `bufferSize` tasks submitted ahead of the consumer (all of them without one).
///
/// Internal; clients see `some Sequence<Element>`. Single pass. Dropping it (breaking out of the
/// loop) cancels the tasks submitted ahead that have not started.
@usableFromInline
final class OrderedResults<Inputs: IteratorProtocol, Output: Sendable, Element>: Sequence, IteratorProtocol {
    /// What to yield for a finished future, and whether to stop after it (a timeout).
    @usableFromInline typealias ElementMaker = (Future<Output>, Deadline?) -> (element: Element, isLast: Bool)

    @usableFromInline var inputs: Inputs
    @usableFromInline let submit: (Inputs.Element) -> Future<Output>
    @usableFromInline let makeElement: ElementMaker
    @usableFromInline let bufferSize: Int?
    @usableFromInline let deadline: Deadline?
    @usableFromInline var window = RingBuffer<Future<Output>>()
    @usableFromInline var finished = false

    @inlinable
    init(
        inputs: Inputs,
        bufferSize: Int?,
        deadline: Deadline?,
        submit: @escaping (Inputs.Element) -> Future<Output>,
        makeElement: @escaping ElementMaker
    ) {
        if let bufferSize, bufferSize < 1 { programmerError("bufferSize must be nil or > 0") }
        self.inputs = inputs
        self.bufferSize = bufferSize
        self.deadline = deadline
        self.submit = submit
        self.makeElement = makeElement
        if let bufferSize {
            for _ in 0..<bufferSize where submitNextInput() {}
        } else {
            while submitNextInput() {}
        }
    }

    deinit { cancelWindow() }

    @inlinable
    func next() -> Element? {
        guard !finished, let future = window.popFirst() else { return nil }
        if bufferSize != nil { _ = submitNextInput() }  // keep the window full before waiting
        let (element, isLast) = makeElement(future, deadline)
        if isLast {
            finished = true
            cancelWindow()
        }
        return element
    }

    /// Submits the next input's task; returns `false` when the inputs are exhausted.
    @inlinable
    func submitNextInput() -> Bool {
        guard let input = inputs.next() else { return false }
        window.append(submit(input))
        return true
    }

    @inlinable
    func cancelWindow() {
        while let future = window.popFirst() { future.cancel() }
    }
}
