import Hummingbird

/// Answers every "not found" with the site's own `404.html` and status 404.
///
/// The page goes through the same `SiteFileProvider` as any page (so it gets the live-reload
/// script); a site without a `404.html` gets a short plain-text answer.
struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: SiteFileProvider

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            guard response.status == .notFound else { return response }
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // Falls through to the site's 404 page.
        }
        return try await notFoundPage(for: request, context: context)
    }

    private func notFoundPage(for request: Request, context: Context) async throws -> Response {
        guard let id = files.getFileIdentifier("/404.html"),
              let attributes = try await files.getAttributes(id: id), !attributes.isFolder else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "404 Not Found\n")))
        }
        let body = try await files.loadFile(id: id, context: context)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        headers[.contentLength] = String(attributes.size)
        return Response(status: .notFound, headers: headers, body: request.method == .head ? ResponseBody() : body)
    }
}
