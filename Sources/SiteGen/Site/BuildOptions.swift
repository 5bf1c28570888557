import Foundation

/// What the user asked of a build (the `sitegen build` flags), before the config is read.
public struct BuildOptions: Sendable {
    /// Absolute path of the folder relative paths start from (the current directory for the CLI).
    public var projectRoot: String
    /// `--config FILE`; `nil` looks for `sitegen.yml`, then `mkdocs.yml`.
    public var configPath: String?
    /// `--site-dir DIR`, overriding `site_dir`.
    public var siteDirOverride: String?
    /// `--strict`: broken links and anchors are errors, not warnings.
    public var strict: Bool
    /// The environment `!ENV` tags in the config read (the process's, unless a test sets its own).
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init(projectRoot: String, configPath: String? = nil, siteDirOverride: String? = nil, strict: Bool = false) {
        self.projectRoot = projectRoot
        self.configPath = configPath
        self.siteDirOverride = siteDirOverride
        self.strict = strict
    }
}
