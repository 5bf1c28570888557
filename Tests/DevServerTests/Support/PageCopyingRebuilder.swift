import Foundation
@testable import DevServer
import SiteGen

/// A small real builder for tests, standing in for the site generator: every `content/NAME.page`
/// becomes `site/NAME/index.html` (`index.page` → `site/index.html`) wrapped in a page layout,
/// every other file under `content/` is copied as an asset, all written to a temporary folder
/// that is swapped in only when the build succeeded.
/// A line containing `{{broken}}` is an error located at it, as the real builder reports them.
final class PageCopyingRebuilder: SiteRebuilding {
    let projectRoot: String
    private let batches = Mutex<[[String]]>([])
    /// The changed paths of every rebuild so far.
    var rebuiltBatches: [[String]] { batches.withLock { $0 } }

    init(projectRoot: String) {
        self.projectRoot = projectRoot
    }

    func buildAll() -> BuildReport {
        let started = Date()
        let content = projectRoot + "/content"
        let all = (FileManager.default.subpaths(atPath: content) ?? []).filter { !isFolder(content + "/" + $0) }
        let names = all.filter { $0.hasSuffix(".page") && !$0.contains("/") }.sorted()
        let assets = all.filter { !$0.hasSuffix(".page") }
        var diagnostics: [Diagnostic] = []
        var pages: [(String, String)] = []
        for name in names {
            let text = (try? String(contentsOfFile: content + "/" + name, encoding: .utf8)) ?? ""
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let marker = line.range(of: "{{broken}}") {
                    let column = line.distance(from: line.startIndex, to: marker.lowerBound) + 1
                    diagnostics.append(.error("unknown tag {{broken}}", at: SourceLocation(file: "content/\(name)", line: number + 1, column: column)))
                }
            }
            let stem = String(name.dropLast(5))
            pages.append((stem == "index" ? "index.html" : "\(stem)/index.html", "<!doctype html><html><body>\(text)</body></html>"))
        }
        guard diagnostics.isEmpty else {
            return BuildReport(diagnostics: diagnostics, pageCount: 0, duration: Date().timeIntervalSince(started), siteDir: nil)
        }
        write(pages, assets: assets)
        return BuildReport(diagnostics: [], pageCount: pages.count, duration: Date().timeIntervalSince(started), siteDir: projectRoot + "/site")
    }

    func rebuild(changedPaths: [String]) -> BuildReport {
        batches.withLock { $0.append(changedPaths) }
        return buildAll()
    }

    /// Writes the pages plus `404.html` into `site.tmp`, then swaps it for `site`.
    private func write(_ pages: [(String, String)], assets: [String]) {
        let files = FileManager.default
        let staging = projectRoot + "/site.tmp", site = projectRoot + "/site", old = projectRoot + "/site.old"
        try? files.removeItem(atPath: staging)
        for (path, html) in pages + [("404.html", "<html><body>Página no encontrada</body></html>")] {
            let target = staging + "/" + path
            try? files.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? html.write(toFile: target, atomically: false, encoding: .utf8)
        }
        for asset in assets {
            let target = staging + "/" + asset
            try? files.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? files.copyItem(atPath: projectRoot + "/content/" + asset, toPath: target)
        }
        try? files.removeItem(atPath: old)
        _ = rename(site, old)
        _ = rename(staging, site)
        try? files.removeItem(atPath: old)
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
