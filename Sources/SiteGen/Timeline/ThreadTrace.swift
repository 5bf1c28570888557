/// The events a run of a snippet recorded with `Threading`'s trace on (`SITEGEN_THREAD_TRACE`),
/// read from the trace file's text: `NANOSECONDS LANE EVENT [SUBJECT [DETAIL]]` per line.
/// The format is documented in `Sources/Threading/Recording/README.md`.
///
///     let trace = ThreadTrace(parsing: text)
///     trace.events.count, trace.wasCut, trace.exitedCleanly
///
/// Lines that do not parse (a slot half written when the program crashed) are skipped; empty
/// slots (zero bytes) end the file.
public struct ThreadTrace: Sendable, Equatable {
    /// One recorded event.
    public struct Event: Sendable, Equatable {
        /// Nanoseconds since recording started.
        public var time: UInt64
        /// The thread's lane (0: the main thread).
        public var lane: Int
        /// `thread`, `start`, `end`, `submit`, `label`, `run`, `done`, `cancel`, `block`, `resume`,
        /// `acquire`, `release`, `put`, `get`, `set`, `notify`, `cut`, `exit`.
        public var kind: String
        /// What it concerns: a primitive (`Semaphore`), a task id, a lane's name.
        public var subject: String
        /// The rest of the line: an argument's description, `timeout`, `get`…
        public var detail: String

        public init(time: UInt64, lane: Int, kind: String, subject: String = "", detail: String = "") {
            self.time = time
            self.lane = lane
            self.kind = kind
            self.subject = subject
            self.detail = detail
        }
    }

    /// The events in time order (ties in file order).
    public var events: [Event]

    public init(events: [Event]) {
        self.events = events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// Parses a trace file's text (the header line and padding are allowed, not required).
    public init(parsing text: String) {
        var events: [Event] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\0" }) {
            if let event = Self.event(in: line) { events.append(event) }
        }
        self.init(events: events)
    }

    /// True when the buffer filled up and later events were dropped (a `cut` line).
    public var wasCut: Bool { events.contains { $0.kind == "cut" } }

    /// True when the program reached its normal exit (an `exit` line): false after a crash or a kill.
    public var exitedCleanly: Bool { events.contains { $0.kind == "exit" } }

    /// The event on one line, or `nil` for the header and malformed lines.
    static func event(in line: Substring) -> Event? {
        var rest = line.drop { $0 == " " }
        func word() -> Substring {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            defer { rest = rest[end...].drop { $0 == " " } }
            return rest[..<end]
        }
        guard let time = UInt64(word()), let lane = Int(word()) else { return nil }
        let kind = word()
        guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter }) else { return nil }
        let subject = word()
        var detail = rest
        while detail.last == " " { detail.removeLast() }
        return Event(time: time, lane: lane, kind: String(kind), subject: String(subject), detail: String(detail))
    }
}
