import Foundation
import ServiceLifecycle
import SiteGen

/// The watch → rebuild → notify loop, run as a service beside the HTTP server.
///
/// Builds happen one at a time on a thread of their own (`ParallelWork.onOwnThread`: they are
/// long, synchronous work that must not hold the server's threads). Changes arriving during a
/// build queue up in the watcher and form the next batch. On shutdown the current build finishes (the site is
/// never left half-written), then the watcher stops.
final class RebuildService: Service, Sendable {
    private let watcher: ChangeWatcher
    private let rebuilder: any SiteRebuilding
    private let hub: LiveReloadHub
    private let console: BuildConsole
    private let projectRoot: String?

    init(watcher: ChangeWatcher, rebuilder: any SiteRebuilding, hub: LiveReloadHub, console: BuildConsole, projectRoot: String?) {
        self.watcher = watcher
        self.rebuilder = rebuilder
        self.hub = hub
        self.console = console
        self.projectRoot = projectRoot
    }

    /// Builds the whole site once (before serving), reporting like any rebuild.
    func buildAll() async {
        await ParallelWork.onOwnThread { [self] in
            let report = rebuilder.buildAll()
            watcher.watch(files: report.includedFiles)
            publish(report, changedPaths: [])
        }
    }

    func run() async throws {
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await ParallelWork.onOwnThread { [self] in
                    while let batch = watcher.nextBatch() {
                        let report = rebuilder.rebuild(changedPaths: batch)
                        watcher.watch(files: report.includedFiles)
                        publish(report, changedPaths: batch)
                    }
                }
            } onGracefulShutdown: { [watcher] in
                watcher.stop()
            }
        } onCancel: { [watcher] in
            watcher.stop()
        }
    }

    private func publish(_ report: BuildReport, changedPaths: [String]) {
        console.show(report, changedPaths: changedPaths, projectRoot: projectRoot)
        if report.succeeded {
            hub.buildSucceeded(changedFiles: rebuilder.reportsChangedFiles ? report.changedFiles : nil)
        } else {
            hub.buildFailed(report.diagnostics.filter { $0.severity == .error }.map(\.description))
        }
    }

}
