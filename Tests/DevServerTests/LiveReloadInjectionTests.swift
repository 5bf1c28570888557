import Testing
@testable import DevServer

private let injection = LiveReloadInjection(scriptPath: "/lr.js")
private let tag = "<script src=\"/lr.js\" defer></script>"

@Test func theScriptGoesJustBeforeTheClosingBody() {
    let page = injection.inject(into: Array("<html><body><p>Hola</p></body></html>".utf8))
    #expect(String(decoding: page, as: UTF8.self) == "<html><body><p>Hola</p>\(tag)</body></html>")
}

@Test func theLastClosingBodyIsUsedWhateverItsCase() {
    let html = "<body><pre>&lt;/body&gt; </body> in text</pre></BODY>\n"
    let page = injection.inject(into: Array(html.utf8))
    #expect(String(decoding: page, as: UTF8.self) == "<body><pre>&lt;/body&gt; </body> in text</pre>\(tag)</BODY>\n")
}

@Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
    let page = injection.inject(into: Array("<p>fragment</p>".utf8))
    #expect(String(decoding: page, as: UTF8.self) == "<p>fragment</p>\(tag)")
}

@Test func onlyHTMLFilesAreInjected() {
    #expect(LiveReloadInjection.isHTML("/site/a/index.html"))
    #expect(LiveReloadInjection.isHTML("/site/OLD.HTM"))
    #expect(!LiveReloadInjection.isHTML("/site/search_index.json"))
    #expect(!LiveReloadInjection.isHTML("/site/html"))
}
