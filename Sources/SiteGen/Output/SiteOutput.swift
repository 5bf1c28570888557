/// Where the write stage puts a build's files: a fresh folder swapped in at the end
/// (`StagedSiteOutput`: `sitegen build`, the first build of `serve`), or the live site folder
/// updated in place (`InPlaceSiteOutput`: `serve` rebuilds). Made once the build knows every path
/// the site will hold; then each file is put as soon as it is rendered (from several threads at
/// once), and `finish` ends the build.
protocol SiteOutput: Sendable {
    /// Writes `file` (or leaves it when the site already holds these bytes).
    func put(_ file: OutputFile) -> FilePut
    /// Ends the build once every file was put (`puts`: what each put did).
    func finish(_ puts: [FilePut]) -> OutputOutcome
}

/// What putting one file did.
struct FilePut: Sendable {
    var path: String
    /// `OutputFile.fingerprint` of the bytes now at `path` (`nil` from an output told not to
    /// fingerprint: a one-off build, whose record of the folder no later build reads).
    var fingerprint: Int?
    /// True when the file was written (false: the site held these bytes already).
    var wrote: Bool
    /// Why the file could not be written, if it could not.
    var failure: String?
}

/// What a build's output ended as.
struct OutputOutcome {
    /// Site-relative paths written or deleted.
    var changedFiles: [String]
    /// Site-relative path → fingerprint of every file the folder now holds, as far as the builds
    /// know (a file that could not be written is left out: the next build writes it again).
    var files: [String: Int]
    var diagnostics: [Diagnostic]
    /// True when the site folder now holds exactly the files put (all of them written, or left
    /// because they were current); false when it is as before (staged) or part-way (in place).
    var complete: Bool
}
