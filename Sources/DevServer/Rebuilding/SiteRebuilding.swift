import SiteGen

/// Whatever builds the site for `serve`: the first build, then one per batch of changed files.
///
/// Called from one thread of its own (`ParallelWork.onOwnThread`), one build at a time. A build must leave the
/// previous site in place when it fails (the site builder's atomic swap does).
public protocol SiteRebuilding: AnyObject, Sendable {
    /// Builds the whole site.
    func buildAll() -> BuildReport
    /// Brings the site up to date after `changedPaths` (absolute paths) changed, created or vanished.
    func rebuild(changedPaths: [String]) -> BuildReport
    /// True when `BuildReport.changedFiles` lists exactly the site files a build wrote or removed
    /// (so an empty list means nothing changed); false makes every build reload every page.
    var reportsChangedFiles: Bool { get }
}

extension SiteRebuilding {
    public var reportsChangedFiles: Bool { false }
}
