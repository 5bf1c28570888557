import Foundation

/// The `swiftc` that compiles snippets, and its version (part of every cache key).
struct SwiftToolchain: Sendable {
    /// Absolute path of `swiftc`.
    var swiftc: String
    /// The first line of `swiftc --version`.
    var version: String

    /// Finds `swiftc` (`$SWIFTC`, then `PATH`, then /opt/swift) and asks its version, or reads it from
    /// `cacheDirectory` when the same compiler binary (path, size, modification time) answered before:
    /// `swiftc --version` costs most of a warm run on a busy machine.
    static func locate(cacheDirectory: String? = nil) throws -> SwiftToolchain {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let explicit = environment["SWIFTC"] { candidates.append(explicit) }
        for folder in (environment["PATH"] ?? "").split(separator: ":") { candidates.append("\(folder)/swiftc") }
        candidates.append("/opt/swift/usr/bin/swiftc")
        guard let swiftc = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw LaunchError("no swiftc found (set SWIFTC or put the toolchain on PATH)")
        }
        let remembered = cacheDirectory.map { "\($0)/toolchain-\(ExecutableIdentity.of(swiftc))" }
        if let remembered, let data = FileManager.default.contents(atPath: remembered), !data.isEmpty {
            return SwiftToolchain(swiftc: swiftc, version: String(decoding: data, as: UTF8.self))
        }
        let outcome = try ProcessLauncher.run(ProcessRequest(executable: swiftc, arguments: ["--version"], timeout: 60, newSession: false))
        let version = outcome.stdoutText.split(separator: "\n").first.map(String.init) ?? outcome.stderrText
        if let remembered, outcome.termination == .exited(0) {
            try? FileManager.default.createDirectory(atPath: (remembered as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? Data(version.utf8).write(to: URL(fileURLWithPath: remembered), options: .atomic)
        }
        return SwiftToolchain(swiftc: swiftc, version: version)
    }

    /// The compiler as the "verificado" badge names it: `Swift 6.3.1` for
    /// `Swift version 6.3.1 (swift-6.3.1-RELEASE)`; other text as it is.
    var displayName: String {
        let words = version.split(separator: " ")
        if let at = words.firstIndex(of: "version"), at > 0, at + 1 < words.count {
            return "\(words[at - 1]) \(words[at + 1])"
        }
        return version.trimmingCharacters(in: .whitespaces)
    }

    /// Runs `swiftc` with `arguments`; the outcome holds its diagnostics.
    func compile(_ arguments: [String]) throws -> ProcessOutcome {
        try ProcessLauncher.run(ProcessRequest(executable: swiftc, arguments: arguments, timeout: 900,
                                               outputLimit: 4 << 20, stopAtLimit: false, newSession: false))
    }

    /// Flags every snippet build uses: Swift 6 mode, compact diagnostics, no warnings (they are not the reader's).
    static let commonFlags = ["-swift-version", "6", "-diagnostic-style", "llvm", "-suppress-warnings", "-Onone"]
}
