import Synchronization

/// A site kept up to date across builds, for `sitegen serve`: each build runs the one
/// `BuildPipeline` on the memory the previous build left, so a rebuild re-parses only the changed
/// pages, re-renders only those unless a title, URL or the nav changed (then every page), and
/// writes only the files whose bytes changed (each written to a temporary file and renamed into
/// place). A change to the config or the templates rebuilds everything.
///
///     let session = SiteBuildSession(builder: SiteBuilder(options: options))
///     _ = session.build()
///     let report = session.rebuild(changedPaths: ["/project/content/index.md"])
public final class SiteBuildSession: Sendable {
    public let builder: SiteBuilder
    /// What the last build left (`nil` before the first); one build at a time holds it.
    private let memory = Mutex<BuildMemory?>(nil)

    public init(builder: SiteBuilder) {
        self.builder = builder
    }

    /// A full build (atomic, as `sitegen build`), remembered for later rebuilds.
    public func build() -> BuildReport {
        memory.withLock { memory in
            memory = nil
            return builder.pipeline.run(memory: &memory)
        }
    }

    /// Brings the site up to date after the files at `changedPaths` (absolute, or relative to the
    /// project root) were created, modified or deleted. A failed rebuild writes nothing.
    public func rebuild(changedPaths: [String]) -> BuildReport {
        let root = builder.options.projectRoot
        let changed = Set(changedPaths.map { PathUtilities.absolute($0, relativeTo: root) })
        return memory.withLock { memory in builder.pipeline.run(memory: &memory, changed: changed) }
    }
}
