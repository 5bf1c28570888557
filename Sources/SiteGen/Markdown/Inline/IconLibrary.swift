import Foundation
import Synchronization

/// The icons and emoji a Material project names as `:material-apple:` or `:smile:`, read from data
/// the user already has: the `.icons` folders of `theme.custom_dir` and `pymdownx.emoji`'s
/// `custom_icons`, the icon set of an installed `mkdocs-material`, and pymdownx's Twemoji index.
/// Nothing is fetched. Shared by every page of a build (thread-safe; each lookup is cached).
final class IconLibrary: Sendable {
    /// Where icons and the emoji index are looked up; found on the first lookup, as finding an
    /// installed Material may start a `python3` (a build that names no icon pays nothing).
    private struct Sources: Sendable {
        /// Folders holding `material/`, `fontawesome/brands/`… with `.svg` files, searched in order.
        var iconFolders: [String]
        /// The Python package folder of pymdownx (for `twemoji_db.py`), if found.
        var pymdownxFolder: String?
    }

    private let sources: Mutex<Sources?>
    private let extraFolders: [String]
    private let icons = Mutex<[String: String?]>([:])
    private let emoji: Mutex<EmojiIndex?> = Mutex(nil)

    /// A library over exactly these folders (tests, or a caller that found them).
    init(iconFolders: [String], pymdownxFolder: String?) {
        sources = Mutex(Sources(iconFolders: iconFolders, pymdownxFolder: pymdownxFolder))
        extraFolders = []
    }

    private init(extraFolders: [String]) {
        sources = Mutex(nil)
        self.extraFolders = extraFolders
    }

    /// The library for a project: `extraFolders` first (custom_dir/.icons, custom_icons), then
    /// what an installed Material provides, looked up when the first icon is asked for.
    static func discover(extraFolders: [String]) -> IconLibrary {
        IconLibrary(extraFolders: extraFolders)
    }

    private var resolved: Sources {
        sources.withLock { found in
            if let found { return found }
            let packages = PythonPackages.shared
            var folders = extraFolders.filter { FileManager.default.fileExists(atPath: $0) }
            if let material = packages.folder(of: "material") { folders.append(material + "/templates/.icons") }
            let made = Sources(iconFolders: folders, pymdownxFolder: packages.folder(of: "pymdownx"))
            found = made
            return made
        }
    }

    /// Folders searched for icons, in order.
    var iconFolders: [String] { resolved.iconFolders }
    /// The pymdownx package folder, if an installed one was found.
    var pymdownxFolder: String? { resolved.pymdownxFolder }

    /// The inline SVG of icon `name` (`material-apple`), or nil when no folder has it.
    func svg(named name: String) -> String? {
        if let cached = icons.withLock({ $0[name] }) { return cached }
        let found = locate(name).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        icons.withLock { $0[name] = .some(found) }
        return found
    }

    /// `material-apple` → `material/apple.svg`; `fontawesome-brands-github` → `fontawesome/brands/github.svg`.
    private func locate(_ name: String) -> String? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        for folder in iconFolders {
            for split in 1..<min(parts.count, 3) {
                let path = folder + "/" + parts[..<split].joined(separator: "/") + "/" + parts[split...].joined(separator: "-") + ".svg"
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The Twemoji version of the loaded index, without its `v` (`16.0.1`).
    var emojiIndexVersion: String {
        let version = withEmojiIndex(\.version)
        return version.hasPrefix("v") ? String(version.dropFirst()) : version
    }

    /// The emoji for shortcode `name` (`smile`), from pymdownx's Twemoji index.
    func emoji(named name: String) -> EmojiIndex.Entry? {
        withEmojiIndex { $0.entries[name] }
    }

    /// Reads the index, loading it on first use.
    private func withEmojiIndex<T>(_ read: (EmojiIndex) -> T) -> T {
        emoji.withLock { index in
            let loaded = index ?? EmojiIndex.load(pymdownxFolder: pymdownxFolder)
            index = loaded
            return read(loaded)
        }
    }
}

/// pymdownx's `twemoji_db.py`, read as data: shortcode → Unicode code points.
struct EmojiIndex: Sendable {
    struct Entry: Sendable {
        /// Code points as hex, joined by `-` (`1f604`), the image's file name.
        var unicode: String
        var characters: String
    }

    var version: String
    var entries: [String: Entry]

    static func load(pymdownxFolder: String?) -> EmojiIndex {
        guard let folder = pymdownxFolder,
              let text = try? String(contentsOfFile: folder + "/twemoji_db.py", encoding: .utf8) else {
            return EmojiIndex(version: "", entries: [:])
        }
        var version = ""
        var entries: [String: Entry] = [:]
        var currentName: String?
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("version = \"") { version = String(trimmed.dropFirst(11).dropLast()) }
            if trimmed.hasPrefix("\":"), trimmed.hasSuffix(": {") {
                currentName = String(trimmed.dropFirst(2).dropLast(5))
            } else if trimmed.hasPrefix("\"unicode\": \""), let name = currentName {
                let code = trimmed.dropFirst(12).prefix(while: { $0 != "\"" })
                let scalars = code.split(separator: "-").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
                entries[name] = Entry(unicode: String(code), characters: String(String.UnicodeScalarView(scalars)))
            }
        }
        return EmojiIndex(version: version, entries: entries)
    }
}
