import Testing
@testable import Threading

/// Ported from CPython's Lib/test/lock_tests.py (Lock, RLock, Semaphore, BoundedSemaphore, Event).
@Suite struct SynchronizationPrimitiveTests {
    @Test func semaphoreNeverAdmitsMoreThanItsPermits() {
        let semaphore = Semaphore(2)
        let gauge = ConcurrencyGauge()
        let threads = (0..<8).map { _ in
            Thread {
                for _ in 0..<50 {
                    semaphore.with {
                        gauge.enter()
                        defer { gauge.leave() }
                        _ = sched_yield()
                    }
                }
            }
        }
        threads.forEach { $0.start() }
        threads.forEach { $0.join() }
        #expect(gauge.peak <= 2)
        #expect(gauge.peak >= 1)
    }

    @Test func nonBlockingAcquireFailsWhenNoPermitIsLeft() {
        let semaphore = Semaphore(1)
        #expect(semaphore.acquire(blocking: false))
        #expect(!semaphore.acquire(blocking: false))
        semaphore.release()
        #expect(semaphore.acquire(blocking: false))
    }

    @Test func timedAcquireGivesUpAfterTheTimeout() {
        let semaphore = Semaphore(0)
        var acquired = true
        let elapsed = secondsTaken { acquired = semaphore.acquire(timeout: 0.1) }
        #expect(!acquired)
        #expect(elapsed >= 0.09)
    }

    @Test func releaseWakesAWaitingThread() {
        let semaphore = Semaphore(0)
        let waiting = Event()
        let acquirer = Thread {
            waiting.set()
            semaphore.acquire()
        }
        acquirer.start()
        waiting.wait()
        // The acquirer is blocked inside acquire() with no permit to take.
        #expect(waitUntil { waiters(on: semaphore.permitAvailable, guardedBy: semaphore.mutex) == 1 })
        #expect(semaphore.mutex.withLock { semaphore.value } == 0)
        #expect(acquirer.isAlive)
        semaphore.release()
        acquirer.join()
        #expect(!acquirer.isAlive)
    }

    @Test func releaseManyAddsThatManyPermits() {
        let semaphore = Semaphore(0)
        semaphore.release(3)
        #expect(semaphore.value == 3)
        #expect((0..<3).allSatisfy { _ in semaphore.acquire(blocking: false) })
        #expect(!semaphore.acquire(blocking: false))
    }

    @Test func plainSemaphoreMayBeReleasedAboveItsStart() {
        let semaphore = Semaphore(1)
        semaphore.release()
        #expect(semaphore.value == 2)
    }

    @Test func boundedSemaphoreOverReleaseIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let semaphore = BoundedSemaphore(1)
            semaphore.release()
        }
    }

    @Test func withReleasesWhenTheBodyThrows() {
        let semaphore = BoundedSemaphore(1)
        #expect(throws: TaskFailure.self) {
            try semaphore.with { throw TaskFailure() }
        }
        #expect(semaphore.value == 1)
    }

    @Test func withReturnsTheBodysValue() {
        let lock = Lock()
        #expect(lock.with { 6 * 7 } == 42)
        #expect(!lock.isLocked)
    }

    @Test func lockIsExclusiveAndMayBeReleasedByAnotherThread() {
        let lock = Lock()
        lock.acquire()
        #expect(!lock.acquire(blocking: false))
        #expect(!lock.acquire(timeout: 0.01))
        let releaser = Thread { lock.release() }
        releaser.start()
        releaser.join()
        #expect(lock.acquire(blocking: false))
        lock.release()
    }

    @Test func releasingAnUnlockedLockIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            Lock().release()
        }
    }

    @Test func rlockIsReentrantForItsHolder() {
        let lock = RLock()
        lock.with { lock.with { #expect(lock.isOwnedByCurrentThread) } }
        #expect(!lock.isOwnedByCurrentThread)
        lock.acquire()
        let other = Queue<Bool>()
        let thread = Thread { other.put(lock.acquire(blocking: false)) }
        thread.start()
        thread.join()
        #expect(other.get() == false)
        lock.release()
    }

    @Test func rlockReleasedByAnotherThreadIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let lock = RLock()
            lock.acquire()
            let thread = Thread { lock.release() }
            thread.start()
            thread.join()
        }
    }

    @Test func eventWaitTimesOutThenSeesSet() {
        let event = Event()
        #expect(!event.wait(timeout: 0.01))
        let setter = Thread { event.set() }
        setter.start()
        #expect(event.wait())
        setter.join()
        #expect(event.isSet)
        event.clear()
        #expect(!event.isSet)
    }

    @Test func eventSetWakesEveryWaiter() {
        let event = Event()
        let woke = Queue<Bool>()
        let waiters = (0..<5).map { _ in Thread { woke.put(event.wait()) } }
        waiters.forEach { $0.start() }
        event.set()
        waiters.forEach { $0.join() }
        #expect((0..<5).map { _ in woke.get() } == Array(repeating: true, count: 5))
    }
}
