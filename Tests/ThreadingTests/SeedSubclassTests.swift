import Testing
@testable import Threading

// The three subclasses of the course's seed notes, written as a reader would in Swift.

/// Runs its target and puts the result in a queue (the seed's `PipedToQueueThread`).
class PipedToQueueThread<Result>: Thread {
    let queue: Queue<Result>
    let task: () -> Result

    init(queue: Queue<Result>, task: sending @escaping () -> Result) {
        self.queue = queue
        self.task = task
        super.init()
    }

    convenience init<each Argument>(
        queue: Queue<Result>,
        target: sending @escaping (repeat each Argument) -> Result,
        args: sending (repeat each Argument)
    ) {
        self.init(queue: queue, task: { target(repeat each args) })
    }

    override func run() { queue.put(task()) }
}

/// Runs its target while holding a semaphore permit (the seed's `SemaphoredThread`).
final class SemaphoredThread: Thread {
    let semaphore: Semaphore

    init<each Argument>(
        semaphore: Semaphore,
        target: sending @escaping (repeat each Argument) -> Void,
        args: sending (repeat each Argument)
    ) {
        self.semaphore = semaphore
        super.init(body: { target(repeat each args) })
    }

    override func run() { semaphore.with { super.run() } }
}

/// Both: a semaphore-limited thread that pipes its result to a queue ("Why not both?").
final class SemaphoredPipedToQueueThread<Result>: PipedToQueueThread<Result> {
    let semaphore: Semaphore

    init<each Argument>(
        queue: Queue<Result>,
        semaphore: Semaphore,
        target: sending @escaping (repeat each Argument) -> Result,
        args: sending (repeat each Argument)
    ) {
        self.semaphore = semaphore
        super.init(queue: queue, task: { target(repeat each args) })
    }

    override func run() { semaphore.with { super.run() } }
}

private func spam(_ i: Int, _ j: Int) -> String { "spam(\(i), \(j))" }

@Suite struct SeedSubclassTests {
    @Test func pipedToQueueThreadPutsTheResultInItsQueue() {
        let results = Queue<String>()
        let threads = [(1, 3), (2, 4), (3, 5)].map { args in
            PipedToQueueThread(queue: results, target: spam, args: args)
        }
        threads.forEach { $0.start() }
        threads.forEach { $0.join() }
        let collected = (0..<3).map { _ in results.get() }
        #expect(collected.sorted() == ["spam(1, 3)", "spam(2, 4)", "spam(3, 5)"])
    }

    @Test func semaphoredThreadsRespectTheSemaphore() {
        let semaphore = BoundedSemaphore(2)
        let gauge = ConcurrencyGauge()
        let inside = Semaphore(0), release = Event()
        func guarded(_ id: Int) {
            gauge.enter()
            defer { gauge.leave() }
            inside.release()
            release.wait()
        }
        let threads = (0..<6).map { SemaphoredThread(semaphore: semaphore, target: guarded, args: $0) }
        threads.forEach { $0.start() }
        inside.acquire()
        inside.acquire()
        // The four others wait at the semaphore, so none can enter until the two inside leave.
        #expect(waitUntil { waiters(on: semaphore.permitAvailable, guardedBy: semaphore.mutex) == 4 })
        #expect(inside.mutex.withLock { inside.value } == 0)
        release.set()
        threads.forEach { $0.join() }
        #expect(gauge.peak == 2)
    }

    @Test func semaphoredPipedToQueueThreadDoesBoth() {
        let results = Queue<Int>()
        let semaphore = BoundedSemaphore(1)
        let gauge = ConcurrencyGauge()
        func square(_ x: Int) -> Int {
            gauge.enter()
            defer { gauge.leave() }
            return x * x
        }
        let threads = (1...5).map {
            SemaphoredPipedToQueueThread(queue: results, semaphore: semaphore, target: square, args: $0)
        }
        threads.forEach { $0.start() }
        threads.forEach { $0.join() }
        #expect((0..<5).map { _ in results.get() }.sorted() == [1, 4, 9, 16, 25])
        #expect(gauge.peak == 1)
    }
}
