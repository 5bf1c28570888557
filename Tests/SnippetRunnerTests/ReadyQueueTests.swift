import SiteGen
import Testing
@testable import SnippetRunner

@Suite struct ReadyQueueTests {
    /// Several takers drain the queue while the feeder still pushes: each item is taken once,
    /// and every taker stops once the queue is closed and empty.
    @Test func drainTakesEveryPushedItemOnce() {
        let queue = ReadyQueue<Int>()
        let taken = ParallelWork.drain(queue, jobs: 4, fedBy: {
            for item in 0..<500 { queue.push(item) }
        }) { item in item % 7 == 0 ? nil : item }
        #expect(taken.sorted() == (0..<500).filter { $0 % 7 != 0 })
    }

    @Test func aClosedEmptyQueueGivesNilToEveryTaker() {
        let queue = ReadyQueue<Int>()
        queue.push(1)
        queue.close()
        #expect(queue.take() == 1)
        #expect(queue.take() == nil)
        #expect(queue.take() == nil)
    }
}
