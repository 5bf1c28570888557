import Hummingbird
import ServiceLifecycle

/// The two endpoints pages talk to: the script and its Server-Sent Events stream.
///
/// Both live under `/__sitegen/`, a prefix no built site uses.
enum LiveReloadRoutes {
    static let prefix = "/__sitegen/"
    static let scriptPath = "/__sitegen/livereload.js"
    static let eventsPath = "/__sitegen/events"
    /// How often an idle stream gets a comment line, so dead connections are noticed.
    static let keepAliveInterval = Duration.seconds(15)

    /// Adds `GET /__sitegen/livereload.js` and `GET /__sitegen/events` to `router`.
    static func add<Context: RequestContext>(to router: Router<Context>, hub: LiveReloadHub, language: String) {
        let script = ByteBuffer(string: LiveReloadScript.source(language: language))
        let scriptHeaders: HTTPFields = [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache",
                                         .contentLength: String(script.readableBytes)]
        router.get(RouterPath(scriptPath)) { _, _ in
            Response(status: .ok, headers: scriptHeaders, body: ResponseBody(byteBuffer: script))
        }
        router.head(RouterPath(scriptPath)) { _, _ in
            Response(status: .ok, headers: scriptHeaders)
        }
        router.get(RouterPath(eventsPath)) { _, _ in
            eventStream(from: hub)
        }
    }

    /// A response that stays open and relays the hub's events until the page leaves or the server stops.
    static func eventStream(from hub: LiveReloadHub) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let subscription = hub.subscribe()
            let heartbeat = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: keepAliveInterval)
                    hub.ping(subscription.id)
                }
            }
            defer {
                heartbeat.cancel()
                hub.unsubscribe(subscription.id)
            }
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            try await withGracefulShutdownHandler {
                for await event in subscription.events {
                    try await writer.write(ByteBuffer(string: event.wireFormat))
                }
            } onGracefulShutdown: {
                hub.unsubscribe(subscription.id)
            }
            try await writer.finish(nil)
        })
    }
}
