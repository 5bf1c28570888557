import Foundation
import SiteGen

/// A compiled snippet library: the module and static library snippets link against.
struct BuiltLibrary: Sendable {
    var moduleName: String
    /// Folder with `<Module>.swiftmodule` and `lib<Module>.a`.
    var directory: String
    /// Hash of the sources and the compiler version (part of every snippet's cache key).
    var hash: String

    /// The `swiftc` flags that make `import <Module>` work.
    var compilerFlags: [String] { ["-I", directory, "-L", directory, "-l\(moduleName)"] }
}

/// Compiles `snippets.library` once into `.sitegen-cache/snippets/library/<Module>-<hash>/`, reusing a
/// previous build when the sources and the compiler are unchanged.
struct LibraryBuilder {
    var toolchain: SwiftToolchain
    /// `.sitegen-cache/snippets`.
    var cacheDirectory: String

    /// The library for `config`; `nil` (and no error) when there is no library to build.
    func build(_ config: SnippetsConfig?) -> (library: BuiltLibrary?, diagnostics: [Diagnostic]) {
        guard let config, let module = config.moduleName, !config.librarySources.isEmpty else { return (nil, []) }
        let sources = Self.swiftFiles(in: config.librarySources)
        guard !sources.isEmpty else {
            return (nil, [.error("snippets.library names no Swift sources: \(config.librarySources.joined(separator: ", "))")])
        }
        let hash = Self.hash(module: module, sources: sources, compilerVersion: toolchain.version)
        let directory = "\(cacheDirectory)/library/\(module)-\(hash.prefix(16))"
        let library = BuiltLibrary(moduleName: module, directory: directory, hash: hash)
        if FileManager.default.fileExists(atPath: "\(directory)/lib\(module).a") { return (library, []) }
        return compile(library, sources: sources)
    }

    private func compile(_ library: BuiltLibrary, sources: [String]) -> (library: BuiltLibrary?, diagnostics: [Diagnostic]) {
        let module = library.moduleName
        let staging = "\(library.directory).tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let outcome = try toolchain.compile(SwiftToolchain.commonFlags + [
                "-parse-as-library", "-module-name", module, "-emit-module",
                "-emit-module-path", "\(staging)/\(module).swiftmodule",
                "-emit-library", "-static", "-o", "\(staging)/lib\(module).a",
                "-j", "\(ProcessInfo.processInfo.activeProcessorCount)",
            ] + sources)
            guard outcome.termination == .exited(0) else {
                try? FileManager.default.removeItem(atPath: staging)
                return (nil, [.error("the snippet library \(module) does not compile:\n\(outcome.stderrText)\(outcome.stdoutText)")])
            }
            try? FileManager.default.removeItem(atPath: library.directory)
            try FileManager.default.moveItem(atPath: staging, toPath: library.directory)
            return (library, [])
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            return (nil, [.error("cannot build the snippet library \(module): \(error)")])
        }
    }

    /// Every `.swift` file under `paths` (files or folders), sorted, as absolute paths.
    static func swiftFiles(in paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                if path.hasSuffix(".swift") { files.append(path) }
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".swift") { files.append("\(path)/\(relative)") }
            }
        }
        return files.sorted()
    }

    /// Hash of the module name, each source's path and bytes, and the compiler version.
    static func hash(module: String, sources: [String], compilerVersion: String) -> String {
        var hasher = SHA256()
        hasher.update(field: compilerVersion)
        hasher.update(field: module)
        for file in sources {
            hasher.update(field: file)
            hasher.update(field: (try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
        }
        return hasher.hexDigest()
    }
}
