#if canImport(Glibc)
import Glibc
#endif

/// Ends every process of a session: the snippet, its threads, and whatever it started
/// (Foundation's `Process` gives children a new process group, but they stay in the session).
///
/// Sessions are found by scanning `/proc/<pid>/stat`, so this works for orphans too. Call it while the
/// session leader is still a zombie (not yet reaped), so its pid — the session id — cannot be reused.
/// The scan reads `/proc` with plain system calls into one buffer: it runs once per snippet.
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
        guard let folder = opendir("/proc") else { return [] }
        defer { closedir(folder) }
        var members: [pid_t] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Self.number(in: $0) }
            guard let pid = name, let stat = stat(of: pid, buffer: &buffer) else { continue }
            if stat.session == sid, stat.state != "Z", stat.state != "X" { members.append(pid) }
        }
        return members
    }

    /// State letter and session id from `/proc/<pid>/stat`; `nil` when the process is gone.
    static func stat(of pid: pid_t) -> (state: Character, session: pid_t)? {
        var buffer = [UInt8](repeating: 0, count: 1024)
        return stat(of: pid, buffer: &buffer)
    }

    /// Reads `/proc/<pid>/stat` into `buffer` and takes the fields after the `)` closing the command name:
    /// state, parent, process group, session.
    private static func stat(of pid: pid_t, buffer: inout [UInt8]) -> (state: Character, session: pid_t)? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0, let close = buffer[0..<count].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = buffer[(close + 1)..<count].split(separator: UInt8(ascii: " "), maxSplits: 5)
        guard fields.count > 4, let state = fields[0].first, let session = number(in: fields[3]) else { return nil }
        return (Character(Unicode.Scalar(state)), session)
    }

    /// The decimal number spelled by `bytes` up to a NUL (a `/proc` entry name or a field); `nil` when
    /// anything else is in it.
    private static func number<Bytes: Collection<UInt8>>(in bytes: Bytes) -> pid_t? {
        var value: pid_t = 0
        var digits = 0
        for byte in bytes {
            if byte == 0 { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { return nil }
            value = value * 10 + pid_t(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
