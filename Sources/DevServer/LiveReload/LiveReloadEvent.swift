import Foundation

/// A message the server pushes to open pages over Server-Sent Events.
///
/// `hello` carries the server's instance and build generation: a page reconnecting to a server
/// whose value changed (restarted, or rebuilt while it was away) reloads itself.
enum LiveReloadEvent: Sendable, Equatable {
    case hello(String)
    /// A build succeeded: pages reload (and lose any error overlay).
    case reload
    /// A build failed: pages show these located errors (`content/x.md:3:1: error: …`) over the old page.
    case failed([String])
    /// A comment line that keeps idle connections open and notices closed ones.
    case keepAlive

    /// The event as written on the wire (`event: NAME\ndata: …\n\n`).
    var wireFormat: String {
        switch self {
        case .hello(let id): "event: hello\ndata: \(id)\n\n"
        case .reload: "event: reload\ndata: {}\n\n"
        case .failed(let errors): "event: failed\ndata: \(Self.json(errors: errors))\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }

    /// `{"errors":[…]}` on one line (JSON escapes newlines, so the SSE framing stays intact).
    private static func json(errors: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: ["errors": errors], options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
