import Foundation

/// A message the server pushes to open pages over Server-Sent Events.
///
/// `hello` carries the server's instance and build generation: a page reconnecting to a server
/// whose value changed (restarted, or rebuilt while it was away) reloads itself.
enum LiveReloadEvent: Sendable, Equatable {
    case hello(String)
    /// A build succeeded: pages showing one of `changed` (site-relative paths; `nil`: any page),
    /// pages showing the error overlay, and every page when a stylesheet or script changed, reload.
    case reload(changed: [String]?)
    /// A build failed: pages show these located errors (`content/x.md:3:1: error: …`) over the old page.
    case failed([String])
    /// A comment line that keeps idle connections open and notices closed ones.
    case keepAlive

    /// The event as written on the wire (`event: NAME\ndata: …\n\n`).
    var wireFormat: String {
        switch self {
        case .hello(let id): "event: hello\ndata: \(id)\n\n"
        case .reload(let changed): "event: reload\ndata: \(Self.json(["changed": changed ?? []], empty: changed == nil))\n\n"
        case .failed(let errors): "event: failed\ndata: \(Self.json(["errors": errors]))\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }

    /// `{"key":[…]}` on one line (JSON escapes newlines, so the SSE framing stays intact); `{}` when `empty`.
    private static func json(_ object: [String: [String]], empty: Bool = false) -> String {
        guard !empty, let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
