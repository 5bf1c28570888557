import Foundation
import Testing
@testable import SiteGen

/// Which files of the docs folder become pages and which are copied: every build starts here.
@Suite struct DocsScanTests {
    @Test func splitsPagesFromOtherFilesSortedAndSkipsHiddenOnes() {
        let fixture = SiteFixture([
            "content/index.md": "# Inicio",
            "content/guia/b.markdown": "# B",
            "content/guia/a.MD": "# A",
            "content/guia/img/diagrama.svg": "<svg/>",
            "content/.borrador.md": "# oculto",
            "content/.git/config": "x",
            "content/guia/.cache/n.md": "# oculto",
        ])
        let scan = DocsScan.scan(fixture.root + "/content")
        #expect(scan.markdownFiles == ["guia/a.MD", "guia/b.markdown", "index.md"])
        #expect(scan.otherFiles == ["guia/img/diagrama.svg"])
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let fixture = SiteFixture(["content/index.md": "# Inicio", "fuera/p.md": "# Fuera", "fuera/f.txt": "x"])
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/content/enlace", withDestinationPath: fixture.root + "/fuera")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/content/p.md", withDestinationPath: fixture.root + "/fuera/p.md")
        let scan = DocsScan.scan(fixture.root + "/content")
        #expect(scan.markdownFiles == ["index.md"])
        #expect(scan.otherFiles.isEmpty)
    }

    @Test func aMissingFolderHasNoFiles() {
        #expect(DocsScan.scan("/nonexistent/sitegen/content") == DocsScan())
    }
}

/// Rebuilds compare page fingerprints to skip unchanged pages: any edit must change it.
@Suite struct ContentFingerprintTests {
    @Test func anyOneByteEditChangesTheFingerprint() {
        let page = Array("# Hilos\n\nUn hilo es una secuencia de instrucciones.\n".utf8)
        let original = ContentFingerprint.of(page)
        #expect(ContentFingerprint.of(page) == original)
        for index in page.indices {
            var edited = page
            edited[index] ^= 0x01
            #expect(ContentFingerprint.of(edited) != original, "edit at byte \(index)")
        }
        #expect(ContentFingerprint.of(page + [0x20]) != original)
        #expect(ContentFingerprint.of(Array(page.dropLast())) != original)
        #expect(ContentFingerprint.of([]) != ContentFingerprint.of([0]))
    }
}
