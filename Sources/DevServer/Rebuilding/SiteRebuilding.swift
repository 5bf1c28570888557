import SiteGen

/// Whatever builds the site for `serve`: the first build, then one per batch of changed files.
///
/// Called from a single background thread, one build at a time. A build must leave the
/// previous site in place when it fails (the site builder's atomic swap does).
public protocol SiteRebuilding: AnyObject {
    /// Builds the whole site.
    func buildAll() -> BuildReport
    /// Brings the site up to date after `changedPaths` (absolute paths) changed, created or vanished.
    func rebuild(changedPaths: [String]) -> BuildReport
}

/// Rebuilds everything on every change with `SiteBuilder`: correct, and the fallback when no
/// incremental session is available.
public final class FullSiteRebuilder: SiteRebuilding {
    private let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func buildAll() -> BuildReport {
        SiteBuilder(options: options).build()
    }

    public func rebuild(changedPaths: [String]) -> BuildReport {
        buildAll()
    }
}
