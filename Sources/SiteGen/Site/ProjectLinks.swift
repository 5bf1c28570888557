/// The project's description, copyright and source repository (`site_description`, `copyright`,
/// `repo_url`, `repo_name`, `edit_uri`): shown in the head, footer and header.
public struct ProjectLinks: Sendable, Equatable {
    /// `site_description`: the pages' `<meta name="description">` unless a page gives its own.
    public var siteDescription: String?
    /// `site_author`: `<meta name="author">`.
    public var siteAuthor: String?
    /// `copyright`: HTML shown in the footer, as MkDocs shows it.
    public var copyright: String?
    /// `repo_url`: linked from the header.
    public var repoURL: String?
    /// `repo_name`; when not given, derived from `repo_url` as MkDocs does ("GitHub", "GitLab"…).
    public var repoName: String?
    /// `edit_uri`: joined to `repo_url` and a page's source path to make its edit link.
    public var editURI: String?

    public init() {}

    /// The text of the header's repository link: `repo_name`, else the host's name.
    public var repoLinkText: String? {
        guard let repoURL else { return nil }
        if let repoName, !repoName.isEmpty { return repoName }
        let host = repoURL.split(separator: "/").dropFirst().first.map(String.init) ?? repoURL
        switch host.lowercased() {
        case "github.com": return "GitHub"
        case "gitlab.com": return "GitLab"
        case "bitbucket.org": return "Bitbucket"
        default: return host
        }
    }

    /// `edit_uri`, else MkDocs' default for GitHub and GitLab (`edit/master/docs/`) and Bitbucket.
    public var effectiveEditURI: String? {
        if let editURI { return editURI.isEmpty ? nil : editURI }
        guard let repoURL = repoURL?.lowercased() else { return nil }
        if repoURL.contains("github.com") || repoURL.contains("gitlab.com") { return "edit/master/docs/" }
        if repoURL.contains("bitbucket.org") { return "src/default/docs/" }
        return nil
    }

    /// The edit link of the page at `sourcePath` (docs-relative), or nil when there is no repository.
    public func editURL(forSourcePath sourcePath: String) -> String? {
        guard let editURI = effectiveEditURI else { return nil }
        if editURI.contains("://") { return Self.joined(editURI, sourcePath) }
        guard let repoURL else { return nil }
        return Self.joined(Self.joined(repoURL, editURI), sourcePath)
    }

    private static func joined(_ base: String, _ tail: String) -> String {
        let tail = tail.hasPrefix("/") ? String(tail.dropFirst()) : tail
        return base.hasSuffix("/") ? base + tail : base + "/" + tail
    }
}
