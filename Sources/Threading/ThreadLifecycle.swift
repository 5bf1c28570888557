/// The part of a ``Thread`` that several OS threads touch: its life stage, its name and its
/// identity, guarded by a mutex, with a condition that wakes joiners when the thread finishes.
///
/// Internal: `Thread` itself is not `Sendable` (it is created, started and joined from one place,
/// like in Python); everything another thread reads goes through this object. One condition
/// serves both waits (running, finished): waiters re-check their own predicate.
final class ThreadLifecycle: @unchecked Sendable {
    enum Stage { case initial, running, finished }

    private let mutex = SystemMutex()
    private let stageChanged = SystemCondition()
    private var stage = Stage.initial
    private var storedName: String
    private var storedIdent: UInt?
    /// The thread's lane in the trace, once it recorded something (recording on only).
    private var storedTraceLane: Int?

    init(name: String) { storedName = name }

    var name: String {
        get { mutex.withLock { storedName } }
        set {
            let lane: Int? = mutex.withLock {
                storedName = newValue
                return storedTraceLane
            }
            if _slowPath(tracingMayBeOn), let lane { TraceRecorder.resolve()?.rename(lane: lane, to: newValue) }
        }
    }

    /// The thread's lane in `recorder`'s trace, given (and named there) the first time it is asked.
    /// Only the thread itself asks (for its own events), so once set it is read without the mutex.
    func traceLane(_ recorder: TraceRecorder) -> Int {
        if let storedTraceLane { return storedTraceLane }
        return mutex.withLock {
            if let storedTraceLane { return storedTraceLane }
            let lane = recorder.newLane(named: storedName)
            storedTraceLane = lane
            return lane
        }
    }

    var ident: UInt? { mutex.withLock { storedIdent } }

    var hasStarted: Bool { mutex.withLock { stage != .initial } }

    var isAlive: Bool { mutex.withLock { stage == .running } }

    /// Moves to `.running`; returns `false` if the thread had already been started.
    func markStarted() -> Bool {
        mutex.withLock {
            guard stage == .initial else { return false }
            stage = .running
            return true
        }
    }

    /// Records the OS thread's ident and wakes ``waitUntilRunning()``.
    func record(ident: UInt) {
        mutex.withLock {
            storedIdent = ident
            stageChanged.broadcast()
        }
    }

    /// Waits until the started OS thread recorded its ident (Python's `start()` waits likewise),
    /// so `ident` and `isAlive` are meaningful as soon as `start()` returns.
    func waitUntilRunning() {
        mutex.withLock {
            while storedIdent == nil && stage == .running { stageChanged.wait(mutex) }
        }
    }

    /// Moves to `.finished` and wakes every joiner.
    func markFinished() {
        mutex.withLock {
            stage = .finished
            stageChanged.broadcast()
        }
    }

    /// Waits until the thread finished or the deadline passed; returns whether it finished.
    @discardableResult
    func waitUntilFinished(deadline: Deadline?) -> Bool {
        mutex.withLock {
            while stage != .finished {
                if !stageChanged.wait(mutex, until: deadline) { break }
            }
            return stage == .finished
        }
    }
}
