/// A unit of work waiting in a ``WorkerPool``: in practice a ``Future``.
protocol PoolTask: AnyObject, Sendable {
    /// Runs the task (does nothing if it was cancelled meanwhile).
    func run()
    /// Cancels the task if it has not started.
    @discardableResult func cancel() -> Bool
}

extension Future: PoolTask {}

/// The engine of a ``ThreadPoolExecutor``: a queue of tasks under one mutex, worker threads
/// started on demand up to a maximum, and the shutdown protocol.
///
/// Internal. Workers hold the pool, not the executor, so an executor nobody references can
/// shut down (like Python's weak reference), and the program's exit lets workers drain the queue.
final class WorkerPool: @unchecked Sendable {
    let maxWorkers: Int
    private let namePrefix: String
    private let mutex = SystemMutex()
    private let workAvailable = SystemCondition()
    private var tasks = RingBuffer<any PoolTask>()
    private var idleWorkers = 0
    private var workers: [Thread] = []
    private var isShutDown = false

    init(maxWorkers: Int, namePrefix: String) {
        self.maxWorkers = maxWorkers
        self.namePrefix = namePrefix
    }

    /// How many worker threads have been started.
    var workerCount: Int { mutex.withLock { workers.count } }

    /// Queues `task`, waking an idle worker or starting a new one if none is idle.
    /// Returns `false` (queueing nothing) after shutdown.
    func enqueue(_ task: any PoolTask) -> Bool {
        var newWorker: Thread?
        let accepted: Bool = mutex.withLock {
            if isShutDown { return false }
            tasks.append(task)
            if idleWorkers > 0 {
                workAvailable.signal()
            } else if workers.count < maxWorkers {
                let worker = makeWorker(number: workers.count)
                workers.append(worker)
                newWorker = worker
            }
            return true
        }
        newWorker?.start()
        return accepted
    }

    /// Stops accepting tasks; workers finish the queue (or drop it, cancelling every task, with
    /// `cancelPending`) and exit. With `wait`, returns once every worker has exited.
    func shutdown(wait: Bool, cancelPending: Bool) {
        let (dropped, started): ([any PoolTask], [Thread]) = mutex.withLock {
            isShutDown = true
            let dropped = cancelPending ? tasks.removeAll() : []
            workAvailable.broadcast()
            return (dropped, workers)
        }
        for task in dropped { task.cancel() }
        if wait {
            let me = ThreadStarter.currentIdent
            for worker in started where worker.ident != me { worker.join() }
        }
    }

    private func makeWorker(number: Int) -> Thread {
        Thread(name: "\(namePrefix)_\(number)") { [self] in workLoop() }
    }

    /// A worker's life: take the next task, run it, until the pool is shut down and drained.
    private func workLoop() {
        while let task = nextTask() {
            task.run()
        }
    }

    private func nextTask() -> (any PoolTask)? {
        mutex.withLock {
            while tasks.isEmpty && !isShutDown {
                idleWorkers += 1
                workAvailable.wait(mutex)
                idleWorkers -= 1
            }
            return tasks.popFirst()
        }
    }
}
