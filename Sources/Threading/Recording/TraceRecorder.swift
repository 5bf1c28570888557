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
        var line = "\(Self.padded(time)) \(lane) \(event)"
        if slot == slots - 1 {
            line = "\(Self.padded(time)) \(lane) cut \(slots - 2)"
        } else if !subject.isEmpty {
            line += " \(subject)"
            if !detail.isEmpty { line += " \(detail)" }
        }
        write(line, slot: slot)
    }

    /// Writes `text` (newlines made spaces, cut to fit) into `slot`, padded, ending in a newline.
    private func write(_ text: String, slot: Int) {
        let record = base + slot * Self.recordSize
        var count = 0
        let limit = Self.recordSize - 1
        var bytes = Array(text.utf8.prefix(limit + 1))
        if bytes.count > limit {
            bytes.removeLast(bytes.count - limit)
            while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }  // no half character
            if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
        }
        for byte in bytes {
            record[count] = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? UInt8(ascii: " ") : byte
            count += 1
        }
        while count < limit { record[count] = UInt8(ascii: " "); count += 1 }
        record[limit] = UInt8(ascii: "\n")
    }

    /// At exit (after the non-daemon threads were joined): marks a clean end. The file keeps its
    /// size, since a daemon thread may still be writing; readers stop at the first empty slot.
    private func finish() {
        append(time: Deadline.now.nanoseconds &- start, lane: currentLane(), "exit")
    }

    private static func padded(_ nanoseconds: UInt64) -> String {
        let digits = String(nanoseconds)
        return String(repeating: "0", count: max(0, 13 - digits.count)) + digits
    }
}
