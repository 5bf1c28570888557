import Foundation
import SiteGen

/// The thread trace of one run of a `timeline` snippet: the environment that turns `Threading`'s
/// recorder on (`SITEGEN_THREAD_TRACE` naming a file in the work folder), and, after the run,
/// the file read back and condensed into a ``ThreadTimeline``'s text.
///
/// The recorder writes into a memory-mapped file, so a run that crashed or was killed at its
/// timeout still leaves what it recorded (the timeline then says the run did not end normally).
/// A run that recorded nothing has no timeline.
struct TimelineCapture {
    /// The environment variable `Threading` reads (`TraceRecorder.environmentVariable`).
    static let environmentVariable = "SITEGEN_THREAD_TRACE"

    /// Where the run writes its trace.
    var path: String

    init(workDirectory: String, snippet: Snippet) {
        path = "\(workDirectory)/trace-\(snippet.index)-\(UUID().uuidString.prefix(8)).txt"
    }

    init(path: String) { self.path = path }

    var environment: [String: String] { [Self.environmentVariable: path] }

    /// The timeline's text, or `nil` when the run recorded no event; removes the file.
    func collect() -> String? {
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Self.timeline(fromTraceFile: data)
    }

    /// The condensed timeline of a trace file's bytes; `nil` without events.
    static func timeline(fromTraceFile data: Data) -> String? {
        // Slots never written are zero bytes; one claimed but unwritten at a crash may sit between written ones.
        let used = data.lastIndex { $0 != 0 }.map { data[...$0] } ?? data[data.startIndex..<data.startIndex]
        let trace = ThreadTrace(parsing: String(decoding: used, as: UTF8.self))
        guard trace.events.contains(where: { $0.kind != "thread" && $0.kind != "exit" }) else { return nil }
        return ThreadTimeline(trace: trace).serialized
    }
}
