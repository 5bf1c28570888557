#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Records what the threads of this program do, for the timelines `sitegen verify-snippets` draws.
/// Off unless the environment variable `SITEGEN_THREAD_TRACE` names a file to write.
///
/// The file is mapped into memory (`mmap`, shared) and every event is written straight into it,
/// so what was recorded survives a crash or a kill at the timeout: the kernel keeps the pages.
/// It holds at most ``capacity`` events; the slot after the last one says `cut` and later events
/// are dropped. A clean exit appends `exit`; slots never written stay zero bytes.
///
/// The format (one event per line, documented in `Sources/Threading/Recording/README.md`): a
/// header line, then fixed-width lines of `NANOSECONDS LANE EVENT [SUBJECT [DETAIL]]`, padded with
/// spaces to ``recordSize`` bytes. Lane 0 is the main thread; `thread LANE NAME` names a lane.
final class TraceRecorder: @unchecked Sendable {
    /// The environment variable naming the trace file.
    static let environmentVariable = "SITEGEN_THREAD_TRACE"
    /// Bytes per line, newline included.
    static let recordSize = 96
    /// Events kept before the cut.
    static let capacity = 100_000

    /// The recorder of this run, or `nil` when recording is off (decided once).
    static let shared: TraceRecorder? = {
        guard let path = getenv(environmentVariable).map({ String(cString: $0) }), !path.isEmpty else { return nil }
        return TraceRecorder(path: path, capacity: capacity)
    }()

    /// Decides whether this run records (on the first recording point reached); returns the recorder.
    @discardableResult
    static func resolve() -> TraceRecorder? {
        let recorder = shared
        traceSwitch = recorder == nil ? 1 : 2
        return recorder
    }

    private let base: UnsafeMutablePointer<UInt8>
    private let slots: Int
    private let start: UInt64
    /// The next slot to fill (slot 0 is the header).
    private let nextSlot = Atomic<Int>(1)
    /// The next lane number for a thread (0 is the main thread).
    private let nextLane = Atomic<Int>(1)

    /// Maps a file of `capacity` events at `path`; `nil` if the file cannot be made.
    init?(path: String, capacity: Int) {
        slots = capacity + 2  // header + events + the cut line
        let bytes = slots * Self.recordSize
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }  // the mapping stays valid without it
        guard ftruncate(descriptor, off_t(bytes)) == 0,
              let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0),
              mapped != MAP_FAILED
        else { return nil }
        base = mapped.assumingMemoryBound(to: UInt8.self)
        start = Deadline.now.nanoseconds
        write("sitegen-thread-trace 1 capacity=\(capacity)", slot: 0)
        append(time: 0, lane: 0, "thread", "MainThread")
        atexit { TraceRecorder.shared?.finish() }
    }

    // MARK: Recording

    /// Records an event of the calling thread.
    func record(_ event: StaticString, _ subject: String = "", _ detail: String = "") {
        let lane = currentLane()
        append(time: Deadline.now.nanoseconds &- start, lane: lane, event, subject, detail)
    }

    /// A new lane for a thread that just started; names it in the trace.
    func newLane(named name: String) -> Int {
        let lane = nextLane.wrappingAdd(1, ordering: .relaxed).oldValue
        append(time: Deadline.now.nanoseconds &- start, lane: lane, "thread", name)
        return lane
    }

    /// Names `lane` again (a thread renamed while it runs).
    func rename(lane: Int, to name: String) {
        append(time: Deadline.now.nanoseconds &- start, lane: lane, "thread", name)
    }

    /// The lane of the calling thread: its ``Thread``'s, 0 for the main thread.
    private func currentLane() -> Int {
        if let thread = CurrentThreadSlot.get() { return thread.lifecycle.traceLane(self) }
        if Foundation.Thread.isMainThread { return 0 }
        return Thread.current.lifecycle.traceLane(self)
    }

    private func append(time: UInt64, lane: Int, _ event: StaticString, _ subject: String = "", _ detail: String = "") {
        let slot = nextSlot.wrappingAdd(1, ordering: .relaxed).oldValue
        guard slot < slots else { return }
        var line = RecordWriter(base + slot * Self.recordSize, size: Self.recordSize)
        line.digits(time, width: 13)
        line.space()
        line.digits(UInt64(lane), width: 1)
        line.space()
        if slot == slots - 1 {
            line.text("cut ")
            line.digits(UInt64(slots - 2), width: 1)
        } else {
            line.bytes(event)
            if !subject.isEmpty {
                line.space()
                line.text(subject)
                if !detail.isEmpty {
                    line.space()
                    line.text(detail)
                }
            }
        }
        line.finish()
    }

    /// Writes `text` (newlines made spaces, cut to fit) into `slot`, padded, ending in a newline.
    private func write(_ text: String, slot: Int) {
        var line = RecordWriter(base + slot * Self.recordSize, size: Self.recordSize)
        line.text(text)
        line.finish()
    }

    /// At exit (after the non-daemon threads were joined): marks a clean end. The file keeps its
    /// size, since a daemon thread may still be writing; readers stop at the first empty slot.
    private func finish() {
        append(time: Deadline.now.nanoseconds &- start, lane: currentLane(), "exit")
    }

}

/// Fills one fixed-width line of the mapped file in place, without building strings: text cut to
/// fit (never in the middle of a character), newlines made spaces, padded with spaces, then `\n`.
private struct RecordWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private let limit: Int
    private var count = 0

    init(_ start: UnsafeMutablePointer<UInt8>, size: Int) {
        self.start = start
        limit = size - 1
    }

    mutating func space() { byte(UInt8(ascii: " ")) }

    /// `value` in decimal, zero-padded to `width` digits.
    mutating func digits(_ value: UInt64, width: Int) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        withUnsafeMutableBytes(of: &buffer) { scratch in
            var n = value
            var used = 0
            repeat {
                scratch[23 - used] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                used += 1
            } while n > 0 || used < width
            for index in (24 - used)..<24 { byte(scratch[index]) }
        }
    }

    mutating func bytes(_ text: StaticString) {
        text.withUTF8Buffer { for b in $0 { byte(b) } }
    }

    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var end = min(utf8.count, limit - count)
            if end < utf8.count { while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 } }  // no half character
            for b in utf8[..<end] { byte(b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") ? UInt8(ascii: " ") : b) }
        }
    }

    private mutating func byte(_ value: UInt8) {
        guard count < limit else { return }
        start[count] = value
        count += 1
    }

    /// Pads the line and ends it.
    mutating func finish() {
        while count < limit { start[count] = UInt8(ascii: " "); count += 1 }
        start[limit] = UInt8(ascii: "\n")
    }
}
