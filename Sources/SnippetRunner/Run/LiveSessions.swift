import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The sessions of the snippets running right now, so an interrupted run (Ctrl-C, `kill`) can end
/// them: snippets run in sessions of their own, which the terminal's Ctrl-C does not reach.
public enum LiveSessions {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var sessions: Set<pid_t> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func add(_ sid: pid_t) {
        lock.lock()
        sessions.insert(sid)
        lock.unlock()
    }

    static func remove(_ sid: pid_t) {
        lock.lock()
        sessions.remove(sid)
        lock.unlock()
    }

    /// Kills every live snippet session; returns how many there were.
    @discardableResult
    static func killAll() -> Int {
        lock.lock()
        let live = sessions
        lock.unlock()
        for sid in live { SessionReaper.killSession(sid) }
        return live.count
    }

    /// Makes SIGINT, SIGTERM and SIGHUP end every running snippet, then exit with 128 + the signal.
    /// Call once, from a command-line tool, before verifying.
    public static func endSnippetsOnInterrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                killAll()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
