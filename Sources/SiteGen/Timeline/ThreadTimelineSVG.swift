/// Draws a ``ThreadTimeline`` as an inline SVG figure: one lane per thread with bars for tasks and
/// for a thread's own work, hatched spans where it blocked (the primitive written on them), marks
/// for acquire/release, put/get and set/notify, the tasks in flight, and a time axis in ms.
///
///     let html = ThreadTimelineSVG(strings: .spanish).html(for: timeline)
///     // <figure class="timeline">…<svg role="img" …><title>…</title><desc>…</desc>…</svg>
///     // <figcaption class="timeline-summary">2 hilos; …</figcaption></figure>
///
/// A pure function: the same timeline gives the same bytes (ids come from a hash of its text). No
/// script: hovering a bar or a mark shows its `<title>`. Colours come from the theme's CSS classes
/// (`.tl-task`, `.tl-run`, `.tl-block`… in `sitegen.css`, so light, dark and print follow the
/// palette); the attributes written here are the fallback, and text and lines use `currentColor`.
public struct ThreadTimelineSVG: Sendable {
    public var strings: LocalizedStrings

    public init(strings: LocalizedStrings) { self.strings = strings }

    // Geometry, in SVG units (the figure scales to the content width).
    static let width = 720
    static let gutter = 150
    static let right = 12
    static let laneHeight = 26
    static let barHeight = 14
    static let flightHeight = 40
    static let top = 6
    /// Marks of one kind closer than this on a lane are drawn as one (with the count in its title).
    static let markSpacing = 3.0
    /// Bars of one kind closer than this on a lane are drawn as one (with the count in its title).
    static let barSpacing = 2.0
    /// Bars narrower than this get no hover title (they are too thin to point at; it keeps dense figures small).
    static let titledWidth = 3.0

    var plotWidth: Double { Double(Self.width - Self.gutter - Self.right) }

    /// The figure's HTML.
    public func html(for timeline: ThreadTimeline) -> String {
        let summary = ThreadTimelineSummary(strings: strings)
        let sentence = summary.sentence(for: timeline)
        let id = "tl" + Self.hash(timeline.serialized)
        let scale = plotWidth / Double(max(timeline.duration, 1))
        func x(_ micro: UInt64) -> Double { Double(Self.gutter) + Double(micro) * scale }

        var body = ""
        var y = Self.top
        for lane in timeline.lanes {
            body += laneHTML(lane, top: y, x: x, id: id)
            y += Self.laneHeight
        }
        if !timeline.inFlight.isEmpty {
            body += flight(timeline, top: y + 4, x: x)
            y += Self.flightHeight + 8
        }
        body += axis(timeline.duration, top: y + 4, x: x)
        y += 30
        body += legend(top: y, id: id, flight: !timeline.inFlight.isEmpty)
        y += 16

        let description = ([sentence] + timeline.lanes.map { laneDescription($0, summary: summary) }).joined(separator: ". ")
        var svg = "<svg class=\"timeline-svg\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(Self.width) \(y)\""
        svg += " width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\" fill=\"currentColor\">"
        svg += "<title id=\"\(id)-t\">\(escape(strings["timelineTitle"]))</title>"
        svg += "<desc id=\"\(id)-d\">\(escape(description))</desc>"
        svg += defs(id)
        svg += body
        svg += "</svg>"
        return "<figure class=\"timeline\">\(svg)<figcaption class=\"timeline-summary\">\(escape(sentence))</figcaption></figure>\n"
    }

    // MARK: Parts

    private func defs(_ id: String) -> String {
        "<defs><pattern id=\"\(id)-h\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" class=\"tl-hatch-bg\" fill=\"#fff4e0\"/>"
            + "<line y2=\"6\" class=\"tl-hatch\" stroke=\"#c26a00\" stroke-width=\"2.5\"/></pattern></defs>"
    }

    private func laneHTML(_ lane: ThreadTimeline.Lane, top: Int, x: (UInt64) -> Double, id: String) -> String {
        let barTop = top + (Self.laneHeight - Self.barHeight) / 2
        let middle = top + Self.laneHeight / 2
        var out = "<g class=\"tl-lane\">"
        out += "<text x=\"\(Self.gutter - 8)\" y=\"\(middle + 4)\" text-anchor=\"end\" class=\"tl-name\">\(escape(Self.shortened(lane.name, to: 24)))</text>"
        out += "<line x1=\"\(Self.gutter)\" x2=\"\(Self.width - Self.right)\" y1=\"\(middle)\" y2=\"\(middle)\" class=\"tl-track\" stroke=\"currentColor\" stroke-opacity=\".15\"/>"
        // Own work first, tasks over it, blocked spans on top (a task that blocks shows the wait).
        let order: [(ThreadTimeline.Span) -> Bool] = [{ $0.kind == .running }, { $0.kind == .task }, { if case .blocked = $0.kind { true } else { false } }]
        let spans = merged(lane.spans, x: x)
        for belongs in order {
            // Thin bars (no title) of one kind share one path: a busy lane stays a few hundred bytes.
            var thin = ""
            var thinAttributes = ""
            for span in spans where belongs(span) {
                let drawn = bar(span, lane: lane.name, top: barTop, x: x, id: id)
                out += drawn.html
                if let segment = drawn.thinSegment {
                    thin += segment
                    thinAttributes = drawn.attributes
                }
            }
            if !thin.isEmpty { out += "<path d=\"\(thin)\" \(thinAttributes)/>" }
        }
        for mark in thinned(lane.marks, x: x) {
            out += self.mark(mark, lane: lane.name, top: barTop, x: x)
        }
        return out + "</g>"
    }

    /// A bar: its HTML (a titled `rect`, a label), or, when too thin for a title, a path segment.
    private func bar(_ span: ThreadTimeline.Span, lane: String, top: Int, x: (UInt64) -> Double, id: String)
        -> (html: String, thinSegment: String?, attributes: String) {
        let left = x(span.start)
        let width = max(x(span.end) - left, 1)
        let what: String
        let attributes: String
        var inside = ""
        switch span.kind {
        case .task:
            what = counted(span.count, one: "timelineTasksOne", many: "timelineTasksMany")
            attributes = "class=\"tl-task\" fill=\"#3f51b5\""
        case .running:
            what = strings["timelineLegendRun"]
            attributes = "class=\"tl-run\" fill=\"#8c9eff\""
        case .blocked(let subject):
            what = "\(strings["timelineLegendBlocked"]): \(subject)"
            attributes = "class=\"tl-block\" fill=\"url(#\(id)-h)\" stroke=\"#c26a00\" stroke-width=\".6\""
            let text = subject + (span.label.isEmpty || span.count > 1 ? "" : " " + span.label)
            if width > Double(text.count) * 6.2 + 6 {
                inside = "<text x=\(Self.number(left + 3)) y=\"\(top + Self.barHeight - 3)\" class=\"tl-label\">\(escape(text))</text>"
            }
        }
        guard width >= Self.titledWidth else {
            let segment = "M\(Self.number(left, quoted: false)) \(top)h\(Self.number(width, quoted: false))v\(Self.barHeight)h-\(Self.number(width, quoted: false))z"
            return (inside, segment, attributes)
        }
        let rect = "<rect x=\(Self.number(left)) y=\"\(top)\" width=\(Self.number(width)) height=\"\(Self.barHeight)\" \(attributes)"
        var title = "\(lane) · \(what)"
        if !span.label.isEmpty { title += " (\(span.label))" }
        if span.count > 1, case .blocked = span.kind { title += " ×\(span.count)" }
        title += " · \(milliseconds(span.start))–\(milliseconds(span.end)) ms"
        return (rect + "><title>\(escape(title))</title></rect>" + inside, nil, attributes)
    }

    private func mark(_ mark: ThreadTimeline.Mark, lane: String, top: Int, x: (UInt64) -> Double) -> String {
        let cx = x(mark.time)
        let (shape, kind) = Self.shape(mark.kind, x: cx, top: Double(top))
        var title = "\(lane) · \(mark.kind)()"
        if !mark.subject.isEmpty { title += " \(mark.subject)" }
        if mark.count > 1 { title += " ×\(mark.count)" }
        title += " · \(milliseconds(mark.time)) ms"
        return "<path d=\"\(shape)\" class=\"tl-mark tl-\(kind)\"><title>\(escape(title))</title></path>"
    }

    /// The path of a mark and its class: acquire ▼ and release ▲ above the bar, put ● and get ○
    /// below it, set/notify ◆, cancel ✕.
    static func shape(_ kind: String, x: Double, top: Double) -> (String, String) {
        let above = top - 1
        let below = top + Double(barHeight) + 1
        func p(_ dx: Double, _ y: Double) -> String { "\(number(x + dx, quoted: false)) \(number(y, quoted: false))" }
        switch kind {
        case "acquire": return ("M\(p(-3.5, above - 5))L\(p(3.5, above - 5))L\(p(0, above))Z", "acquire")
        case "release": return ("M\(p(-3.5, above))L\(p(3.5, above))L\(p(0, above - 5))Z", "release")
        case "put": return ("M\(p(-3, below + 3))a3 3 0 1 0 6 0a3 3 0 1 0-6 0Z", "put")
        case "get": return ("M\(p(-3, below + 3))a3 3 0 1 0 6 0a3 3 0 1 0-6 0Z", "get")
        case "cancel": return ("M\(p(-3, below))l6 6m0-6l-6 6", "cancel")
        default: return ("M\(p(0, below))l3.5 3.5l-3.5 3.5l-3.5-3.5Z", "signal")
        }
    }

    /// Bars of one kind closer than ``barSpacing`` merged, counts added, labels `first … last`.
    private func merged(_ spans: [ThreadTimeline.Span], x: (UInt64) -> Double) -> [ThreadTimeline.Span] {
        var result: [ThreadTimeline.Span] = []
        var lastIndex: [ThreadTimeline.Span.Kind: Int] = [:]
        var lastLabel: [Int: String] = [:]
        for span in spans {
            if let index = lastIndex[span.kind], x(span.start) - x(result[index].end) < Self.barSpacing {
                result[index].end = max(result[index].end, span.end)
                result[index].count += span.count
                lastLabel[index] = span.label.components(separatedBy: " … ").last ?? span.label
                continue
            }
            lastIndex[span.kind] = result.count
            result.append(span)
        }
        for (index, last) in lastLabel where !last.isEmpty {
            let first = result[index].label.components(separatedBy: " … ").first ?? ""
            result[index].label = first.isEmpty || first == last ? last : "\(first) … \(last)"
        }
        return result
    }

    /// Marks of one kind closer than ``markSpacing`` merged, counts added.
    private func thinned(_ marks: [ThreadTimeline.Mark], x: (UInt64) -> Double) -> [ThreadTimeline.Mark] {
        var result: [ThreadTimeline.Mark] = []
        var lastIndex: [String: Int] = [:]
        for mark in marks {
            let key = "\(mark.kind) \(mark.subject)"
            if let index = lastIndex[key], x(mark.time) - x(result[index].time) < Self.markSpacing {
                result[index].count += mark.count
                continue
            }
            lastIndex[key] = result.count
            result.append(mark)
        }
        return result
    }

    private func flight(_ timeline: ThreadTimeline, top: Int, x: (UInt64) -> Double) -> String {
        let peak = max(timeline.inFlight.map(\.count).max() ?? 1, 1)
        let height = Double(Self.flightHeight)
        func y(_ count: Int) -> Double { Double(top) + height - height * Double(count) / Double(peak) }
        var d = "M\(Self.number(x(0), quoted: false)) \(Self.number(y(0), quoted: false))"
        var level = 0
        for point in timeline.inFlight {
            d += "H\(Self.number(x(point.time), quoted: false))V\(Self.number(y(point.count), quoted: false))"
            level = point.count
        }
        d += "H\(Self.number(x(timeline.duration), quoted: false))"
        if level != 0 { d += "V\(Self.number(y(0), quoted: false))" }
        d += "Z"
        let label = strings["timelineLegendInFlight"]
        var out = "<g class=\"tl-flight\">"
        out += "<text x=\"\(Self.gutter - 8)\" y=\"\(top + Self.flightHeight / 2 + 4)\" text-anchor=\"end\" class=\"tl-name\">\(escape(label))</text>"
        out += "<path d=\"\(d)\" class=\"tl-flight-area\" fill=\"#3f51b5\" fill-opacity=\".25\" stroke=\"#3f51b5\"><title>\(escape(strings["timelineInFlight"].replacingOccurrences(of: "{n}", with: String(peak))))</title></path>"
        out += "<text x=\"\(Self.gutter + 4)\" y=\"\(top + 10)\" class=\"tl-flight-peak\">\(peak)</text>"
        return out + "</g>"
    }

    private func axis(_ duration: UInt64, top: Int, x: (UInt64) -> Double) -> String {
        let step = Self.tickStep(for: duration)
        var out = "<g class=\"tl-axis\" stroke=\"currentColor\" stroke-opacity=\".5\">"
        out += "<line x1=\"\(Self.gutter)\" x2=\"\(Self.width - Self.right)\" y1=\"\(top)\" y2=\"\(top)\"/>"
        var tick: UInt64 = 0
        var labels = ""
        while tick <= duration {
            let tx = Self.number(x(tick))
            out += "<line x1=\(tx) x2=\(tx) y1=\"\(top)\" y2=\"\(top + 4)\"/>"
            let anchor = tick == 0 ? "start" : "middle"
            labels += "<text x=\(tx) y=\"\(top + 16)\" text-anchor=\"\(anchor)\">\(milliseconds(tick))\(tick == 0 ? " ms" : "")</text>"
            tick += step
        }
        return out + "</g><g class=\"tl-axis-labels\">" + labels + "</g>"
    }

    private func legend(top: Int, id: String, flight: Bool) -> String {
        var x = Self.gutter
        var out = "<g class=\"tl-legend\">"
        func item(_ swatch: String, _ key: String) {
            out += swatch + "<text x=\"\(x + 16)\" y=\"\(top + 9)\">\(escape(strings[key]))</text>"
            x += 16 + strings[key].count * 6 + 18
        }
        item("<rect x=\"\(x)\" y=\"\(top)\" width=\"12\" height=\"10\" class=\"tl-task\" fill=\"#3f51b5\"/>", "timelineLegendTask")
        item("<rect x=\"\(x)\" y=\"\(top)\" width=\"12\" height=\"10\" class=\"tl-run\" fill=\"#8c9eff\"/>", "timelineLegendRun")
        item("<rect x=\"\(x)\" y=\"\(top)\" width=\"12\" height=\"10\" class=\"tl-block\" fill=\"url(#\(id)-h)\" stroke=\"#c26a00\" stroke-width=\".6\"/>", "timelineLegendBlocked")
        for (kind, text) in [("acquire", "acquire"), ("release", "release"), ("put", "put"), ("get", "get")] {
            let (shape, cls) = Self.shape(kind, x: Double(x + 5), top: Double(top + (kind == "put" || kind == "get" ? -Self.barHeight + 1 : 11)))
            out += "<path d=\"\(shape)\" class=\"tl-mark tl-\(cls)\"/><text x=\"\(x + 12)\" y=\"\(top + 9)\">\(text)()</text>"
            x += 12 + text.count * 6 + 28
        }
        _ = flight
        return out + "</g>"
    }

    // MARK: Text

    private func laneDescription(_ lane: ThreadTimeline.Lane, summary: ThreadTimelineSummary) -> String {
        let tasks = lane.spans.filter { $0.kind == .task }.reduce(0) { $0 + $1.count }
        var parts: [String] = []
        if tasks > 0 { parts.append(counted(tasks, one: "timelineTasksOne", many: "timelineTasksMany")) }
        var waits: [String: Int] = [:]
        for span in lane.spans { if case .blocked(let subject) = span.kind { waits[subject, default: 0] += span.count } }
        for (subject, count) in waits.sorted(by: { $0.key < $1.key }) {
            parts.append(summary.counted(count, one: "timelineWaitsOne", many: "timelineWaitsMany")
                .replacingOccurrences(of: "{subject}", with: summary.subjectName(subject)))
        }
        return parts.isEmpty ? lane.name : "\(lane.name): \(parts.joined(separator: ", "))"
    }

    private func counted(_ n: Int, one: String, many: String) -> String {
        ThreadTimelineSummary(strings: strings).counted(n, one: one, many: many)
    }

    /// Microseconds as milliseconds with the digits the scale needs ("12", "0,5", "1,25").
    func milliseconds(_ micro: UInt64) -> String {
        let whole = micro / 1000
        let fraction = micro % 1000
        if fraction == 0 { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.last == "0" { digits.removeLast() }
        if whole >= 10 { digits = String(digits.prefix(1)) }
        return "\(whole)\(strings["timelineDecimal"])\(digits)"
    }

    /// A round tick step (1, 2 or 5 × 10ⁿ µs) giving at most eight ticks.
    static func tickStep(for duration: UInt64) -> UInt64 {
        var power: UInt64 = 1
        while true {
            for factor: UInt64 in [1, 2, 5] where duration / (factor * power) <= 7 { return factor * power }
            power *= 10
        }
    }

    /// A coordinate with one decimal, quoted for an attribute (deterministic, no locale).
    static func number(_ value: Double, quoted: Bool = true) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let text = magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
        return quoted ? "\"\(text)\"" : text
    }

    static func shortened(_ name: String, to limit: Int) -> String {
        name.count <= limit ? name : String(name.prefix(limit - 1)) + "…"
    }

    /// A short stable hash (FNV-1a, 32 bits, hex) for the figure's ids.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        return String(value, radix: 16)
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
