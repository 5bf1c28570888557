/// Thrown by ``Queue/get(block:timeout:)`` and ``Queue/getNowait()`` when no item is available
/// (Python's `queue.Empty`).
///
///     do { let item = try queue.getNowait() } catch is Empty { print("nada") }
public struct Empty: Error, Equatable, CustomStringConvertible {
    /// Creates the error (thrown by the library; create one yourself in tests).
    public init() {}
    /// The Python exception name, as printed in reports.
    public var description: String { "Empty" }
}

/// Thrown by ``Queue/put(_:block:timeout:)`` and ``Queue/putNowait(_:)`` when a bounded queue has no
/// free slot (Python's `queue.Full`).
///
///     do { try queue.putNowait(1) } catch is Full { print("llena") }
public struct Full: Error, Equatable, CustomStringConvertible {
    /// Creates the error (thrown by the library; create one yourself in tests).
    public init() {}
    /// The Python exception name, as printed in reports.
    public var description: String { "Full" }
}

/// Thrown when a timed wait on a future (``Future/result(timeout:)``, ``asCompleted(_:timeout:)``,
/// ``ThreadPoolExecutor/map(_:_:timeout:bufferSize:)``) runs out of time (Python's `TimeoutError`).
///
///     do { _ = try future.result(timeout: 0.5) } catch is TimeoutError { print("tarde") }
public struct TimeoutError: Error, Equatable, CustomStringConvertible {
    /// What timed out, e.g. "1 (of 3) futures unfinished".
    public var message: String
    /// Creates the error, optionally saying what timed out.
    @inlinable public init(_ message: String = "") { self.message = message }
    /// The Python exception name, as printed in reports.
    public var description: String { message.isEmpty ? "TimeoutError" : "TimeoutError: \(message)" }
}

/// Thrown by ``Future/result()`` when the future was cancelled before it ran
/// (Python's `concurrent.futures.CancelledError`).
///
///     if future.cancel() { do { _ = try future.result() } catch is CancelledError { print("cancelada") } }
public struct CancelledError: Error, Equatable, CustomStringConvertible {
    /// Creates the error (thrown by the library; create one yourself in tests).
    @inlinable public init() {}
    /// The Python exception name, as printed in reports.
    public var description: String { "CancelledError" }
}

/// Stops a programmer error (a misuse Python reports with `RuntimeError` or `ValueError`)
/// with Python's message, e.g. "threads can only be started once".
///
/// These are bugs in the calling program, not conditions to handle, so they trap like an
/// out-of-bounds index instead of making every call site `try`.
@usableFromInline
func programmerError(_ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError(message, file: file, line: line)
}
