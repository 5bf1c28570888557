import Foundation

/// Reports which document was being rendered when the process dies (crash signal) or hangs
/// (SIGALRM from the per-document bound), using only async-signal-safe calls in the handler.
enum FatalReport {
    /// The message the handler writes, prepared before each document.
    nonisolated(unsafe) private static var message = [CChar](repeating: 0, count: 160)

    static func install() {
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGALRM] {
            signal(signalNumber) { received in
                FatalReport.message.withUnsafeBufferPointer { buffer in
                    _ = write(2, buffer.baseAddress, strlen(buffer.baseAddress!))
                }
                let kind: StaticString = received == SIGALRM ? " HANG (time bound exceeded)\n" : " CRASH (signal)\n"
                _ = write(2, kind.utf8Start, kind.utf8CodeUnitCount)
                _exit(received == SIGALRM ? 3 : 4)
            }
        }
    }

    /// Records the document about to be rendered.
    static func current(index: Int, seed: UInt64) {
        let text = "MarkdownFuzz: document \(index) of seed \(seed) (reproduce with --seed \(seed) --dump \(index)):"
        message.withUnsafeMutableBufferPointer { buffer in
            let bytes = Array(text.utf8.prefix(buffer.count - 1))
            for (offset, byte) in bytes.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
            buffer[bytes.count] = 0
        }
    }

    static func fail(_ text: String) -> Never {
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(2)
    }
}
