/// The recording points the primitives call, each behind `if _slowPath(tracingMayBeOn)`.
///
/// Internal. With recording on they write one line each through ``TraceRecorder``.
enum TracePoint {
    /// The recorder when recording is on (deciding it on first use).
    static var recorder: TraceRecorder? {
        traceSwitch == 2 ? TraceRecorder.shared : TraceRecorder.resolve()
    }

    /// A mark on the calling thread's lane: `acquire Semaphore`, `put Queue`, `set Event`…
    static func mark(_ event: StaticString, _ subject: TraceSubject, _ detail: @autoclosure () -> String = "") {
        recorder?.record(event, subject.rawValue, detail())
    }

    /// A task event (`submit`, `run`, `done`, `cancel`, `label`) naming the future by its identity.
    static func task(_ event: StaticString, _ future: AnyObject, _ detail: @autoclosure () -> String = "") {
        recorder?.record(event, taskID(future), detail())
    }

    /// The short name of a future in the trace (its address in hex; unique while it lives).
    static func taskID(_ future: AnyObject) -> String {
        String(UInt(bitPattern: ObjectIdentifier(future)), radix: 16)
    }
}

/// A wait that may block: `block SUBJECT [DETAIL]` when the thread is about to sleep, and
/// `resume SUBJECT [timeout]` when it goes on. Nothing is recorded for a wait that did not block.
///
///     var blocking = TracedBlocking(.semaphore)
///     while value == 0 { blocking.begin(); … wait … }
///     blocking.end(timedOut: value == 0)
///
/// Two plain values, no reference: with recording off it costs a branch where the wait blocks and
/// one where it ends.
struct TracedBlocking {
    private let subject: TraceSubject
    private var recorded = false

    init(_ subject: TraceSubject) { self.subject = subject }

    /// Records that the thread blocks (once, however often the wait loops).
    @inline(__always)
    mutating func begin(_ detail: @autoclosure () -> String = "") {
        if _slowPath(tracingMayBeOn), !recorded, let recorder = TracePoint.recorder {
            recorded = true
            recorder.record("block", subject.rawValue, detail())
        }
    }

    /// Records that the thread goes on, if ``begin(_:)`` recorded a block.
    @inline(__always)
    func end(timedOut: @autoclosure () -> Bool = false) {
        if _slowPath(recorded), let recorder = TracePoint.recorder {
            recorder.record("resume", subject.rawValue, timedOut() ? "timeout" : "")
        }
    }
}

/// The arguments of a submitted task as the trace shows them (`3`, `"a", 2`).
@usableFromInline
func traceTaskLabel<each Argument>(_ future: AnyFuture, _ arguments: repeat each Argument) {
    var parts: [String] = []
    for argument in repeat each arguments { parts.append(String(describing: argument)) }
    TracePoint.task("label", future, parts.joined(separator: ", "))
}
