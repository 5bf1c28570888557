import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// `timeline` snippets run against the real `Threading` library with its recorder on; one merged
/// compile for the whole page (compiles are slow).
@Suite struct TimelineCaptureTests {
    static var threading: SnippetsConfig {
        SnippetsConfig(librarySources: [SiteVerificationTests.threadingSources], moduleName: "Threading", defaultTimeout: 20)
    }

    /// Every primitive blocks once, deterministically: the main thread holds it (or nothing can
    /// come) while another thread, or the main thread itself, waits with a timeout.
    static let everyPrimitive = """
        import Threading
        func blocksOnce(_ primitive: some Acquirable) {
            primitive.acquire()
            let t = Thread { _ = primitive.acquire(timeout: 0.02) }  // must wait: main holds it
            t.start(); t.join()
            primitive.release()
        }
        blocksOnce(Lock()); blocksOnce(RLock()); blocksOnce(Semaphore(1)); blocksOnce(BoundedSemaphore(1))
        let condition = Condition()
        condition.with { _ = condition.wait(timeout: 0.02); condition.notify() }
        let event = Event()
        _ = event.wait(timeout: 0.02); event.set()
        let barrier = Barrier(2)
        let other = Thread { try? barrier.wait() }
        other.start(); try? barrier.wait(); other.join()
        let queue = Queue<Int>(maxsize: 1)
        queue.put(0); try? queue.put(1, timeout: 0.02); _ = queue.get()
        _ = try? queue.get(timeout: 0.02)
        let gate = Event()
        let sleeper = Thread { gate.wait() }
        sleeper.start(); sleeper.join(timeout: 0.02)
        let executor = ThreadPoolExecutor(maxWorkers: 2)
        let futures = (0..<4).map { i in executor.submit({ (n: Int) -> Int in gate.wait(); return n }, i) }
        _ = try? futures[0].result(timeout: 0.02)
        gate.set(); sleeper.join()
        for future in futures { _ = try? future.result() }
        executor.shutdown()
        print("ok")
        """

    static func page() -> PageBuilder {
        var page = PageBuilder(file: "content/hilos.md")
        page.swift("timeline", everyPrimitive, output: "ok")
        page.swift("", "import Threading\nlet t = Thread { print(\"sin traza\") }\nt.start(); t.join()", output: "sin traza")
        // More than the buffer's 100,000 events: the trace is cut, and says so.
        page.swift("timeline", "import Threading\nlet lock = Lock()\nfor _ in 0..<60_000 { lock.with {} }\nprint(\"hecho\")", output: "hecho")
        // A crash after some recorded work: what was recorded is kept, and the run is marked as not ended normally.
        page.swift("timeline should_fail", """
            import Threading
            let semaphore = Semaphore(1)
            let t = Thread { semaphore.with { usleep(10_000) } }
            t.start(); t.join()
            semaphore.acquire()
            fatalError("boom")
            """)
        // Threading never used: no trace to draw.
        page.swift("timeline", "print(\"nada\")", output: "nada")
        return page
    }

    @Test func timelineSnippetsAreRecordedOthersAreNotAndCutsAndCrashesAreMarked() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let report = project.verify([Self.page().page], config: Self.threading)
        #expect(report.summary == "5 passed, 0 failed, 0 skipped", "\(report.results.map { "\($0.status)" })")
        let results = report.results
        try #require(results.count == 5)

        // On: every primitive's block and its marks; off: nothing.
        let every = try #require(results[0].timeline.flatMap(ThreadTimeline.init(serialized:)))
        for subject in ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier", "Queue", "join", "result"] {
            #expect(every.figures.waits[subject, default: 0] >= 1, "no blocked wait on \(subject)")
        }
        let marks = Set(every.lanes.flatMap { $0.marks.map { "\($0.kind) \($0.subject)" } })
        for mark in ["acquire Lock", "release Lock", "acquire RLock", "release RLock", "acquire Semaphore", "release Semaphore",
                     "acquire BoundedSemaphore", "release BoundedSemaphore", "acquire Condition", "release Condition", "notify Condition",
                     "set Event", "put Queue", "get Queue"] {
            #expect(marks.contains(mark), "no \(mark) mark")
        }
        #expect(every.figures.tasks == 4)
        #expect(every.figures.peakInFlight == 4)
        #expect(every.lanes.first?.name == "MainThread")
        #expect(every.lanes.contains { $0.name.hasPrefix("ThreadPoolExecutor-0_") && $0.spans.contains { $0.kind == .task } })
        #expect(every.figures.complete && !every.figures.wasCut)
        #expect(results[1].timeline == nil)

        let cut = try #require(results[2].timeline.flatMap(ThreadTimeline.init(serialized:)))
        #expect(cut.figures.wasCut)
        #expect(ThreadTimelineSummary(strings: .spanish).sentence(for: cut).contains("traza cortada"))

        let crashed = try #require(results[3].timeline.flatMap(ThreadTimeline.init(serialized:)))
        #expect(!crashed.figures.complete)
        #expect(crashed.figures.threads == 2)
        #expect(crashed.lanes[0].marks.contains { $0.kind == "acquire" && $0.subject == "Semaphore" })
        #expect(ThreadTimelineSummary(strings: .spanish).sentence(for: crashed).contains("no terminó con normalidad"))

        #expect(results[4].timeline == nil)
    }

    @Test func aCachedPassKeepsItsTimeline() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        var page = PageBuilder(file: "content/cache.md")
        page.swift("timeline", "import Threading\nlet t = Thread { usleep(1000) }\nt.start(); t.join()\nprint(\"ok\")", output: "ok")
        let first = project.verify([page.page], config: Self.threading, options: VerifyOptions())
        let second = project.verify([page.page], config: Self.threading, options: VerifyOptions())
        #expect(first.results.first?.timeline != nil)
        #expect(second.results.first?.fromCache == true)
        #expect(second.results.first?.timeline == first.results.first?.timeline)
    }
}
