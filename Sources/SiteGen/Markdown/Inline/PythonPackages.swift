import Foundation
import Synchronization

/// Finds installed Python packages (Material's icons, pymdownx's emoji index) without importing
/// them: the usual site-packages folders first, then one `python3` run that asks. Asked once per process.
final class PythonPackages: Sendable {
    static let shared = PythonPackages()
    private let found = Mutex<[String: String?]>([:])

    /// The folder of package `name` (`material`), or nil.
    func folder(of name: String) -> String? {
        if let known = found.withLock({ $0[name] }) { return known }
        let folder = searchSitePackages(for: name) ?? askPython(for: name)
        found.withLock { $0[name] = .some(folder) }
        return folder
    }

    private func searchSitePackages(for name: String) -> String? {
        var roots: [String] = []
        let environment = ProcessInfo.processInfo.environment
        if let venv = environment["VIRTUAL_ENV"] { roots.append(venv + "/lib") }
        roots += [FileManager.default.currentDirectoryPath + "/.venv/lib", FileManager.default.currentDirectoryPath + "/venv/lib",
                  "/usr/local/lib", "/usr/lib", NSHomeDirectory() + "/.local/lib"]
        for root in roots {
            guard let pythons = try? FileManager.default.contentsOfDirectory(atPath: root) else { continue }
            for python in pythons.sorted().reversed() where python.hasPrefix("python3") {
                for packages in ["site-packages", "dist-packages"] {
                    let path = "\(root)/\(python)/\(packages)/\(name)"
                    if FileManager.default.fileExists(atPath: path + "/__init__.py") { return path }
                }
            }
        }
        return nil
    }

    private func askPython(for name: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import importlib.util as u, os; s = u.find_spec('\(name)'); print(os.path.dirname(s.origin) if s and s.origin else '')"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !path.isEmpty ? path : nil
    }
}
