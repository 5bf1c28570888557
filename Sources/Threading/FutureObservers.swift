/// The callbacks and waiting threads of one ``Future``, told once when it completes.
///
/// Internal; a separate object so a future nobody watches carries a single nil pointer.
final class FutureObservers<Value: Sendable> {
    var callbacks: [@Sendable (Future<Value>) -> Void] = []
    var waiters: [CompletionWaiter] = []

    /// Wakes the waiters, then runs the callbacks, on the completing thread.
    func announce(_ future: Future<Value>) {
        for waiter in waiters { waiter.futureDidComplete(future) }
        for callback in callbacks { callback(future) }
    }
}
