import Foundation
import SiteGen

/// Prints what each build did in the terminal, as `sitegen build` does: the diagnostics
/// compiler-style (`content/x.md:3:1: error: …`), then the one-line summary and what triggered it.
struct BuildConsole: Sendable {
    /// Where lines go (standard error in the CLI; tests collect or drop them).
    var write: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Reports `report` for the build caused by `changedPaths` (empty for the first build).
    func show(_ report: BuildReport, changedPaths: [String], projectRoot: String?) {
        DiagnosticPrinter().lines(for: report.diagnostics).forEach(write)
        let summary = DiagnosticPrinter.summary(of: report, displayRoot: projectRoot ?? "/")
        write(changedPaths.isEmpty ? summary : summary + " (cambios: \(Self.list(changedPaths, relativeTo: projectRoot)))")
    }

    /// Up to three paths, relative to `root`, then "y N más".
    static func list(_ paths: [String], relativeTo root: String?) -> String {
        let shown = paths.prefix(3).map { path in
            guard let root, path.hasPrefix(root + "/") else { return path }
            return String(path.dropFirst(root.count + 1))
        }
        return shown.joined(separator: ", ") + (paths.count > 3 ? " y \(paths.count - 3) más" : "")
    }
}
