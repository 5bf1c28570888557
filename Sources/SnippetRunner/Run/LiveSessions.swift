import Foundation
import SiteGen
#if canImport(Glibc)
import Glibc
#endif

/// The sessions of the snippets running right now, so an interrupted run (Ctrl-C, `kill`) can end
/// them: snippets run in sessions of their own, which the terminal's Ctrl-C does not reach.
public enum LiveSessions {
    /// The live sessions, and the signal handlers once installed.
    private static let state = Mutex<(sessions: Set<pid_t>, handlers: [any DispatchSourceSignal])>(([], []))

    static func add(_ sid: pid_t) {
        state.withLock { _ = $0.sessions.insert(sid) }
    }

    static func remove(_ sid: pid_t) {
        state.withLock { _ = $0.sessions.remove(sid) }
    }

    /// Kills every live snippet session; returns how many there were.
    @discardableResult
    static func killAll() -> Int {
        let live = state.withLock { $0.sessions }
        for sid in live { SessionReaper.killSession(sid) }
        return live.count
    }

    /// Makes SIGINT, SIGTERM and SIGHUP end every running snippet, then exit with 128 + the signal.
    /// Call once, from a command-line tool, before verifying.
    public static func endSnippetsOnInterrupt() {
        state.withLock { state in
            guard state.handlers.isEmpty else { return }
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    killAll()
                    exit(128 + signalNumber)
                }
                source.resume()
                state.handlers.append(source)
            }
        }
    }
}
