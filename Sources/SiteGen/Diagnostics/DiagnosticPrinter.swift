import Foundation

/// Prints diagnostics compiler-style (`content/x.md:12:5: error: …`) and the one-line build
/// summary; shared by `build`, `serve` and `verify-snippets`.
public struct DiagnosticPrinter: Sendable {
    /// `--quiet`: only errors are printed.
    public var quiet: Bool

    public init(quiet: Bool = false) {
        self.quiet = quiet
    }

    /// The lines `print(_:)` writes for `diagnostics`, in order.
    public func lines(for diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { !quiet || $0.severity == .error }.map(\.description)
    }

    /// Writes `diagnostics` to standard error.
    public func print(_ diagnostics: [Diagnostic]) {
        let text = lines(for: diagnostics).map { $0 + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// "12 páginas, 1 aviso, 0 errores en 0.42 s → site/" (the folder relative to `displayRoot`),
    /// in the site's language: "12 pages, 1 warning, 0 errors in 0.42 s → site/" for an English one.
    public static func summary(of report: BuildReport, displayRoot: String) -> String {
        let spanish = report.language.lowercased().hasPrefix("es")
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let pages = spanish ? count(report.pageCount, "página", "páginas") : count(report.pageCount, "page", "pages")
        let warningCount = report.diagnostics.count(of: .warning), errorCount = report.diagnostics.count(of: .error)
        let warnings = spanish ? count(warningCount, "aviso", "avisos") : count(warningCount, "warning", "warnings")
        let errors = spanish ? count(errorCount, "error", "errores") : count(errorCount, "error", "errors")
        let time = String(format: "%.2f s", report.duration)
        let target = report.siteDir.map { " → " + PathUtilities.display($0, relativeTo: displayRoot) + "/" }
            ?? (spanish ? " (sitio anterior sin cambios)" : " (previous site unchanged)")
        return "\(pages), \(warnings), \(errors) \(spanish ? "en" : "in") \(time)\(target)"
    }
}
