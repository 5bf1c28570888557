import Testing
@testable import DevServer

@Suite("--dev-addr")
struct DevAddressTests {
    @Test func hostAndPort() {
        #expect(DevAddress("0.0.0.0:9000") == DevAddress(host: "0.0.0.0", port: 9000))
        #expect(DevAddress("localhost:8001") == DevAddress(host: "localhost", port: 8001))
    }

    @Test func bracketedIPv6AndAnEmptyHost() {
        #expect(DevAddress("[::1]:8000") == DevAddress(host: "::1", port: 8000))
        #expect(DevAddress(":8080") == DevAddress(host: "127.0.0.1", port: 8080))
    }

    @Test func noPortOrABadOneIsRefused() {
        #expect(DevAddress("localhost") == nil)
        #expect(DevAddress("localhost:http") == nil)
        #expect(DevAddress("localhost:70000") == nil)
    }
}
