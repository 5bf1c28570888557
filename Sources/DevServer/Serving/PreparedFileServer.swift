import Foundation
import Hummingbird
import SiteGen

/// Decides whether a request can be answered with a ready-made file response, and with what.
///
/// Used by `PreparedFileChannelHandler` (on the event loop, before Hummingbird) and by
/// `PreparedFileMiddleware` (inside it): only `GET`/`HEAD` of a regular file `SiteFolder.lookup`
/// finds inside the site, whose path `RequestPath` accepts, without a body, a range,
/// `If-Modified-Since` or `Connection: close`. The answer is what `FileMiddleware` would send:
/// 200 with the file, or 304 when `If-None-Match` names its ETag.
struct PreparedFileServer: Sendable {
    /// A status, headers and body to send.
    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer?
    }

    let site: SiteFolder
    let files: SiteFileProvider
    let responses: PreparedFileResponses
    let mediaTypes: [String: MediaType]

    /// The answer for `method` on `path` (the request target's path, still percent-encoded), or
    /// `nil` when Hummingbird's full handling is needed.
    func answer(method: HTTPRequest.Method, path: String, headers: HTTPFields) -> Answer? {
        guard method == .get || method == .head, headers[.range] == nil, headers[.ifModifiedSince] == nil,
              headers[.contentLength] == nil || headers[.contentLength] == "0", headers[.transferEncoding] == nil,
              headers[.connection]?.lowercased().contains("close") != true,
              !path.hasPrefix(LiveReloadRoutes.prefix), let requestPath = try? RequestPath(rawPath: path) else {
            return nil
        }
        let relative = requestPath.segments.isEmpty ? "index.html"
            : requestPath.hasTrailingSlash ? requestPath.relativePath + "/index.html" : requestPath.relativePath
        guard let file = site.lookup(relative), file.kind == .file,
              let prepared = try? responses.prepared(for: relative, file: file, make: {
                  try PreparedFileResponses.prepare(file, relativePath: relative, files: files, mediaTypes: mediaTypes)
              }) else {
            return nil
        }
        if headers[values: .ifNoneMatch].contains(prepared.etag) {
            return Answer(status: .notModified, headers: prepared.headers, body: nil)
        }
        return Answer(status: .ok, headers: prepared.headers, body: method == .head ? nil : prepared.body)
    }
}

/// The `Date` header value, formatted at most once a second.
final class HTTPDateClock: Sendable {
    private let current = Mutex<(second: Int, text: String)>((-1, ""))

    var now: String {
        let date = Date()
        let second = Int(date.timeIntervalSince1970)
        return current.withLock { current in
            if current.second != second { current = (second, HTTPDate.format(date)) }
            return current.text
        }
    }
}
