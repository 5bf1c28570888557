/// The callbacks and waiting threads of one future, told once when it completes.
///
/// Internal; a separate object so a future nobody watches carries a single nil pointer.
final class FutureObservers {
    var callbacks: [@Sendable (AnyFuture) -> Void] = []
    var waiters: [CompletionWaiter] = []

    /// Wakes the waiters, then runs the callbacks, on the completing thread.
    func announce(_ future: AnyFuture) {
        for waiter in waiters { waiter.futureDidComplete(future) }
        for callback in callbacks { callback(future) }
    }
}
