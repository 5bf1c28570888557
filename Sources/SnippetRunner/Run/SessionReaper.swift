import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ends every process of a session: the snippet, its threads, and whatever it started
/// (Foundation's `Process` gives children a new process group, but they stay in the session).
///
/// Sessions are found by scanning `/proc/<pid>/stat`, so this works for orphans too. Call it while the
/// session leader is still a zombie (not yet reaped), so its pid — the session id — cannot be reused.
enum SessionReaper {
    /// Sends `SIGKILL` to every live process in session `sid`, repeating until none is left
    /// (a process may fork while the sweep runs).
    static func killSession(_ sid: pid_t) {
        for _ in 0..<50 {
            let members = liveMembers(of: sid)
            if members.isEmpty { return }
            for pid in members { kill(pid, SIGKILL) }
            usleep(1_000)
        }
    }

    /// Pids of the processes in session `sid` that are not zombies.
    static func liveMembers(of sid: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let stat = Self.stat(of: pid) else { return nil }
            return stat.session == sid && stat.state != "Z" && stat.state != "X" ? pid : nil
        }
    }

    /// State letter and session id from `/proc/<pid>/stat` (fields after the `)` closing the command name).
    static func stat(of pid: pid_t) -> (state: Character, session: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 3, let state = fields[0].first, let session = pid_t(fields[3]) else { return nil }
        return (state, session)
    }
}
