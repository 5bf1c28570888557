/// The short sentence under a timeline, in the site's language:
/// "7 hilos; máximo 2 hilos trabajando a la vez; 4 esperas en el semáforo; 6 esperas en join()".
///
/// It states the timeline's ``ThreadTimeline/Figures``: threads, the most working at once, the
/// tasks in flight when that is more, the waits on each primitive (most first, at most three),
/// and whether the trace is cut or the run did not end normally.
public struct ThreadTimelineSummary: Sendable {
    public var strings: LocalizedStrings

    public init(strings: LocalizedStrings) { self.strings = strings }

    /// The sentence for `timeline`.
    public func sentence(for timeline: ThreadTimeline) -> String {
        let figures = timeline.figures
        var parts = [counted(figures.threads, one: "timelineThreadsOne", many: "timelineThreadsMany")]
        if figures.peakWorking > 0 {
            parts.append(figures.tasks > 0
                ? counted(figures.peakWorking, one: "timelineTasksAtOnceOne", many: "timelineTasksAtOnceMany")
                : counted(figures.peakWorking, one: "timelineWorkingAtOnceOne", many: "timelineWorkingAtOnceMany"))
        }
        if figures.peakInFlight > max(figures.peakWorking, 1) {
            parts.append(counted(figures.peakInFlight, one: "timelineInFlight", many: "timelineInFlight"))
        }
        let waits = figures.waits.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (subject, count) in waits.prefix(3) {
            parts.append(counted(count, one: "timelineWaitsOne", many: "timelineWaitsMany")
                .replacingOccurrences(of: "{subject}", with: subjectName(subject)))
        }
        if waits.isEmpty { parts.append(strings["timelineNoWaits"]) }
        if figures.wasCut { parts.append(strings["timelineCut"]) }
        if !figures.complete { parts.append(strings["timelineIncomplete"]) }
        return parts.joined(separator: "; ")
    }

    /// How the sentence names a primitive ("el semáforo"); unknown ones as they are.
    public func subjectName(_ subject: String) -> String {
        strings.ui["timelineSubject.\(subject)"] ?? subject
    }

    func counted(_ n: Int, one: String, many: String) -> String {
        (n == 1 ? strings[one] : strings[many]).replacingOccurrences(of: "{n}", with: String(n))
    }
}
