import Hummingbird

/// Refuses unsafe request paths and redirects folder URLs to their slash form.
///
/// Runs before `FileMiddleware` for `GET` and `HEAD`:
/// - a path failing `RequestPath`'s checks (`..`, `%2e%2e`, `%2f`, `%5c`, NUL, `//`) is a 400;
/// - `/a/b` where `a/b/index.html` exists redirects (302, query kept) to `/a/b/`;
/// - `/a/b` naming a folder without an index is a 404 (no directory listings).
/// Paths under `/__sitegen/` (the live-reload endpoints) pass through untouched.
struct SitePathMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: SiteFolder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let rawPath = request.uri.path
        if rawPath.hasPrefix(LiveReloadRoutes.prefix) { return try await next(request, context) }
        let path: RequestPath
        do {
            path = try RequestPath(rawPath: rawPath)
        } catch {
            throw HTTPError(.badRequest, message: "Invalid path.")
        }
        if !path.hasTrailingSlash, !path.segments.isEmpty, site.kind(of: path.relativePath) == .folder {
            guard site.kind(of: path.relativePath + "/index.html") == .file else { throw HTTPError(.notFound) }
            return Self.redirect(to: rawPath + "/", query: request.uri.query)
        }
        return try await next(request, context)
    }

    /// A temporary redirect (a dev server's pages come and go) keeping the query string.
    static func redirect(to path: String, query: String?) -> Response {
        var location = path
        if let query, !query.isEmpty { location += "?" + query }
        return Response(status: .found, headers: [.location: location, .contentLength: "0"])
    }
}
