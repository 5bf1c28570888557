import Testing
import Threading

/// What a reader sees on stderr when a thread's work fails (CPython's test_threading excepthook tests).
@Suite struct ThreadFailureReportTests {
    @Test func defaultExcepthookPrintsThePythonStyleReport() async throws {
        let result = try await #require(processExitsWith: .success, observing: [\.standardErrorContent]) {
            struct DiskFull: Error, CustomStringConvertible {
                var description: String { "sin espacio" }
            }
            let thread = Thread(name: "escritor") { throw DiskFull() }
            thread.start()
            thread.join()
        }
        let stderr = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(stderr.contains("Exception in thread escritor:\nDiskFull: sin espacio\n"))
    }

    /// Not swallowed: the process stops with Swift's message. (Outside tests, Swift's backtracer
    /// also names the thread: `Thread 1 "trabajador" crashed:`; it is off in exit tests.)
    @Test func aTrapInAThreadStopsTheProcessWithItsMessage() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let thread = Thread(name: "trabajador") {
                let empty: [Int] = []
                _ = empty[empty.count]
            }
            thread.start()
            thread.join()
        }
        let stderr = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(stderr.contains("Fatal error: Index out of range"))
    }
}
