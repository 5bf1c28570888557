import SiteGen

/// Rebuilds only what changed with the site builder's `SiteBuildSession`: one edited page
/// re-renders that page (every page when titles, URLs or the nav changed; everything when the
/// config or the templates changed). What `sitegen serve` uses.
public final class IncrementalSiteRebuilder: SiteRebuilding {
    private let session: SiteBuildSession

    /// Rebuilds with `session` (made from the `SiteBuilder` that `sitegen build` would use).
    public init(session: SiteBuildSession) {
        self.session = session
    }

    public func buildAll() -> BuildReport {
        session.build()
    }

    public func rebuild(changedPaths: [String]) -> BuildReport {
        session.rebuild(changedPaths: changedPaths)
    }

    /// The session lists the files each build wrote or removed.
    public var reportsChangedFiles: Bool { true }
}
