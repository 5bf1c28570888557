/// Yields the futures as they complete, finished ones first (Python's
/// `concurrent.futures.as_completed`). A future given twice is yielded once.
///
///     let futures = urls.map { url in executor.submit(descargar, url) }
///     for future in asCompleted(futures) { print(try future.result()) }
public func asCompleted<Value>(_ futures: some Sequence<Future<Value>>) -> some Sequence<Future<Value>> {
    CompletionOrder(futures, deadline: nil).lazy.map { try! $0.get() }
}

/// Like ``asCompleted(_:)``, giving up `timeout` seconds after the call: each element is a
/// `Result`; when time runs out it yields `.failure(TimeoutError)` once and ends.
///
///     for entry in asCompleted(futures, timeout: 5) {
///         guard let future = try? entry.get() else { print("tiempo agotado"); break }
///         print(try future.result())
///     }
public func asCompleted<Value>(
    _ futures: some Sequence<Future<Value>>,
    timeout: TimeInterval?
) -> some Sequence<Result<Future<Value>, TimeoutError>> {
    CompletionOrder(futures, deadline: Deadline.from(timeout: timeout))
}

/// The iterator behind ``asCompleted(_:timeout:)``: one ``CompletionWaiter`` registered on every
/// pending future collects completions in the order they happen.
final class CompletionOrder<Value: Sendable>: Sequence, IteratorProtocol {
    private var ready: RingBuffer<Future<Value>>
    private var pending: [ObjectIdentifier: Future<Value>] = [:]
    private let waiter = CompletionWaiter()
    private let deadline: Deadline?
    private var finished = false

    init(_ futures: some Sequence<Future<Value>>, deadline: Deadline?) {
        self.deadline = deadline
        ready = RingBuffer()
        var seen = Set<ObjectIdentifier>()
        for future in futures where seen.insert(ObjectIdentifier(future)).inserted {
            if future.addWaiter(waiter) {
                pending[ObjectIdentifier(future)] = future
            } else {
                ready.append(future)
            }
        }
    }

    deinit {
        for future in pending.values { future.removeWaiter(waiter) }
    }

    func next() -> Result<Future<Value>, TimeoutError>? {
        guard !finished else { return nil }
        while ready.isEmpty {
            guard !pending.isEmpty else { return nil }
            let completed = waiter.takeCompletions(until: deadline, tracedAs: .asCompleted)
            if completed.isEmpty {
                finished = true
                return .failure(TimeoutError("\(pending.count) futures unfinished"))
            }
            for object in completed {
                if let future = pending.removeValue(forKey: ObjectIdentifier(object)) { ready.append(future) }
            }
        }
        return ready.popFirst().map { .success($0) }
    }
}
