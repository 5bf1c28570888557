#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The engine of a ``ThreadPoolExecutor``: a queue of tasks under one mutex, worker threads
/// started on demand up to a maximum, and the shutdown protocol.
///
/// Internal. Workers hold the pool, not the executor, so an executor nobody references can
/// shut down (like Python's weak reference), and the program's exit lets workers drain the queue.
@usableFromInline
final class WorkerPool: @unchecked Sendable {
    let maxWorkers: Int
    private let namePrefix: String
    private let mutex = SystemMutex()
    private let workAvailable = SystemCondition()
    // Every mutable property is guarded by `mutex`: the runtime's exclusivity checks are redundant.
    @exclusivity(unchecked) private var tasks = RingBuffer<AnyFuture>()
    /// Workers with nothing to do (yielding or sleeping): new tasks go to them before a new
    /// worker is started, as Python's idle semaphore does.
    @exclusivity(unchecked) private var idleWorkers = 0
    /// Idle workers blocked on `workAvailable`.
    @exclusivity(unchecked) private var sleepingWorkers = 0
    /// Sleepers signalled and not yet awake: a burst of submissions wakes each sleeper once.
    @exclusivity(unchecked) private var wakeupsInFlight = 0
    private var workers: [Thread] = []
    /// Each worker's current task (by worker number), `nil` while it waits for one. A worker whose
    /// task is already done is about to take another: its caller may have seen the result and
    /// submitted again before the worker got back to the queue, so it counts as idle.
    @exclusivity(unchecked) private var currentTasks: [AnyFuture?] = []
    private var isShutDown = false
    /// `tasks.count`, readable without the mutex by workers deciding whether to keep waiting.
    private let queuedHint = Atomic<Int>(0)

    /// How many times an idle worker yields, watching for new work, before it sleeps: submitting
    /// usually comes in bursts, and a sleep plus a wake-up costs microseconds.
    private static let yieldsBeforeSleeping = 16

    init(maxWorkers: Int, namePrefix: String) {
        self.maxWorkers = maxWorkers
        self.namePrefix = namePrefix
    }

    /// How many worker threads have been started.
    var workerCount: Int { mutex.withLock { workers.count } }

    /// Queues `task`, waking a sleeping worker, and starting a new one while there are more
    /// queued tasks than idle workers.
    /// Returns `false` (queueing nothing) after shutdown.
    @usableFromInline
    func enqueue(_ task: AnyFuture) -> Bool {
        if _slowPath(tracingMayBeOn) { TracePoint.task("submit", task) }
        return mutex.withLock {
            if isShutDown { return false }
            tasks.append(task)
            queuedHint.store(tasks.count, ordering: .relaxed)
            if sleepingWorkers > wakeupsInFlight {
                wakeupsInFlight += 1
                workAvailable.signal()
            }
            if tasks.count > idleWorkers && workers.count < maxWorkers && tasks.count > idleWorkers + finishingWorkers {
                // Started under the lock so `shutdown` never sees a worker that is not running.
                let worker = makeWorker(number: workers.count)
                worker.start()
                workers.append(worker)
                currentTasks.append(nil)
            }
            return true
        }
    }

    /// Stops accepting tasks; workers finish the queue (or drop it, cancelling every task, with
    /// `cancelPending`) and exit. With `wait`, returns once every worker has exited.
    func shutdown(wait: Bool, cancelPending: Bool) {
        let (dropped, started): ([AnyFuture], [Thread]) = mutex.withLock {
            isShutDown = true
            let dropped = cancelPending ? tasks.removeAll() : []
            queuedHint.store(tasks.count, ordering: .relaxed)
            workAvailable.broadcast()
            return (dropped, workers)
        }
        for task in dropped { task.cancel() }  // each records `cancel` when recording
        if wait {
            let me = ThreadStarter.currentIdent
            for worker in started where worker.ident != me { worker.join() }
        }
    }

    /// Workers whose task is done but who have not yet come back for the next one (mutex held).
    private var finishingWorkers: Int {
        currentTasks.reduce(0) { $0 + ($1?.isDone == true ? 1 : 0) }
    }

    private func makeWorker(number: Int) -> Thread {
        Thread(name: "\(namePrefix)_\(number)") { [self] in workLoop(number: number) }
    }

    /// A worker's life: take the next task, run it, until the pool is shut down and drained.
    private func workLoop(number: Int) {
        while let task = nextTask(worker: number) {
            task.run()
        }
    }

    /// The next task to run, or `nil` once the pool is shut down and drained. An idle worker first
    /// yields a few times watching for work, then sleeps until ``enqueue(_:)`` signals it.
    private func nextTask(worker number: Int) -> (AnyFuture)? {
        mutex.lock()
        defer { mutex.unlock() }
        currentTasks[number] = nil
        if tasks.isEmpty && !isShutDown {
            idleWorkers += 1
            defer { idleWorkers -= 1 }
            mutex.unlock()
            for _ in 0..<WorkerPool.yieldsBeforeSleeping where queuedHint.load(ordering: .relaxed) == 0 {
                sched_yield()
            }
            mutex.lock()
            while tasks.isEmpty && !isShutDown {
                sleepingWorkers += 1
                workAvailable.wait(mutex)
                sleepingWorkers -= 1
                wakeupsInFlight = max(0, wakeupsInFlight - 1)
            }
        }
        defer { queuedHint.store(tasks.count, ordering: .relaxed) }
        let task = tasks.popFirst()
        currentTasks[number] = task
        return task
    }
}
