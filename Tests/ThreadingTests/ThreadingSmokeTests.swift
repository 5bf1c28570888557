import Testing
@testable import Threading

@Test func ThreadingLinks() {
    #expect(Bool(true))
}
