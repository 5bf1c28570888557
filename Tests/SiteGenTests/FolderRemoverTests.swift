import Foundation
import Testing
@testable import SiteGen

/// The old site is deleted with `FolderRemover` after each build's swap: it must delete every
/// file and folder of the old site, and nothing a symbolic link in it points to.
@Suite struct FolderRemoverTests {
    @Test func removesNestedFoldersAndFiles() {
        let fixture = SiteFixture([
            "site/index.html": "<p>inicio</p>",
            "site/a/index.html": "a",
            "site/a/b/c/index.html": "c",
            "site/assets/sitegen.css": "body{}",
        ])
        #expect(FolderRemover.remove(fixture.root + "/site"))
        #expect(!fixture.exists("site"))
    }

    @Test func removesAFolderNestedDeeperThanTheStackWouldAllowRecursion() {
        let fixture = SiteFixture()
        let deep = (0..<300).map { _ in "d" }.joined(separator: "/")
        fixture.write("site/" + deep + "/x.html", "x")
        #expect(FolderRemover.remove(fixture.root + "/site"))
        #expect(!fixture.exists("site"))
    }

    @Test func removesLinksButNeverWhatTheyPointTo() throws {
        let fixture = SiteFixture(["keep/precious.md": "no borrar", "site/index.html": "x"])
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/site/link", withDestinationPath: fixture.root + "/keep")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/alias", withDestinationPath: fixture.root + "/keep")
        #expect(FolderRemover.remove(fixture.root + "/site"))
        #expect(FolderRemover.remove(fixture.root + "/alias"))
        #expect(!fixture.exists("site"))
        #expect(fixture.read("keep/precious.md") == "no borrar")
    }

    @Test func aMissingFolderCountsAsRemoved() {
        let fixture = SiteFixture()
        #expect(FolderRemover.remove(fixture.root + "/nada"))
    }
}
