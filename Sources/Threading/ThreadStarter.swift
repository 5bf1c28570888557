#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts an OS thread (detached; joining goes through ``ThreadLifecycle``) that runs one closure.
///
/// Internal: pthreads directly, because `Foundation.Thread` cannot be joined and its block must be
/// `@Sendable`, while a ``Thread`` is handed over to its OS thread exactly once.
enum ThreadStarter {
    /// Boxes the closure so it can travel through `pthread_create`'s context pointer.
    private final class Entry {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a new OS thread; traps with the OS error if the thread cannot be created.
    static func spawn(_ body: sending @escaping () -> Void) {
        let context = Unmanaged.passRetained(Entry(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Darwin)
        var handle: pthread_t?
        #else
        var handle = pthread_t()
        #endif
        let status = pthread_create(&handle, &attributes, { context in
            #if canImport(Darwin)
            let entry = Unmanaged<Entry>.fromOpaque(context).takeRetainedValue()
            #else
            let entry = Unmanaged<Entry>.fromOpaque(context!).takeRetainedValue()
            #endif
            entry.body()
            return nil
        }, context)
        if status != 0 {
            Unmanaged<Entry>.fromOpaque(context).release()
            fatalError("can't start new thread (pthread_create: \(String(cString: strerror(status))))")
        }
    }

    /// Names the calling OS thread (truncated to the 15 bytes Linux allows), so debuggers and
    /// Swift's crash backtraces show `Thread 1 "trabajador" crashed:` when its work traps.
    static func nameCurrentOSThread(_ name: String) {
        // Foundation sets the pthread name of the current thread (pthread_setname_np is not
        // exported to Swift on Linux); Linux keeps the first 15 bytes.
        Foundation.Thread.current.name = name
    }

    /// An integer that identifies the calling OS thread while it runs (Python's `get_ident()`).
    static var currentIdent: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }
}
