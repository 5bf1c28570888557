import Testing
@testable import Threading

/// Ported from CPython's lock_tests.py (ConditionTests, BarrierTests).
@Suite struct ConditionAndBarrierTests {
    @Test func notifyWakesAWaiterThatSeesTheNewState() {
        let condition = Condition()
        let items = Queue<Int>()
        let received = Queue<Int>()
        let consumer = Thread {
            condition.with {
                condition.waitFor { !items.isEmpty }
                received.put(items.get())
            }
        }
        consumer.start()
        condition.with {
            items.put(7)
            condition.notify()
        }
        consumer.join()
        #expect(received.get() == 7)
    }

    @Test func waitTimesOutWithoutNotification() {
        let condition = Condition(Lock())
        let notified = condition.with { condition.wait(timeout: 0.05) }
        #expect(!notified)
        #expect(condition.with { condition.waitFor({ false }, timeout: 0.01) } == false)
    }

    @Test func notifyAllWakesEveryWaiter() {
        let condition = Condition()
        let waiting = Semaphore(0)
        let woken = Queue<Bool>()
        let threads = (0..<4).map { _ in
            Thread {
                condition.with {
                    waiting.release()
                    woken.put(condition.wait())
                }
            }
        }
        threads.forEach { $0.start() }
        for _ in threads { waiting.acquire() }
        // Every waiter released `waiting` while holding the lock, so taking it means they all wait.
        condition.with { condition.notifyAll() }
        threads.forEach { $0.join() }
        #expect(woken.qsize == 4)
    }

    @Test func waitWithoutTheLockIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            Condition().wait(timeout: 0)
        }
    }

    @Test func barrierReleasesAllPartiesTogetherWithDistinctIndexes() throws {
        let barrier = Barrier(3)
        let indexes = Queue<Int>()
        let threads = (0..<3).map { _ in Thread { indexes.put(try barrier.wait()) } }
        threads.forEach { $0.start() }
        threads.forEach { $0.join() }
        let got = (0..<3).map { _ in indexes.get() }.sorted()
        #expect(got == [0, 1, 2])
        #expect(barrier.nWaiting == 0)
    }

    @Test func barrierTimeoutBreaksItForEveryone() {
        let barrier = Barrier(2)
        #expect(throws: BrokenBarrierError.self) { try barrier.wait(timeout: 0.05) }
        #expect(barrier.isBroken)
        #expect(throws: BrokenBarrierError.self) { try barrier.wait() }
        barrier.reset()
        #expect(!barrier.isBroken)
    }
}
