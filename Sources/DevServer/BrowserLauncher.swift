import Foundation

/// Opens a URL in the user's browser for `serve --open`, when the system has a way to.
public enum BrowserLauncher {
    /// Runs `xdg-open url` (Linux) or `open url` (macOS) if found on `PATH`; does nothing otherwise.
    /// Never fails: a missing or broken opener only costs the convenience.
    public static func open(_ url: String) {
        #if os(macOS)
        let names = ["open"]
        #else
        let names = ["xdg-open"]
        #endif
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = names.flatMap { name in searchPath.split(separator: ":").map { "\($0)/\(name)" } }
        guard let opener = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
