import Hummingbird

/// Answers `GET` and `HEAD` for an unchanged site file from `PreparedFileResponses`, with the
/// status, headers and body `FileMiddleware` would give (200, or 304 for a matching
/// `If-None-Match`). Anything else (ranges, `If-Modified-Since`, large files, missing paths,
/// folders, paths `RequestPath` refuses) goes on to `SitePathMiddleware` and `FileMiddleware`.
/// Runs first: it answers only for a regular file `SiteFolder.lookup` finds inside the site.
struct PreparedFileMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: SiteFolder
    let files: SiteFileProvider
    let responses: PreparedFileResponses
    let mediaTypes: [String: MediaType]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, request.headers[.range] == nil,
              request.headers[.ifModifiedSince] == nil, !request.uri.path.hasPrefix(LiveReloadRoutes.prefix),
              let path = try? RequestPath(rawPath: request.uri.path) else {
            return try await next(request, context)
        }
        let relative = path.hasTrailingSlash || path.segments.isEmpty
            ? (path.segments.isEmpty ? "index.html" : path.relativePath + "/index.html") : path.relativePath
        guard let file = site.lookup(relative), file.kind == .file,
              let prepared = try responses.prepared(for: relative, file: file, make: {
                  try PreparedFileResponses.prepare(file, relativePath: relative, files: files, mediaTypes: mediaTypes)
              }) else {
            return try await next(request, context)
        }
        if request.headers[values: .ifNoneMatch].contains(prepared.etag) {
            return Response(status: .notModified, headers: prepared.headers)
        }
        return Response(status: .ok, headers: prepared.headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: prepared.body))
    }
}
