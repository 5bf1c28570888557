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

@Test func aReloadEventListsTheChangedFilesOrNothingWhenUnknown() {
    #expect(LiveReloadEvent.reload(changed: nil).wireFormat == "event: reload\ndata: {}\n\n")
    #expect(LiveReloadEvent.reload(changed: ["guia/index.html", "assets/site.css"]).wireFormat
        == "event: reload\ndata: {\"changed\":[\"guia/index.html\",\"assets/site.css\"]}\n\n")
}

@Test func aBuildThatChangedNothingTellsNoPage() async {
    let hub = LiveReloadHub()
    let subscription = hub.subscribe()
    #expect(!hub.buildSucceeded(changedFiles: []))
    #expect(hub.buildSucceeded(changedFiles: ["index.html"]))
    hub.close()
    var received: [LiveReloadEvent] = []
    for await event in subscription.events { received.append(event) }
    #expect(received.dropFirst() == [.reload(changed: ["index.html"])])
}

@Test func afterAFailureEvenAnUnchangedBuildReloadsToClearTheOverlay() {
    let hub = LiveReloadHub()
    hub.buildFailed(["content/x.md:1:1: error: roto"])
    #expect(hub.buildSucceeded(changedFiles: []))
}
