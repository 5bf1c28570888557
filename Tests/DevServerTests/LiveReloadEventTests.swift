import Testing
@testable import DevServer

@Test func aFailedEventKeepsMultilineErrorsOnOneDataLine() {
    let event = LiveReloadEvent.failed(["content/x.md:3:1: error: unclosed fence\n<b>", "content/y.md:1:2: error: \"bad\""])
    let lines = event.wireFormat.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines[0] == "event: failed")
    #expect(lines[1].hasPrefix("data: {\"errors\":[\"content/x.md:3:1: error: unclosed fence\\n<b>\""))
    #expect(event.wireFormat.hasSuffix("\n\n"))
}

@Test func aReloadEventIsNamedReload() {
    #expect(LiveReloadEvent.reload.wireFormat == "event: reload\ndata: {}\n\n")
}
