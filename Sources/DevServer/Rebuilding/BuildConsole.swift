import Foundation
import SiteGen

/// Prints what builds did in the terminal: one line per build, then its diagnostics, compiler-style.
struct BuildConsole: Sendable {
    /// Where lines go (standard error in the CLI; tests collect them).
    var write: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Reports `report` for the build caused by `changedPaths` (empty for the first build).
    func show(_ report: BuildReport, changedPaths: [String], projectRoot: String?) {
        for diagnostic in report.diagnostics { write(diagnostic.description) }
        let milliseconds = Int((report.duration * 1000).rounded())
        let cause = changedPaths.isEmpty ? "" : " after changes to " + Self.summary(of: changedPaths, relativeTo: projectRoot)
        if report.succeeded {
            write("sitegen: built \(report.pageCount) pages in \(milliseconds) ms\(cause)")
        } else {
            let errors = report.diagnostics.count(of: .error)
            write("sitegen: build failed with \(errors) error\(errors == 1 ? "" : "s")\(cause); still serving the previous site")
        }
    }

    private static func summary(of paths: [String], relativeTo root: String?) -> String {
        let shown = paths.prefix(3).map { path in
            guard let root, path.hasPrefix(root + "/") else { return path }
            return String(path.dropFirst(root.count + 1))
        }
        return shown.joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
    }
}
