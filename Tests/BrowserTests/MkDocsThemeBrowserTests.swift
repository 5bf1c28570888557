import Foundation
import Testing

/// An `mkdocs.yml` project's theme settings, seen in a real browser: the palette colours the
/// header, the logo loads, the favicon is linked, `extra_javascript` runs (issue 12).
@Suite("MkDocs theme settings in headless Chromium", .serialized,
       .enabled(if: HeadlessChromium.isAvailable, "chromium is not installed: run scripts/setup (CI installs it)"))
struct MkDocsThemeBrowserTests {
    /// Writes a small MkDocs project whose `extra_javascript` reports what the page looks like.
    private func project() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-mkdocs-\(UUID().uuidString)").path
        let files = [
            "mkdocs.yml": """
                site_name: Paleta
                theme:
                  name: material
                  logo: img/logo.svg
                  favicon: img/favicon.svg
                  palette:
                    primary: red
                extra_javascript:
                  - js/probe.js
                markdown_extensions:
                  - admonition
                """,
            "docs/index.md": "# Hola\n\n!!! tip\n    Texto.\n",
            "docs/img/logo.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><rect width="24" height="24"/></svg>"#,
            "docs/img/favicon.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>"#,
            "docs/js/probe.js": """
                window.addEventListener('load', function () {
                  var header = document.querySelector('header');
                  var logo = document.querySelector('header img');
                  var icon = document.querySelector('link[rel~="icon"]');
                  document.body.setAttribute('data-probe', [
                    getComputedStyle(header).backgroundColor,
                    logo && logo.complete && logo.naturalWidth > 0 ? 'logo-loaded' : 'no-logo',
                    icon ? icon.getAttribute('href') : 'no-favicon'
                  ].join('|'));
                });
                """,
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func paletteLogoFaviconAndExtraJavaScript() throws {
        let site = try BuiltSite(projectRoot: try project())
        let browser = try HeadlessChromium()
        defer { browser.removeProfile() }
        let dom = try browser.dom(of: site.url("index.html"))
        // Material's red primary (#ef5552) on the header, the logo decoded, the favicon linked.
        #expect(dom.contains(#"data-probe="rgb(239, 85, 82)|logo-loaded|img/favicon.svg""#))
        #expect(dom.contains(#"<html lang="en""#))
        #expect(dom.contains(#"<p class="admonition-title">Tip</p>"#))
    }
}
