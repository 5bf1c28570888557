import Testing
import SiteGen
@testable import DevServer

@Test func aFailedRebuildPrintsTheLocatedErrorsThenWhatTriggeredIt() {
    let lines = Mutex<[String]>([])
    let console = BuildConsole(write: { line in lines.withLock { $0.append(line) } })
    let report = BuildReport(diagnostics: [.error("unclosed code fence", at: SourceLocation(file: "content/x.md", line: 12, column: 5))],
                             pageCount: 3, duration: 0.25, siteDir: nil)
    console.show(report, changedPaths: ["/p/content/x.md"], projectRoot: "/p")
    let printed = lines.withLock { $0 }
    #expect(printed.count == 2)
    #expect(printed.first == "content/x.md:12:5: error: unclosed code fence")
    #expect(printed.last?.hasSuffix("(cambios: content/x.md)") == true)
    #expect(printed.last?.contains("1 error") == true)
}

@Test func manyChangedPathsAreShortened() {
    let paths = (1...5).map { "/p/content/\($0).md" }
    #expect(BuildConsole.list(paths, relativeTo: "/p") == "content/1.md, content/2.md, content/3.md y 2 más")
}
