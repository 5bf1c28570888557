import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Assembles the Hummingbird application: a small stack of middleware over the site folder.
///
/// From the outside in: the site's 404 page (`NotFoundPageMiddleware`), path checks and folder
/// redirects (`SitePathMiddleware`), Hummingbird's `FileMiddleware` (content types, ETag/304, HEAD,
/// ranges) reading through `SiteFileProvider`, and a router holding only the live-reload endpoints.
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
        let router = Router()
        router.add(middleware: NotFoundPageMiddleware(files: files))
        router.add(middleware: SitePathMiddleware(site: site))
        router.add(middleware: FileMiddleware(fileProvider: files, cacheControl: CacheControl([(MediaType(type: .any), [.noCache])]), searchForIndexHtml: true)
            .withAdditionalMediaTypes(forFileExtensions: textTypes))
        LiveReloadRoutes.add(to: router, hub: hub, language: settings.language)
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: serverName),
            services: services,
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}
