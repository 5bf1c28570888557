import Foundation
import Testing
@testable import SiteGen

/// Traces with known concurrency, written in the trace file's own format, condensed and drawn.
@Suite struct ThreadTimelineTests {
    static let fixtures = PathUtilities.folder(of: #filePath) + "/Fixtures"

    static func trace(_ name: String) throws -> ThreadTrace {
        ThreadTrace(parsing: try String(contentsOfFile: "\(fixtures)/\(name).trace", encoding: .utf8))
    }

    @Test func semaphoreOfTwoLetsTwoThreadsWorkAtOnce() throws {
        let timeline = ThreadTimeline(trace: try Self.trace("semaphored-threads"))
        #expect(timeline.figures.threads == 5)
        #expect(timeline.figures.peakWorking == 2)
        #expect(timeline.figures.waits == ["Semaphore": 2, "join": 4])
        #expect(ThreadTimelineSummary(strings: .spanish).sentence(for: timeline)
            == "5 hilos; máximo 2 hilos trabajando a la vez; 4 esperas en join(); 2 esperas en el semáforo")
        #expect(ThreadTimelineSummary(strings: .english).sentence(for: timeline)
            == "5 threads; at most 2 threads working at a time; 4 waits on join(); 2 waits on the semaphore")
        // Thread-3 works, blocks on the semaphore for 10 ms, then works again.
        let third = try #require(timeline.lanes.first { $0.name == "Thread-3" })
        #expect(third.spans.map(\.kind) == [.running, .blocked("Semaphore"), .running])
        #expect(third.spans[1].start == 310 && third.spans[1].end == 10130)
    }

    @Test func poolOfTwoWorkersRunsTwoTasksAtOnceWithFourInFlight() throws {
        let timeline = ThreadTimeline(trace: try Self.trace("pool-of-two"))
        #expect(timeline.figures.tasks == 4)
        #expect(timeline.figures.peakWorking == 2)
        #expect(timeline.figures.peakInFlight == 4)
        #expect(ThreadTimelineSummary(strings: .spanish).sentence(for: timeline)
            == "3 hilos; máximo 2 tareas a la vez; hasta 4 tareas en vuelo; 4 esperas en result()")
        let worker = try #require(timeline.lanes.first { $0.name == "ThreadPoolExecutor-0_0" })
        // Back-to-back tasks on a worker are one bar of 2, labelled with their first and last argument.
        #expect(worker.spans == [ThreadTimeline.Span(kind: .task, start: 21, end: 10022, count: 2, label: "0 … 2")])
        #expect(timeline.inFlight.map(\.count).max() == 4)
        #expect(timeline.inFlight.last?.count == 0)
    }

    @Test func overlapsTooShortToSeeAreNotCountedAsConcurrency() {
        // Two threads overlap for 1 µs of a 10 ms run: one at a time, as the picture shows.
        let trace = ThreadTrace(parsing: """
            0000000000000 1 start
            0000005000000 1 end
            0000004999000 2 start
            0000010000000 2 end
            0000010000000 0 exit
            """)
        #expect(ThreadTimeline(trace: trace).figures.peakWorking == 1)
    }

    @Test func theTextFormReadsBackToTheSameTimeline() throws {
        for name in ["semaphored-threads", "pool-of-two"] {
            let timeline = ThreadTimeline(trace: try Self.trace(name))
            #expect(ThreadTimeline(serialized: timeline.serialized) == timeline)
        }
        var unusual = ThreadTimeline(trace: try Self.trace("pool-of-two"))
        unusual.figures.wasCut = true
        unusual.figures.complete = false
        #expect(ThreadTimeline(serialized: unusual.serialized) == unusual)
        #expect(ThreadTimeline(serialized: "not a timeline") == nil)
    }

    @Test func tornLinesPaddingAndTheHeaderAreSkipped() {
        let text = "sitegen-thread-trace 1 capacity=10\n0000000000001 0 block Lock      \n00000\0\0\0\n0000000000009 0 resume Lock\n\0\0\0\0"
        let trace = ThreadTrace(parsing: text)
        #expect(trace.events.map(\.kind) == ["block", "resume"])
        #expect(trace.events.first?.subject == "Lock")
        #expect(!trace.exitedCleanly)
        #expect(!trace.wasCut)
    }

    @Test func theFigureForAFixedTraceIsTheCheckedInOne() throws {
        for name in ["semaphored-threads", "pool-of-two"] {
            let timeline = ThreadTimeline(trace: try Self.trace(name))
            let html = ThreadTimelineSVG(strings: .spanish).html(for: timeline)
            let expectedPath = "\(Self.fixtures)/\(name).svg.html"
            if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_FIXTURES"] != nil {
                try html.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            }
            #expect(html == (try String(contentsOfFile: expectedPath, encoding: .utf8)))
            #expect(html == ThreadTimelineSVG(strings: .spanish).html(for: timeline))  // same trace, same bytes
            #expect(html.utf8.count < 30_000)
            #expect(html.contains("<title id=") && html.contains("<desc id=") && html.contains("<figcaption class=\"timeline-summary\">"))
            #expect(!html.contains("<script"))
        }
    }

    @Test func aLargeRunStaysSmall() {
        // 20,000 tasks on 2 workers, each blocked once on a queue, plus a put per task: condensed and drawn under 30 KB.
        var lines = ["0000000000000 0 thread MainThread"]
        var time: UInt64 = 0
        for task in 0..<20_000 {
            let lane = 1 + task % 2
            lines.append(String(format: "%013llu 0 submit t%d", time, task))
            lines.append(String(format: "%013llu %d run t%d", time + 100, lane, task))
            lines.append(String(format: "%013llu %d block Queue get", time + 200, lane))
            lines.append(String(format: "%013llu %d resume Queue", time + 900, lane))
            lines.append(String(format: "%013llu 0 put Queue Queue", time + 950))
            lines.append(String(format: "%013llu %d done t%d", time + 2000, lane, task))
            time += 1000
        }
        let timeline = ThreadTimeline(trace: ThreadTrace(parsing: lines.joined(separator: "\n")))
        #expect(timeline.figures.tasks == 20_000)
        #expect(timeline.serialized.utf8.count < 60_000)
        #expect(ThreadTimelineSVG(strings: .spanish).html(for: timeline).utf8.count < 30_000)
    }
}
