#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on the monotonic clock by which a blocking call must give up.
///
/// Every timed wait in the library turns its `timeout:` (seconds, like Python) into a deadline once,
/// so a wait woken early (a spurious wake-up, another waiter served first) keeps the same end time.
@usableFromInline
struct Deadline: Sendable, Comparable {
    /// Nanoseconds on the monotonic clock.
    @usableFromInline let nanoseconds: UInt64

    @usableFromInline init(nanoseconds: UInt64) { self.nanoseconds = nanoseconds }

    /// The current instant.
    @usableFromInline
    static var now: Deadline {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Deadline(nanoseconds: UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec))
    }

    /// The instant `seconds` from now; negative values mean "already expired".
    @usableFromInline
    static func after(_ seconds: TimeInterval) -> Deadline {
        let now = Deadline.now.nanoseconds
        guard seconds > 0 else { return Deadline(nanoseconds: now) }
        let delta = min(seconds, 100 * 365 * 86_400) * 1e9
        return Deadline(nanoseconds: now &+ UInt64(delta))
    }

    /// The deadline for an optional Python-style timeout: `nil` waits forever.
    @usableFromInline
    static func from(timeout: TimeInterval?) -> Deadline? {
        timeout.map { Deadline.after($0) }
    }

    /// Whether the deadline is in the past.
    @usableFromInline
    var hasPassed: Bool { Deadline.now >= self }

    /// Seconds left until the deadline (zero once it has passed).
    @usableFromInline
    var remaining: TimeInterval {
        let now = Deadline.now.nanoseconds
        return nanoseconds > now ? TimeInterval(nanoseconds - now) / 1e9 : 0
    }

    /// The deadline as a `timespec` on the monotonic clock, for `pthread_cond_timedwait`.
    @usableFromInline
    var timespecValue: timespec {
        timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    }

    @usableFromInline static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
