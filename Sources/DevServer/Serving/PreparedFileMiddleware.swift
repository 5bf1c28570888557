import Hummingbird

/// Answers requests for unchanged site files inside Hummingbird with `PreparedFileServer` (the
/// requests `PreparedFileChannelHandler` passed on because another was still being answered on
/// the same connection). Anything `PreparedFileServer` declines goes on to `SitePathMiddleware`
/// and `FileMiddleware`.
struct PreparedFileMiddleware<Context: RequestContext>: RouterMiddleware {
    let server: PreparedFileServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let answer = server.answer(method: request.method, path: request.uri.path, headers: request.headers) else {
            return try await next(request, context)
        }
        return Response(status: answer.status, headers: answer.headers, body: answer.body.map { ResponseBody(byteBuffer: $0) } ?? ResponseBody())
    }
}
