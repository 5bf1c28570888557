import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Assembles the Hummingbird application: a small stack of middleware over the site folder.
///
/// Requests for unchanged files are answered on the event loop by `PreparedFileChannelHandler`;
/// the others go through Hummingbird, from the outside in: the site's 404 page, ready-made answers
/// for unchanged files (`PreparedFileMiddleware`, which checks paths itself), path checks and
/// folder redirects, Hummingbird's `FileMiddleware` (content types, ETag/304, HEAD, ranges)
/// reading through `SiteFileProvider`, and a router holding only the live-reload endpoints.
enum DevServerApplication {
    /// Extensions whose content type gains `charset=utf-8` (Hummingbird's table omits it).
    static let textTypes: [String: MediaType] = [
        "html": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "htm": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "css": MediaType(type: .text, subType: "css", parameter: ("charset", "utf-8")),
        "js": MediaType(type: .text, subType: "javascript", parameter: ("charset", "utf-8")),
        "mjs": MediaType(type: .text, subType: "javascript", parameter: ("charset", "utf-8")),
        "json": MediaType(type: .application, subType: "json", parameter: ("charset", "utf-8")),
        "xml": MediaType(type: .application, subType: "xml", parameter: ("charset", "utf-8")),
        "txt": MediaType(type: .text, subType: "plain", parameter: ("charset", "utf-8")),
        "md": MediaType(type: .text, subType: "markdown", parameter: ("charset", "utf-8")),
        "map": MediaType(type: .application, subType: "json", parameter: ("charset", "utf-8")),
        "webmanifest": MediaType(type: .application, subType: "manifest+json", parameter: ("charset", "utf-8")),
    ]

    static let serverName = "sitegen"

    static func make(
        settings: DevServerSettings,
        site: SiteFolder,
        hub: LiveReloadHub,
        services: [any Service],
        logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void
    ) -> some ApplicationProtocol {
        let files = SiteFileProvider(site: site, injection: LiveReloadInjection())
        let prepared = PreparedFileServer(site: site, files: files, responses: PreparedFileResponses(), mediaTypes: textTypes)
        let router = Router()
        router.add(middleware: NotFoundPageMiddleware(files: files))
        router.add(middleware: PreparedFileMiddleware(server: prepared))
        router.add(middleware: SitePathMiddleware(site: site))
        router.add(middleware: FileMiddleware(fileProvider: files, cacheControl: CacheControl([(MediaType(type: .any), [.noCache])]), searchForIndexHtml: true)
            .withAdditionalMediaTypes(forFileExtensions: textTypes))
        LiveReloadRoutes.add(to: router, hub: hub, language: settings.language)
        return Application(
            router: router,
            server: EventLoopPinnedHTTP1Channel.builder { [clock = HTTPDateClock()] in
                [PreparedFileChannelHandler(server: prepared, clock: clock, serverName: serverName)]
            },
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: serverName),
            services: services,
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}
