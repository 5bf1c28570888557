/// The stages of a ``Future``, as in Python's `concurrent.futures._base`.
enum FutureStage: UInt8, Sendable {
    case pending, running, cancelled, finished
}

/// Everything a ``Future`` guards with its mutex.
struct FutureState<Value: Sendable>: ~Copyable {
    var stage = FutureStage.pending
    /// The work to run, until a worker takes it (or the future is cancelled).
    var work: (() throws -> Value)?
    var outcome: Result<Value, any Error>?
    var callbacks: [@Sendable (Future<Value>) -> Void] = []
    var waiters: [CompletionWaiter] = []

    var isDone: Bool { stage == .cancelled || stage == .finished }

    /// Moves to a final stage and hands back who must be told (outside the lock).
    mutating func complete(
        as stage: FutureStage,
        with outcome: Result<Value, any Error>?
    ) -> (callbacks: [@Sendable (Future<Value>) -> Void], waiters: [CompletionWaiter]) {
        self.stage = stage
        self.outcome = outcome
        work = nil
        defer {
            callbacks = []
            waiters = []
        }
        return (callbacks, waiters)
    }
}
