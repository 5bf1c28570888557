/// Whether this run records a thread trace: `0` not decided yet, `1` off, `2` on.
///
/// Internal. Every recording point in the library is `if _slowPath(tracingMayBeOn) { … }`:
/// with recording off, that one comparison is the whole cost. The first point reached decides,
/// from the environment (see ``TraceRecorder``), and stores `1` or `2` here.
/// A plain global with a constant initial value: the optimizer makes it static data, no lazy
/// initialization check, and no exclusivity check (`swift_beginAccess`, a call) either. Written at
/// most once per value, always the same value by every writer.
@usableFromInline @exclusivity(unchecked) nonisolated(unsafe) var traceSwitch: UInt8 = 0

/// True unless recording is known to be off: the one branch a recording point costs when it is.
@inlinable @inline(__always)
var tracingMayBeOn: Bool { traceSwitch != 1 }

/// The kinds of objects the trace names as `subject`: the primitive a thread waited on or took.
enum TraceSubject: String {
    case lock = "Lock"
    case rlock = "RLock"
    case semaphore = "Semaphore"
    case boundedSemaphore = "BoundedSemaphore"
    case condition = "Condition"
    case event = "Event"
    case barrier = "Barrier"
    case queue = "Queue"
    case join = "join"
    case result = "result"
    case asCompleted = "asCompleted"
    case wait = "wait"
}
