/// When ``wait(_:timeout:returnWhen:)`` returns (Python's `FIRST_COMPLETED`, `FIRST_EXCEPTION`,
/// `ALL_COMPLETED`).
public enum ReturnWhen: Sendable {
    /// As soon as any future finishes or is cancelled.
    case firstCompleted
    /// As soon as any future finishes by throwing; if none does, when all are done.
    case firstException
    /// When every future is done.
    case allCompleted
}

/// The two groups ``wait(_:timeout:returnWhen:)`` returns, each in input order.
public struct DoneAndNotDone<Value: Sendable>: Sendable {
    /// The futures that finished or were cancelled.
    public let done: [Future<Value>]
    /// The futures still pending or running.
    public let notDone: [Future<Value>]
}

/// Waits for the futures until `returnWhen` is met or `timeout` seconds passed (`nil`: no limit),
/// and splits them into done and not done (Python's `concurrent.futures.wait`). Never throws on
/// timeout: check `notDone`.
///
///     let (done, notDone) = wait(futures, timeout: 2, returnWhen: .firstCompleted).tuple
@discardableResult
public func wait<Value>(
    _ futures: some Sequence<Future<Value>>,
    timeout: TimeInterval? = nil,
    returnWhen: ReturnWhen = .allCompleted
) -> DoneAndNotDone<Value> {
    var seen = Set<ObjectIdentifier>()
    let unique = futures.filter { seen.insert(ObjectIdentifier($0)).inserted }
    let deadline = Deadline.from(timeout: timeout)
    let waiter = CompletionWaiter()
    let watched = unique.filter { $0.addWaiter(waiter) }
    defer { for future in watched { future.removeWaiter(waiter) } }
    while true {
        let done = unique.filter(\.isDone)
        let satisfied = switch returnWhen {
        case .firstCompleted: !done.isEmpty
        case .firstException: done.contains { $0.failed } || done.count == unique.count
        case .allCompleted: done.count == unique.count
        }
        if satisfied { return split(unique, done: done) }
        if waiter.takeCompletions(until: deadline, tracedAs: .wait).isEmpty {
            return split(unique, done: unique.filter(\.isDone))
        }
    }
}

private func split<Value>(_ futures: [Future<Value>], done: [Future<Value>]) -> DoneAndNotDone<Value> {
    let finished = Set(done.map(ObjectIdentifier.init))
    return DoneAndNotDone(done: done, notDone: futures.filter { !finished.contains(ObjectIdentifier($0)) })
}

extension DoneAndNotDone {
    /// The groups as a tuple, for destructuring like Python's `done, not_done = wait(fs)`.
    public var tuple: (done: [Future<Value>], notDone: [Future<Value>]) { (done, notDone) }
}
