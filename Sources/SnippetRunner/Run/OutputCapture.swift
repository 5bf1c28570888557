#if canImport(Glibc)
import Glibc
#endif

/// Reads a child's stdout and stderr pipes without blocking, keeping at most `limit` bytes of each.
struct OutputCapture {
    private var fds: [Int32]
    private let limit: Int
    private(set) var stdout: [UInt8] = []
    private(set) var stderr: [UInt8] = []
    /// True when bytes past the limit were dropped.
    private(set) var truncated = false
    /// The first stream that went past the limit (`stdout` or `stderr`).
    private(set) var overflowed: String?
    private var open: [Bool] = [true, true]

    init(stdoutFD: Int32, stderrFD: Int32, limit: Int) {
        fds = [stdoutFD, stderrFD]
        self.limit = limit
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    /// True while one of the pipes may still deliver bytes.
    var isOpen: Bool { open[0] || open[1] }

    /// Waits up to `timeoutMilliseconds` for bytes and reads what is there; sleeps when both pipes are closed.
    mutating func pump(timeoutMilliseconds: Int32) {
        guard isOpen else {
            usleep(UInt32(timeoutMilliseconds) * 1_000)
            return
        }
        var polls = fds.indices.filter { open[$0] }.map { pollfd(fd: fds[$0], events: Int16(POLLIN), revents: 0) }
        let ready = poll(&polls, nfds_t(polls.count), timeoutMilliseconds)
        if ready > 0 { drain() }
    }

    /// Reads everything available now from both pipes.
    mutating func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        for stream in 0..<2 where open[stream] {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fds[stream], $0.baseAddress, $0.count) }
                if count > 0 {
                    keep(buffer[0..<count], stream: stream)
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    open[stream] = false
                    break
                } else {
                    break
                }
            }
        }
    }

    /// Closes both pipes.
    mutating func close() {
        for fd in fds { _ = Glibc.close(fd) }
        open = [false, false]
    }

    private mutating func keep(_ bytes: ArraySlice<UInt8>, stream: Int) {
        let current = stream == 0 ? stdout.count : stderr.count
        let room = max(0, limit - current)
        let kept = bytes.prefix(room)
        if stream == 0 { stdout += kept } else { stderr += kept }
        if kept.count < bytes.count {
            truncated = true
            if overflowed == nil { overflowed = stream == 0 ? "stdout" : "stderr" }
        }
    }
}
