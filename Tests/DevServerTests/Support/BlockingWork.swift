import Foundation

/// Runs blocking socket work on a thread of its own and awaits the result.
///
/// Neither the cooperative pool nor Dispatch's global queues (as wide as the cores on Linux)
/// may be blocked while many tests run in parallel: each blocking call gets a fresh thread.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
