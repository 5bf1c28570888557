// Every module of sitegen takes `Mutex` and `Atomic` from here (SiteGen re-exports Synchronization),
// so that one switch makes locks visible to Thread Sanitizer: Swift 6.3's `Mutex` on Linux locks
// with futex calls inside the uninstrumented Synchronization library, so TSan sees no
// happens-before edge and reports every access a `Mutex` guards as a race. `scripts/test-tsan`
// builds with `-DSITEGEN_VISIBLE_LOCKS`, which shadows `Mutex` with the pthread-based one below
// (same API, a lock TSan intercepts). Other builds use Synchronization's `Mutex` unchanged.
// Files outside SiteGen import SiteGen, not Synchronization (both would make `Mutex` ambiguous).
@_exported import Synchronization

#if SITEGEN_VISIBLE_LOCKS
import Glibc

/// `Synchronization.Mutex` over a pthread mutex (only in `scripts/test-tsan` builds).
public struct Mutex<Value: ~Copyable>: ~Copyable, @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let value: UnsafeMutablePointer<Value>

    public init(_ initialValue: consuming sending Value) {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
        value = .allocate(capacity: 1)
        value.initialize(to: initialValue)
    }

    deinit {
        value.deinitialize(count: 1)
        value.deallocate()
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    public borrowing func withLock<Result: ~Copyable, E: Error>(
        _ body: (inout sending Value) throws(E) -> sending Result
    ) throws(E) -> sending Result {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return try body(&value.pointee)
    }
}
#endif
