/// Builds the `SiteNav` from `nav:` (checking that every named page exists) or, without one,
/// from the folder tree (folders are sections; index first, then alphabetical).
struct NavBuilder {
    /// Titles of the parsed pages by source path.
    var pageTitles: [String: String]
    private var nextID = 0

    init(pageTitles: [String: String]) {
        self.pageTitles = pageTitles
    }

    /// The nav written in the config; entries naming missing pages are left out, with an error
    /// (located when the config says where the entry is) — a warning in an `mkdocs.yml` project,
    /// which MkDocs builds anyway (its `validation.nav.not_found` defaults to a warning).
    mutating func fromConfig(_ entries: [NavEntry], config: SiteConfig, diagnostics: inout [Diagnostic]) -> SiteNav {
        SiteNav(items: items(entries, config: config, diagnostics: &diagnostics))
    }

    private mutating func items(_ entries: [NavEntry], config: SiteConfig, diagnostics: inout [Diagnostic]) -> [NavItem] {
        entries.compactMap { entry in
            switch entry {
            case .page(let title, let path):
                let sourcePath = PathUtilities.normalized(path)
                guard let pageTitle = pageTitles[sourcePath] else {
                    let location = config.navLocations[path]
                    let where_ = config.displayPath(config.docsDir)
                    let message = "nav entry '\(path)' names a page that is not in \(where_)"
                    diagnostics.append(config.isMkDocsProject ? .warning(message, at: location) : .error(message, at: location))
                    return nil
                }
                return NavItem(title: title ?? pageTitle, kind: .page(sourcePath: sourcePath), id: makeID())
            case .link(let title, let url):
                return NavItem(title: title, kind: .link(url: url), id: makeID())
            case .section(let title, let children):
                let id = makeID()
                return NavItem(title: title, kind: .section, children: items(children, config: config, diagnostics: &diagnostics), id: id)
            }
        }
    }

    /// The nav of a site without `nav:`: one section per folder.
    mutating func fromTree(_ sourcePaths: [String]) -> SiteNav {
        SiteNav(items: folderItems(sourcePaths.map { ($0.split(separator: "/").map(String.init), $0) }))
    }

    private mutating func folderItems(_ files: [(components: [String], path: String)]) -> [NavItem] {
        var pages: [(name: String, path: String)] = []
        var folders: [String: [(components: [String], path: String)]] = [:]
        for file in files {
            if file.components.count == 1 {
                pages.append((file.components[0], file.path))
            } else {
                folders[file.components[0], default: []].append((Array(file.components.dropFirst()), file.path))
            }
        }
        var entries: [(key: String, isIndex: Bool, item: NavItem)] = []
        for page in pages {
            let stem = page.name.split(separator: ".").first.map { $0.lowercased() } ?? ""
            let item = NavItem(title: pageTitles[page.path] ?? page.name, kind: .page(sourcePath: page.path), id: makeID())
            entries.append((page.name, stem == "index" || stem == "readme", item))
        }
        for (folder, children) in folders {
            let id = makeID()
            let item = NavItem(title: PageTitle.prettified(name: folder), kind: .section, children: folderItems(children), id: id)
            entries.append((folder, false, item))
        }
        entries.sort { lhs, rhs in
            if lhs.isIndex != rhs.isIndex { return lhs.isIndex }
            return lhs.key.localizedStandardCompareLess(rhs.key)
        }
        return entries.map(\.item)
    }

    private mutating func makeID() -> Int {
        nextID += 1
        return nextID
    }
}

private extension String {
    /// Case-insensitive order, so `Beta.md` sorts between `alfa.md` and `gamma.md`.
    func localizedStandardCompareLess(_ other: String) -> Bool {
        let lhs = lowercased(), rhs = other.lowercased()
        return lhs == rhs ? self < other : lhs < rhs
    }
}
