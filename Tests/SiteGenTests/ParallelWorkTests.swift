import Dispatch
import Testing
@testable import SiteGen

@Suite("ParallelWork")
struct ParallelWorkTests {
    @Test func mapGivesEveryResultOnceInIndexOrder() {
        let calls = Mutex<[Int: Int]>([:])
        let results = ParallelWork.map(1000, width: 4) { index in
            calls.withLock { $0[index, default: 0] += 1 }
            return index * index
        }
        #expect(results == (0..<1000).map { $0 * $0 })
        #expect(calls.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<1000).map { ($0, 1) }))
    }

    @Test func mapOfNoItemOrOneItem() {
        #expect(ParallelWork.map(0) { $0 }.isEmpty)
        #expect(ParallelWork.map(1, width: 8) { $0 + 42 } == [42])
    }

    /// Each task waits for the other's signal: they can only both finish when they run at once.
    @Test func allRunsItsTasksAtTheSameTime() {
        let first = DispatchSemaphore(value: 0), second = DispatchSemaphore(value: 0)
        let met = Mutex<[Bool]>([])
        ParallelWork.all([
            { first.signal(); met.withLock { $0.append(second.wait(timeout: .now() + 30) == .success) } },
            { second.signal(); met.withLock { $0.append(first.wait(timeout: .now() + 30) == .success) } },
        ])
        #expect(met.withLock { $0 } == [true, true])
    }

    /// `jobs` threads even on fewer cores: work that waits (child processes) overlaps.
    @Test func mapWithJobsRunsThatManyAtOnce() {
        let arrived = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let results = ParallelWork.map(3, jobs: 3) { index -> Bool in
            arrived.signal()
            if index == 0 {
                let all = (0..<3).allSatisfy { _ in arrived.wait(timeout: .now() + 30) == .success }
                (0..<2).forEach { _ in release.signal() }
                return all
            }
            return release.wait(timeout: .now() + 30) == .success
        }
        #expect(results == [true, true, true])
    }

    @Test func onOwnThreadReturnsTheWorksResult() async {
        #expect(await ParallelWork.onOwnThread { (1...10).reduce(0, +) } == 55)
    }
}
