import Foundation

/// Debian's `chromium` in headless mode: loads a page, lets its scripts run, returns the DOM.
struct HeadlessChromium {
    /// The browser's path, or nil when it is not installed (the browser tests are then skipped).
    static let executable: String? = {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { executable != nil }

    /// A profile folder kept across loads, so `localStorage` carries from one page to the next.
    var profile: URL

    init() throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    }

    /// The serialized DOM of `url` after its scripts ran (`--dump-dom`), with `extraArguments`
    /// (`--blink-settings=preferredColorScheme=0` for a dark system theme).
    func dom(of url: String, extraArguments: [String] = []) throws -> String {
        try run(["--dump-dom"] + extraArguments + [url])
    }

    /// Writes a PNG of `url` at `width`×`height` (the screenshots script uses the same flags).
    func screenshot(of url: String, to path: String, width: Int, height: Int, extraArguments: [String] = []) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(path)"] + extraArguments + [url])
    }

    private func run(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw BrowserError.notInstalled }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationReason == .exit else { throw BrowserError.timedOut(arguments.last ?? "") }
        return String(decoding: data, as: UTF8.self)
    }

    func removeProfile() {
        try? FileManager.default.removeItem(at: profile)
    }
}

enum BrowserError: Error {
    case notInstalled
    case timedOut(String)
}
