import Yams

/// Reads the `snippets:` section: `library:` (a path or list of paths relative to the config's
/// folder), `module:` (the library's module name), `timeout:` (seconds, default 10), `python:` (the
/// interpreter of `python` snippets, default `python3` on `PATH`) and `record:` (the verification
/// record's file, relative to the config's folder).
enum SnippetsConfigParser {
    static func parse(_ node: Node, projectRoot: String, reader: inout YAMLReader) -> SnippetsConfig? {
        guard let pairs = reader.mapping(node, key: "snippets") else { return nil }
        var snippets = SnippetsConfig()
        for (key, keyNode, value) in pairs {
            switch key {
            case "library":
                snippets.librarySources = libraryPaths(value, reader: &reader)
                    .map { PathUtilities.absolute($0, relativeTo: projectRoot) }
            case "module":
                if let name = reader.string(value, key: "snippets.module"), !name.isEmpty { snippets.moduleName = name }
            case "timeout":
                if let seconds = reader.integer(value, key: "snippets.timeout") {
                    if seconds > 0 { snippets.defaultTimeout = seconds } else {
                        reader.error("'snippets.timeout' must be at least 1 second", at: value)
                    }
                }
            case "python":
                if let command = reader.string(value, key: "snippets.python"), !command.isEmpty {
                    snippets.python = command.contains("/") ? PathUtilities.absolute(command, relativeTo: projectRoot) : command
                }
            case "record":
                if let path = reader.string(value, key: "snippets.record"), !path.isEmpty {
                    snippets.recordFile = PathUtilities.absolute(path, relativeTo: projectRoot)
                }
            default:
                reader.warning("unknown key 'snippets.\(key)' (ignored)", at: keyNode)
            }
        }
        return snippets
    }

    private static func libraryPaths(_ node: Node, reader: inout YAMLReader) -> [String] {
        if case .scalar(let scalar) = node { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let items = reader.sequence(node, key: "snippets.library") else { return [] }
        return items.compactMap { reader.string($0, key: "snippets.library") }
    }
}
