/// The text form of a ``ThreadTimeline``, as the verification record stores it: one item per line,
/// deterministic (same timeline, same text), times in microseconds.
///
///     sitegen-timeline 1
///     duration 61840
///     figures threads=7 tasks=0 working=2 flight=0 cut=0 complete=1
///     waits Semaphore=4 join=5
///     lane MainThread
///     span block:join 210 61790 5 Thread-1 … Thread-6
///     lane Thread-1
///     span run 160 10420 1
///     mark acquire Semaphore 160 1
///     flight 0:0 120:6 10500:4
///
/// `span KIND START END COUNT [LABEL]` and `mark KIND SUBJECT TIME COUNT` belong to the `lane` above
/// them; KIND is `task`, `run` or `block:SUBJECT`.
extension ThreadTimeline {
    static let header = "sitegen-timeline 1"

    /// The timeline as text.
    public var serialized: String {
        var lines = [Self.header, "duration \(duration)"]
        let f = figures
        lines.append("figures threads=\(f.threads) tasks=\(f.tasks) working=\(f.peakWorking) flight=\(f.peakInFlight) cut=\(f.wasCut ? 1 : 0) complete=\(f.complete ? 1 : 0)")
        if !f.waits.isEmpty {
            lines.append("waits " + f.waits.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        }
        for lane in lanes {
            lines.append("lane \(Self.oneLine(lane.name))")
            for span in lane.spans {
                var line = "span \(Self.word(for: span.kind)) \(span.start) \(span.end) \(span.count)"
                if !span.label.isEmpty { line += " \(Self.oneLine(span.label))" }
                lines.append(line)
            }
            for mark in lane.marks {
                lines.append("mark \(mark.kind) \(mark.subject.isEmpty ? "-" : mark.subject) \(mark.time) \(mark.count)")
            }
        }
        if !inFlight.isEmpty {
            lines.append("flight " + inFlight.map { "\($0.time):\($0.count)" }.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads ``serialized`` text back; `nil` if it is not a timeline.
    public init?(serialized text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(Self.header) else { return nil }
        lines = lines.dropFirst()
        self.init(duration: 1, lanes: [])
        for line in lines {
            let words = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            switch words.first {
            case "duration":
                guard words.count == 2, let value = UInt64(words[1]) else { return nil }
                duration = max(value, 1)
            case "figures":
                let values = Self.pairs(line.split(separator: " ").dropFirst().map(String.init)[...])
                figures.threads = Int(values["threads"] ?? "") ?? 0
                figures.tasks = Int(values["tasks"] ?? "") ?? 0
                figures.peakWorking = Int(values["working"] ?? "") ?? 0
                figures.peakInFlight = Int(values["flight"] ?? "") ?? 0
                figures.wasCut = values["cut"] == "1"
                figures.complete = values["complete"] != "0"
            case "waits":
                let all = line.split(separator: " ").dropFirst().map(String.init)
                figures.waits = Self.pairs(all[...]).compactMapValues { Int($0) }
            case "lane":
                lanes.append(Lane(name: String(line.dropFirst("lane ".count))))
            case "span":
                let parts = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
                guard parts.count >= 5, !lanes.isEmpty, let kind = Self.kind(for: parts[1]),
                      let start = UInt64(parts[2]), let end = UInt64(parts[3]), let count = Int(parts[4]) else { return nil }
                lanes[lanes.count - 1].spans.append(Span(kind: kind, start: start, end: end, count: count,
                                                         label: parts.count > 5 ? parts[5] : ""))
            case "mark":
                guard words.count >= 5, !lanes.isEmpty, let time = UInt64(words[3]), let count = Int(words[4]) else { return nil }
                lanes[lanes.count - 1].marks.append(Mark(kind: words[1], subject: words[2] == "-" ? "" : words[2], time: time, count: count))
            case "flight":
                inFlight = line.split(separator: " ").dropFirst().compactMap { pair in
                    let parts = pair.split(separator: ":")
                    guard parts.count == 2, let time = UInt64(parts[0]), let count = Int(parts[1]) else { return nil }
                    return FlightPoint(time: time, count: count)
                }
            default:
                continue  // a later version's line: skipped
            }
        }
    }

    private static func word(for kind: Span.Kind) -> String {
        switch kind {
        case .task: "task"
        case .running: "run"
        case .blocked(let subject): "block:\(subject)"
        }
    }

    private static func kind(for word: String) -> Span.Kind? {
        switch word {
        case "task": .task
        case "run": .running
        default: word.hasPrefix("block:") ? .blocked(String(word.dropFirst("block:".count))) : nil
        }
    }

    private static func pairs(_ words: ArraySlice<String>) -> [String: String] {
        var values: [String: String] = [:]
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
