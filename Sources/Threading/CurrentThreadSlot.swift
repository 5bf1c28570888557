#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ``Thread`` object of the calling OS thread, kept in a pthread key (thread-local storage).
///
/// Internal: set by a thread when it starts running, read by ``Thread/current``.
enum CurrentThreadSlot {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }()

    /// The thread stored for the calling OS thread, if any.
    static func get() -> Thread? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<Thread>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Stores `thread` for the calling OS thread. The caller keeps it alive while it is stored
    /// (a running thread is retained by its own entry closure).
    static func set(_ thread: Thread?) {
        pthread_setspecific(key, thread.map { Unmanaged.passUnretained($0).toOpaque() })
    }
}
