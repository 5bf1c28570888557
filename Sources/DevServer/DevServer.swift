import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SiteGen

/// `sitegen serve`: builds the site, serves it with live reload and rebuilds on every change.
///
///     let session = SiteBuildSession(builder: SiteBuilder(options: options))
///     let server = DevServer(settings: DevServerSettings(), project: project,
///                            rebuilder: IncrementalSiteRebuilder(session: session))
///     try await server.run { address in print("Serving at \(address.url)") }
///
/// `run` returns after Ctrl-C / SIGTERM (or `stop()`), once the current build has finished and the
/// watcher has stopped.
public final class DevServer: Sendable {
    /// Where the server ended up listening (the real port when `0` was asked).
    public struct Address: Sendable {
        public var host: String
        public var port: Int
        /// `http://host:port/`.
        public var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }
    }

    private let settings: DevServerSettings
    private let project: ServeProject
    private let rebuilder: any SiteRebuilding
    private let console: BuildConsole
    private let projectRoot: String?
    let hub = LiveReloadHub()
    private let group = Mutex<(group: ServiceGroup?, stopRequested: Bool)>((nil, false))

    /// A server for `project`, building with `rebuilder`; `projectRoot` shortens paths in messages.
    public convenience init(settings: DevServerSettings, project: ServeProject, rebuilder: any SiteRebuilding, projectRoot: String? = nil) {
        self.init(settings: settings, project: project, rebuilder: rebuilder, projectRoot: projectRoot, console: BuildConsole())
    }

    init(settings: DevServerSettings, project: ServeProject, rebuilder: any SiteRebuilding, projectRoot: String?, console: BuildConsole) {
        self.settings = settings
        self.project = project
        self.rebuilder = rebuilder
        self.projectRoot = projectRoot
        self.console = console
    }

    /// Builds, then serves until stopped; `onReady` runs once the socket listens.
    /// - Parameter handlingSignals: stop gracefully on SIGINT and SIGTERM (the CLI); tests use `stop()`.
    public func run(handlingSignals: Bool = true, onReady: @escaping @Sendable (Address) -> Void = { _ in }) async throws {
        let logger = Logger(label: "sitegen.serve") { label in ServerLogHandler(label: label) }
        let watcher = ChangeWatcher(roots: project.watchedPaths, ignoring: [project.siteDir], quietPeriod: settings.debounce)
        let rebuilds = RebuildService(watcher: watcher, rebuilder: rebuilder, hub: hub, console: console, projectRoot: projectRoot)
        await rebuilds.buildAll()
        let host = settings.host
        let app = DevServerApplication.make(
            settings: settings, site: SiteFolder(path: project.siteDir), hub: hub, services: [rebuilds], logger: logger
        ) { channel in
            onReady(Address(host: host, port: channel.localAddress?.port ?? 0))
        }
        let serviceGroup = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: handlingSignals ? [.sigint, .sigterm] : [], logger: logger))
        let stopRequested = group.withLock { state in
            state.group = serviceGroup
            return state.stopRequested
        }
        if stopRequested { await serviceGroup.triggerGracefulShutdown() }
        defer { hub.close() }
        do {
            try await withTaskExecutorPreference(EventLoopGroupTaskExecutor(group: app.eventLoopGroup)) {
                try await serviceGroup.run()
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw DevServerError.addressInUse(host: settings.host, port: settings.port)
        } catch let error as IOError {
            throw DevServerError.cannotListen(host: settings.host, port: settings.port, reason: error.description)
        }
    }

    /// Stops a running server gracefully (as Ctrl-C does): open event streams end, the current build finishes.
    public func stop() async {
        let serviceGroup = group.withLock { state in
            state.stopRequested = true
            return state.group
        }
        await serviceGroup?.triggerGracefulShutdown()
    }
}
