import Testing
@testable import Threading

/// Ported from CPython's Lib/test/test_concurrent_futures (executor, future, as_completed, wait).
@Suite struct ExecutorTests {
    @Test func submitReturnsTheResult() throws {
        try ThreadPoolExecutor.with(maxWorkers: 2) { executor throws in
            #expect(try executor.submit { 6 * 7 }.result() == 42)
            #expect(try executor.submit(pow, 2.0, 8.0).result() == 256)
        }
    }

    @Test func resultRethrowsTheTasksError() throws {
        try ThreadPoolExecutor.with(maxWorkers: 1) { executor throws in
            let future = executor.submit { () throws -> Int in throw TaskFailure(code: 7) }
            #expect(throws: TaskFailure(code: 7)) { try future.result() }
            #expect((try? future.exception()) as? TaskFailure == TaskFailure(code: 7))
            #expect(try executor.submit { 1 }.exception() == nil)
        }
    }

    @Test func resultTimeoutThrowsTimeoutError() throws {
        let release = Event()
        try ThreadPoolExecutor.with(maxWorkers: 1) { executor throws in
            let future = executor.submit { release.wait() }
            #expect(throws: TimeoutError.self) { try future.result(timeout: 0.05) }
            #expect(!future.isDone)
            release.set()
            _ = try future.result()
            #expect(future.isDone)
        }
    }

    @Test func cancelSucceedsWhilePendingAndFailsOnceRunning() {
        let started = Event(), release = Event()
        ThreadPoolExecutor.with(maxWorkers: 1) { executor in
            let running = executor.submit { started.set(); release.wait() }
            let pending = executor.submit { 1 }
            started.wait()
            #expect(running.isRunning)
            #expect(!running.cancel())
            #expect(pending.cancel())
            #expect(pending.isCancelled && pending.isDone)
            #expect(throws: CancelledError.self) { try pending.result() }
            release.set()
        }
    }

    @Test func doneCallbackRunsOnCompletionAndAtOnceWhenAlreadyDone() throws {
        let release = Event()
        let calls = Queue<String>()
        try ThreadPoolExecutor.with(maxWorkers: 1) { executor throws in
            let future = executor.submit { release.wait(); return 5 }
            future.addDoneCallback { f in calls.put("tarde \((try? f.result()) ?? -1)") }
            #expect(calls.isEmpty)
            release.set()
            #expect(calls.get() == "tarde 5")
            _ = try future.result()
            future.addDoneCallback { _ in calls.put("ya hecho") }
            #expect(try calls.getNowait() == "ya hecho")
        }
    }

    @Test func mapYieldsResultsInInputOrder() {
        let firstMayFinish = Event()
        let results = ThreadPoolExecutor.with(maxWorkers: 3) { executor in
            Array(executor.map({ (i: Int) -> Int in
                if i == 0 { firstMayFinish.wait() }  // the first item finishes last
                if i == 9 { firstMayFinish.set() }
                return i * i
            }, 0..<10))
        }
        #expect(results == (0..<10).map { $0 * $0 })
    }

    @Test func mapWithBufferSizeConsumesAnEndlessInputLazily() {
        final class PullCounter { var pulled = 0 }
        let counter = PullCounter()
        let endless = sequence(first: 0) { _ in counter.pulled += 1; return counter.pulled }
        var firstTen: [Int] = []
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            for value in executor.map({ $0 * 2 }, endless, bufferSize: 4) {
                firstTen.append(value)
                if firstTen.count == 10 { break }
            }
        }
        #expect(firstTen == (0..<10).map { $0 * 2 })
        #expect(counter.pulled <= 10 + 4)
    }

    @Test func mapTimeoutYieldsTimeoutErrorAndEnds() {
        let release = Event()
        var outcomes: [String] = []
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            let results = executor.map({ (i: Int) -> Int in
                if i == 1 { release.wait() }
                return i
            }, 0..<3, timeout: 0.1)
            for result in results {
                switch result {
                case .success(let value): outcomes.append("ok \(value)")
                case .failure(let error): outcomes.append(error is TimeoutError ? "timeout" : "\(error)")
                }
            }
            release.set()
        }
        #expect(outcomes == ["ok 0", "timeout"])
    }

    @Test func mapOfAThrowingFunctionYieldsTheErrorInPlace() {
        let results = ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            executor.map({ (i: Int) throws -> Int in
                if i == 1 { throw TaskFailure(code: i) }
                return i
            }, 0..<3).map { try? $0.get() }
        }
        #expect(results == [0, nil, 2])
    }

    @Test func asCompletedYieldsInCompletionOrderOnce() throws {
        let releaseFirst = Event(), releaseSecond = Event()
        try ThreadPoolExecutor.with(maxWorkers: 2) { executor throws in
            let first = executor.submit { releaseFirst.wait(); return "primero" }
            let second = executor.submit { releaseSecond.wait(); return "segundo" }
            var order = asCompleted([first, second, first]).makeIterator()
            releaseSecond.set()
            #expect(try order.next()?.result() == "segundo")
            releaseFirst.set()
            #expect(try order.next()?.result() == "primero")
            #expect(order.next() == nil)
        }
    }

    @Test func asCompletedTimesOut() {
        let release = Event()
        ThreadPoolExecutor.with(maxWorkers: 1) { executor in
            let done = executor.submit { 1 }
            _ = try? done.result()
            let stuck = executor.submit { release.wait(); return 0 }
            let entries = Array(asCompleted([done], timeout: 0.05)) + Array(asCompleted([stuck], timeout: 0.05))
            #expect(entries.count == 2)
            #expect((try? entries[0].get()) === done)
            #expect(throws: TimeoutError.self) { try entries[1].get() }
            release.set()
        }
    }

    @Test func waitFirstCompletedAndAllCompleted() {
        let release = Event()
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            let quick = executor.submit { 1 }
            let slow = executor.submit { release.wait(); return 2 }
            let first = wait([quick, slow], returnWhen: .firstCompleted)
            #expect(first.done.map(ObjectIdentifier.init) == [ObjectIdentifier(quick)])
            #expect(first.notDone.map(ObjectIdentifier.init) == [ObjectIdentifier(slow)])
            let timedOut = wait([quick, slow], timeout: 0.05)
            #expect(timedOut.notDone.count == 1)
            release.set()
            let all = wait([quick, slow], returnWhen: .allCompleted)
            #expect(all.done.count == 2 && all.notDone.isEmpty)
        }
    }

    @Test func waitFirstExceptionReturnsOnTheFailure() {
        let release = Event()
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            let failing = executor.submit { () throws -> Int in throw TaskFailure() }
            let slow = executor.submit { release.wait(); return 2 }
            let result = wait([failing, slow], returnWhen: .firstException)
            #expect(result.done.count == 1 && result.notDone.count == 1)
            release.set()
        }
    }

    @Test func submitAfterShutdownIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let executor = ThreadPoolExecutor(maxWorkers: 1)
            executor.shutdown()
            _ = executor.submit { 1 }
        }
    }

    @Test func shutdownWithCancelFuturesCancelsPendingTasks() throws {
        let started = Event(), release = Event()
        let executor = ThreadPoolExecutor(maxWorkers: 1)
        let running = executor.submit { started.set(); release.wait(); return "hecho" }
        let pending = (0..<3).map { i in executor.submit { i } }
        started.wait()
        executor.shutdown(wait: false, cancelFutures: true)
        #expect(pending.allSatisfy { $0.isCancelled })
        release.set()
        #expect(try running.result() == "hecho")
        executor.shutdown(wait: true)
    }

    @Test func shutdownWaitsForQueuedTasks() {
        let executor = ThreadPoolExecutor(maxWorkers: 2)
        let futures = (0..<20).map { i in executor.submit { i } }
        executor.shutdown(wait: true)
        let allDone = futures.allSatisfy { $0.isDone && !$0.isCancelled }
        #expect(allDone)
    }

    @Test func idleWorkersAreReused() throws {
        try ThreadPoolExecutor.with(maxWorkers: 4) { executor throws in
            for i in 0..<5 { #expect(try executor.submit { i }.result() == i) }
            #expect(executor.workerCount == 1)
        }
    }

    @Test func neverMoreWorkersThanMaxWorkers() {
        let gauge = ConcurrencyGauge()
        let bothRunning = Semaphore(0), release = Event()
        ThreadPoolExecutor.with(maxWorkers: 2) { executor in
            let futures = (0..<10).map { _ in
                executor.submit {
                    gauge.enter()
                    defer { gauge.leave() }
                    bothRunning.release()
                    release.wait()
                }
            }
            bothRunning.acquire()
            bothRunning.acquire()
            #expect(futures.filter(\.isRunning).count == 2)
            release.set()
            #expect(executor.workerCount == 2)
        }
        #expect(gauge.peak == 2)
    }

    @Test func defaultWorkerCountIsPythons() {
        let executor = ThreadPoolExecutor()
        #expect(executor.maxWorkers == min(32, ProcessInfo.processInfo.activeProcessorCount + 4))
        executor.shutdown()
    }

    @Test func workerThreadsAreNamedAfterThePrefix() throws {
        try ThreadPoolExecutor.with(maxWorkers: 1, threadNamePrefix: "descargas") { executor throws in
            #expect(try executor.submit { Thread.current.name }.result() == "descargas_0")
        }
    }
}
