import Foundation

/// A short hash naming one installed program (its path, resolved symlink, size and modification time),
/// so what it answered once (`swiftc --version`, the Python version) can be remembered until it changes.
enum ExecutableIdentity {
    /// The identity of the program at `path`, mixed with `extra` (anything else the answer depends on).
    static func of(_ path: String, extra: [String] = []) -> String {
        let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
            $0.hasPrefix("/") ? $0 : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0)
        } ?? path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.stringValue ?? "?"
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        var hasher = SHA256()
        hasher.update(field: path)
        hasher.update(field: resolved)
        hasher.update(field: size)
        hasher.update(field: "\(modified)")
        for field in extra { hasher.update(field: field) }
        return String(hasher.hexDigest().prefix(24))
    }
}
