import Foundation
import SiteGen
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with `posix_spawn`: stdin from `/dev/null`, stdout and stderr captured (capped),
/// optionally in a session of its own, with a hard deadline after which the whole session is killed.
/// Whatever happens, every process of the session is gone when `run` returns.
///
/// Why not swift-subprocess (1.0): it starts a new session and reads stdin from `/dev/null`, but
/// - on cancellation it signals the process group, and children started with Foundation's
///   `Process` get a group of their own: only a sweep of the session (`SessionReaper`) ends them;
/// - it reaps the child itself, while the sweep must run while the leader is still a zombie, so
///   that its pid, the session's id, cannot be reused meanwhile (`waitid(…, WNOWAIT)` here);
/// - its collected output throws past a limit: we keep the first MiB to show, and for the
///   compiler go on draining;
/// - it is async-only; the runner's workers are threads calling `run` and blocking.
/// Keeping those guarantees on top of it would leave this file about as long, plus a bridge.
enum ProcessLauncher {
    /// glibc's `POSIX_SPAWN_SETSID` (not imported into Swift).
    private static let spawnSetSID: Int32 = 0x80

    /// Runs `request` to its end; throws only when the program cannot be started.
    static func run(_ request: ProcessRequest) throws -> ProcessOutcome {
        let start = DispatchTime.now()
        // Pipes are made close-on-exec under the lock, so a snippet started by another job never inherits them.
        let (outPipe, errPipe, pid) = try spawnLock.withLock { _ in
            let outPipe = makePipe()
            let errPipe = makePipe()
            do {
                return (outPipe, errPipe, try spawn(request, stdout: outPipe.write, stderr: errPipe.write))
            } catch {
                [outPipe.read, outPipe.write, errPipe.read, errPipe.write].forEach { _ = close($0) }
                throw error
            }
        }
        close(outPipe.write)
        close(errPipe.write)
        if request.newSession { LiveSessions.add(pid) }
        var capture = OutputCapture(stdoutFD: outPipe.read, stderrFD: errPipe.read, limit: request.outputLimit)
        let deadline = request.timeout.map { start.uptimeNanoseconds + UInt64($0 * 1e9) }
        var forced: ProcessOutcome.Termination?
        while true {
            if exitedLeaderStatus(pid) { break }
            if let deadline, DispatchTime.now().uptimeNanoseconds >= deadline { forced = .timedOut; break }
            let wait: Int32 = capture.isOpen ? 20 : 2
            capture.pump(timeoutMilliseconds: wait)
            if let stream = capture.overflowed, request.stopAtLimit { forced = .outputLimit(stream: stream); break }
        }
        if forced != nil { kill(pid, SIGKILL) }
        if request.newSession {
            SessionReaper.killSession(pid)
            LiveSessions.remove(pid)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        capture.drain()
        capture.close()
        let termination = forced ?? Self.termination(status)
        let duration = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return ProcessOutcome(termination: termination, stdout: capture.stdout, stderr: capture.stderr,
                              truncated: capture.truncated, duration: duration)
    }

    private static func termination(_ status: Int32) -> ProcessOutcome.Termination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    /// True once the process has ended; it stays a zombie (not reaped) so its session can be swept first.
    private static func exitedLeaderStatus(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
        return result == 0 && info._sifields._sigchld.si_pid == pid
    }

    private static let spawnLock = Mutex<Void>(())

    private static func makePipe() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    private static func spawn(_ request: ProcessRequest, stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if request.newSession { flags |= spawnSetSID }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([request.executable] + request.arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment(overriding: request.environmentOverrides).map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, request.executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw LaunchError("cannot start \(request.executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}

extension ProcessLauncher {
    /// `KEY=value` strings of this process's environment with `overrides` applied.
    static func environment(overriding overrides: [String: String]) -> [String] {
        var variables = ProcessInfo.processInfo.environment
        variables.merge(overrides) { $1 }
        return variables.map { "\($0.key)=\($0.value)" }.sorted()
    }
}

/// The runner could not start a program.
struct LaunchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
