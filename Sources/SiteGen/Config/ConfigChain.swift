import Foundation
import Yams

/// A config file and the files it inherits from through MkDocs' `INHERIT: base.yml`, read in the
/// order they apply: the root-most parent first, the project's own file last.
///
/// MkDocs deep-merges them (a child's keys override its parent's, mappings are merged key by key,
/// lists are replaced). sitegen gets the same result by applying each file's keys in this order
/// over the previous ones (see `ConfigKeys`), which keeps every value's own file and line for
/// diagnostics. `INHERIT` is relative to the folder of the file that names it.
struct ConfigChain {
    /// One file of the chain: its YAML tree (`!ENV` resolved) and a reader that locates its nodes.
    struct Link {
        var path: String
        var root: Node
        var reader: YAMLReader
    }

    /// Parents first, the project's file last.
    var links: [Link] = []
    /// Problems reading the files (unreadable, malformed YAML, missing or circular `INHERIT`).
    var diagnostics: [Diagnostic] = []

    /// Reads `path` and everything it inherits from; `display` turns a path into what diagnostics print.
    static func read(_ path: String, display: (String) -> String,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigChain {
        var chain = ConfigChain()
        var visited: [String] = []
        var next: (path: String, namedAt: SourceLocation?)? = (path, nil)
        while let (path, namedAt) = next {
            next = nil
            guard !visited.contains(path) else {
                chain.diagnostics.append(.error("INHERIT goes round in a circle: \((visited + [path]).map(display).joined(separator: " → "))", at: namedAt))
                break
            }
            visited.append(path)
            guard var link = chain.load(path, shownAs: display(path), namedAt: namedAt, environment: environment) else { break }
            if let inherit = link.removeInherit() {
                let parent = PathUtilities.absolute(inherit.value, relativeTo: PathUtilities.folder(of: path))
                if FileManager.default.fileExists(atPath: parent) {
                    next = (parent, inherit.location)
                } else {
                    chain.diagnostics.append(.error("INHERIT names '\(inherit.value)', which does not exist (looked for \(display(parent)))", at: inherit.location))
                }
            }
            chain.links.insert(link, at: 0)
        }
        return chain
    }

    /// Reads and composes one file; `nil` (with a diagnostic) when it cannot be used.
    private mutating func load(_ path: String, shownAs shown: String, namedAt: SourceLocation?,
                               environment: [String: String]) -> Link? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error("cannot read the config file", at: namedAt ?? SourceLocation(file: shown, line: 1)))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("the config file is not valid UTF-8", at: SourceLocation(file: shown, line: 1)))
            return nil
        }
        var reader = YAMLReader(file: shown)
        do {
            let composed = try Yams.compose(yaml: text, YAMLReader.resolver) ?? Node.mapping(Node.Mapping([]))
            let root = EnvironmentTag.resolve(composed, environment: environment, reader: &reader) ?? Node.mapping(Node.Mapping([]))
            return Link(path: path, root: root, reader: reader)
        } catch {
            diagnostics.append(YAMLErrorLocation.diagnostic(for: error, file: shown))
            return nil
        }
    }
}

extension ConfigChain.Link {
    /// Takes `INHERIT:` out of the file's top-level mapping: the path it names and where.
    mutating func removeInherit() -> (value: String, location: SourceLocation)? {
        guard case .mapping(let mapping) = root,
              let value = mapping.first(where: { $0.key.scalar?.string == "INHERIT" })?.value else { return nil }
        let kept = mapping.filter { $0.key.scalar?.string != "INHERIT" }.map { ($0.key, $0.value) }
        root = .mapping(Node.Mapping(kept, mapping.tag, mapping.style, mapping.mark))
        guard let path = reader.string(value, key: "INHERIT"), !path.isEmpty else { return nil }
        return (path, reader.location(of: value))
    }
}
