import Testing
@testable import DevServer

@Test func DevServerLinks() {
    #expect(Bool(true))
}
