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

    /// "12 páginas, 1 aviso, 0 errores en 0.42 s → site/" (the folder relative to `displayRoot`).
    public static func summary(of report: BuildReport, displayRoot: String) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let pages = count(report.pageCount, "página", "páginas")
        let warnings = count(report.diagnostics.count(of: .warning), "aviso", "avisos")
        let errors = count(report.diagnostics.count(of: .error), "error", "errores")
        let time = String(format: "%.2f s", report.duration)
        let target = report.siteDir.map { " → " + PathUtilities.display($0, relativeTo: displayRoot) + "/" }
            ?? " (sitio anterior sin cambios)"
        return "\(pages), \(warnings), \(errors) en \(time)\(target)"
    }
}
