/// What a timeline figure draws, condensed from a ``ThreadTrace``: one lane per thread with its
/// bars (tasks, a thread's own work, blocked waits) and marks (acquire/release, put/get…), the
/// tasks in flight over time, and the figures the summary sentence reads.
///
/// `verify-snippets` makes it from the trace of a `timeline` snippet and stores its text form
/// (``serialized``) in the verification record; the build reads it back (``init(serialized:)``)
/// and draws it with ``ThreadTimelineSVG``. Condensing keeps the record small whatever the run
/// did: spans and marks closer than a thousandth of the run are merged (with a count), times are
/// whole microseconds.
public struct ThreadTimeline: Sendable, Equatable {
    /// A bar on a lane.
    public struct Span: Sendable, Equatable {
        public enum Kind: Sendable, Equatable, Hashable {
            /// A task of an executor running on a worker.
            case task
            /// A thread doing its own work (started, not blocked, not finished).
            case running
            /// The thread blocked on a primitive (`Semaphore`, `Queue`, `join`, `result`…).
            case blocked(String)
        }
        public var kind: Kind
        /// Microseconds since the start of the run.
        public var start: UInt64
        public var end: UInt64
        /// How many spans were merged into this one.
        public var count: Int
        /// A task's argument, a join's thread, a queue operation (`get`, `put`); merged spans: `first … last`.
        public var label: String

        public init(kind: Kind, start: UInt64, end: UInt64, count: Int = 1, label: String = "") {
            self.kind = kind
            self.start = start
            self.end = end
            self.count = count
            self.label = label
        }
    }

    /// A mark on a lane: `acquire`, `release`, `put`, `get`, `set`, `notify`, `cancel`.
    public struct Mark: Sendable, Equatable {
        public var kind: String
        /// The primitive (`Semaphore`, `Queue`…).
        public var subject: String
        public var time: UInt64
        public var count: Int

        public init(kind: String, subject: String, time: UInt64, count: Int = 1) {
            self.kind = kind
            self.subject = subject
            self.time = time
            self.count = count
        }
    }

    /// One thread.
    public struct Lane: Sendable, Equatable {
        public var name: String
        public var spans: [Span] = []
        public var marks: [Mark] = []

        public init(name: String, spans: [Span] = [], marks: [Mark] = []) {
            self.name = name
            self.spans = spans
            self.marks = marks
        }
    }

    /// Tasks submitted and not finished from `time` on.
    public struct FlightPoint: Sendable, Equatable {
        public var time: UInt64
        public var count: Int

        public init(time: UInt64, count: Int) {
            self.time = time
            self.count = count
        }
    }

    /// The figures the summary sentence states.
    public struct Figures: Sendable, Equatable {
        /// Threads seen, the main thread included.
        public var threads = 0
        /// Executor tasks run.
        public var tasks = 0
        /// The most threads working at once (a task or their own work, not blocked), the main
        /// thread left out, counted on the drawn bars; overlaps shorter than 1/200 of the run (too
        /// thin to see) are not counted.
        public var peakWorking = 0
        /// The most tasks submitted and not finished at once.
        public var peakInFlight = 0
        /// Blocked waits by primitive.
        public var waits: [String: Int] = [:]
        /// The buffer filled up: later events are missing.
        public var wasCut = false
        /// The run ended normally (not a crash, not killed at the timeout).
        public var complete = true

        public init() {}
    }

    /// Microseconds from the first event to the last.
    public var duration: UInt64
    public var lanes: [Lane]
    /// Empty when the run submitted no task.
    public var inFlight: [FlightPoint]
    public var figures: Figures

    public init(duration: UInt64, lanes: [Lane], inFlight: [FlightPoint] = [], figures: Figures = Figures()) {
        self.duration = duration
        self.lanes = lanes
        self.inFlight = inFlight
        self.figures = figures
    }
}

// MARK: - Condensing a trace

extension ThreadTimeline {
    /// Spans and marks closer than `duration / resolution` are merged.
    static let resolution: UInt64 = 1000
    /// Threads count as working at once only where they overlap for `duration / visibleOverlap`
    /// (a few pixels of the figure): a thread's instant between starting and blocking is not work.
    static let visibleOverlap: UInt64 = 200
    /// The tasks in flight keep one point per `duration / flightResolution` (about a pixel of the figure).
    static let flightResolution: UInt64 = 600

    /// The timeline of `trace`.
    public init(trace: ThreadTrace) {
        let end = trace.events.last?.time ?? 0
        var builders: [Int: LaneBuilder] = [:]
        func lane(_ number: Int) -> LaneBuilder {
            if let found = builders[number] { return found }
            let created = LaneBuilder(name: number == 0 ? "MainThread" : "Thread \(number)")
            builders[number] = created
            return created
        }
        // The main thread works from the start until the program exits, except where it blocks.
        let main = lane(0)
        main.alive = true
        main.started = trace.events.first?.time ?? 0
        var labels: [String: String] = [:]
        var flight: [(time: UInt64, count: Int)] = []
        var inFlightNow = 0
        var figures = Figures()
        for event in trace.events {
            let builder = lane(event.lane)
            switch event.kind {
            case "thread": builder.name = [event.subject, event.detail].filter { !$0.isEmpty }.joined(separator: " ")
            case "start":
                builder.alive = true
                builder.started = event.time
            case "end":
                builder.closeOwnWork(at: event.time)
                builder.alive = false
            case "submit":
                labels[event.subject] = nil
                inFlightNow += 1
                flight.append((event.time, inFlightNow))
            case "label": labels[event.subject] = event.detail
            case "run": builder.taskStarts[event.subject] = event.time; figures.tasks += 1
            case "done", "cancel":
                if let start = builder.taskStarts.removeValue(forKey: event.subject) {
                    builder.raw.append(RawSpan(kind: .task, start: start, end: event.time, label: labels[event.subject] ?? ""))
                }
                if inFlightNow > 0 {
                    inFlightNow -= 1
                    flight.append((event.time, inFlightNow))
                }
                if event.kind == "cancel" { builder.marks.append(Mark(kind: "cancel", subject: "", time: event.time)) }
            case "block":
                builder.closeOwnWork(at: event.time)
                builder.blockedSince = (event.time, event.subject, event.detail)
                figures.waits[event.subject, default: 0] += 1
            case "resume":
                if let (start, subject, detail) = builder.blockedSince {
                    builder.raw.append(RawSpan(kind: .blocked(subject), start: start, end: event.time, label: detail))
                    builder.blockedSince = nil
                }
                if builder.alive { builder.started = event.time }
            case "acquire", "release", "put", "get", "set", "notify":
                builder.marks.append(Mark(kind: event.kind, subject: event.subject, time: event.time))
            case "cut": figures.wasCut = true
            case "exit":
                builder.closeOwnWork(at: event.time)
                builder.alive = false
            default: break
            }
        }
        for builder in builders.values { builder.closeEverything(at: end) }
        figures.complete = trace.exitedCleanly
        figures.threads = builders.count
        figures.peakInFlight = flight.map(\.count).max() ?? 0
        let toMicro = { (ns: UInt64) in ns / 1000 }
        let mergeGap = max(toMicro(end) / Self.resolution, 1)
        let lanes = builders.keys.sorted().map { (number: $0, lane: builders[$0]!.lane(micro: toMicro, mergeGap: mergeGap)) }
        // Counted on the bars the figure draws (back-to-back tasks merged), so the sentence says what the picture shows.
        let working = lanes.filter { $0.number != 0 }.flatMap { $0.lane.spans.filter { $0.kind == .task || $0.kind == .running } }
        figures.peakWorking = Self.peakOverlap(working.map { RawSpan(kind: $0.kind, start: $0.start, end: $0.end, label: "") },
                                               lasting: max(toMicro(end) / Self.visibleOverlap, 1))
        if !working.isEmpty { figures.peakWorking = max(figures.peakWorking, 1) }  // work too short to overlap visibly
        self.init(
            duration: max(toMicro(end), 1),
            lanes: lanes.map(\.lane),
            inFlight: Self.condensedFlight(flight.map { FlightPoint(time: toMicro($0.time), count: $0.count) },
                                           bucket: max(toMicro(end) / Self.flightResolution, 1)),
            figures: figures)
    }

    /// The most spans covering one instant for at least `lasting` (in the spans' unit).
    static func peakOverlap(_ spans: [RawSpan], lasting: UInt64) -> Int {
        var edges: [(time: UInt64, delta: Int)] = []
        for span in spans where span.end > span.start {
            edges.append((span.start, 1))
            edges.append((span.end, -1))
        }
        edges.sort { ($0.time, $0.delta) < ($1.time, $1.delta) }
        var level = 0
        var peak = 0
        var index = 0
        while index < edges.count {
            let time = edges[index].time
            while index < edges.count, edges[index].time == time {
                level += edges[index].delta
                index += 1
            }
            if index < edges.count, edges[index].time - time >= lasting { peak = max(peak, level) }
        }
        return peak
    }

    /// The in-flight steps with at most one point per `bucket` microseconds: the bucket's highest
    /// count (the figure shows the envelope), and the last count when the run ends lower.
    static func condensedFlight(_ points: [FlightPoint], bucket: UInt64) -> [FlightPoint] {
        guard let final = points.last else { return [] }
        var result: [FlightPoint] = [FlightPoint(time: 0, count: 0)]
        var index = 0
        while index < points.count {
            let slot = points[index].time / bucket
            var highest = points[index].count
            while index < points.count, points[index].time / bucket == slot {
                highest = max(highest, points[index].count)
                index += 1
            }
            if result.last?.count != highest { result.append(FlightPoint(time: slot * bucket, count: highest)) }
        }
        if result.last?.count != final.count { result.append(FlightPoint(time: final.time, count: final.count)) }
        return result
    }
}

/// A span before condensing (nanoseconds).
struct RawSpan: Equatable {
    var kind: ThreadTimeline.Span.Kind
    var start: UInt64
    var end: UInt64
    var label: String
}

/// One lane while the trace is read.
private final class LaneBuilder {
    var name: String
    var raw: [RawSpan] = []
    var marks: [ThreadTimeline.Mark] = []
    /// A thread's own work since then (from its start or its last resume), if it is not blocked.
    var started: UInt64?
    /// Between the thread's `start` and `end`.
    var alive = false
    var blockedSince: (UInt64, String, String)?
    var taskStarts: [String: UInt64] = [:]

    init(name: String) { self.name = name }

    /// Ends the current stretch of the thread's own work (it blocks or ends).
    func closeOwnWork(at time: UInt64) {
        if let started, time > started { raw.append(RawSpan(kind: .running, start: started, end: time, label: "")) }
        started = nil
    }

    /// At the end of the trace: what is still open runs to the end (a crash, a deadlock).
    func closeEverything(at end: UInt64) {
        if let (start, subject, detail) = blockedSince { raw.append(RawSpan(kind: .blocked(subject), start: start, end: end, label: detail)) }
        for (_, start) in taskStarts.sorted(by: { $0.value < $1.value }) { raw.append(RawSpan(kind: .task, start: start, end: end, label: "")) }
        closeOwnWork(at: end)
        let runsTasks = raw.contains { $0.kind == .task }
        if runsTasks { raw.removeAll { $0.kind == .running } }  // a pool's worker: its tasks are its work
    }

    func lane(micro: (UInt64) -> UInt64, mergeGap: UInt64) -> ThreadTimeline.Lane {
        var spans: [ThreadTimeline.Span] = []
        var lastLabel: [Int: String] = [:]
        for span in raw.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let start = micro(span.start)
            let end = max(micro(span.end), start)
            if let index = spans.lastIndex(where: { $0.kind == span.kind }), start <= spans[index].end + mergeGap {
                spans[index].end = max(spans[index].end, end)
                spans[index].count += 1
                lastLabel[index] = span.label
                continue
            }
            spans.append(ThreadTimeline.Span(kind: span.kind, start: start, end: end, label: span.label))
        }
        for (index, last) in lastLabel where spans[index].label != last && !last.isEmpty {
            spans[index].label = spans[index].label.isEmpty ? last : "\(spans[index].label) … \(last)"
        }
        var merged: [ThreadTimeline.Mark] = []
        for mark in marks {
            var mark = mark
            mark.time = micro(mark.time)
            if let index = merged.lastIndex(where: { $0.kind == mark.kind && $0.subject == mark.subject }),
               mark.time <= merged[index].time + mergeGap {
                merged[index].count += 1
                continue
            }
            merged.append(mark)
        }
        return ThreadTimeline.Lane(name: name, spans: spans, marks: merged)
    }
}
