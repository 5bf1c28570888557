import Foundation

/// Writes the Swift source the compiler sees for snippets, with `#sourceLocation` lines so every
/// diagnostic names the Markdown file and line, never a generated file.
enum SnippetSourceWriter {
    /// The snippet as a `main.swift` of its own: exactly what its author wrote, top-level code and all.
    static func standalone(_ snippet: Snippet) -> String {
        var out = ""
        append(snippet.compiledLines, file: snippet.location.file, to: &out)
        out += "#sourceLocation()\n"
        return out
    }

    /// The snippet in its own namespace, for a merged build: imports stay at file level, type and
    /// function declarations become members of `enum Snippet_N` (functions `static`), and the rest
    /// becomes the body of `Snippet_N.main()` (see `SnippetShape`).
    static func namespaced(_ snippet: Snippet) -> String {
        let lines = snippet.compiledLines
        let shape = SnippetShape(lines: lines.map(\.text))
        var imports: [Snippet.Line] = [], members: [Snippet.Line] = [], body: [Snippet.Line] = []
        for (index, line) in lines.enumerated() {
            if shape.importLines.contains(index) {
                imports.append(line)
            } else if shape.memberLines.contains(index) {
                members.append(shape.functionKeywords[index].map { Self.insertingStatic(into: line, at: $0) } ?? line)
            } else {
                body.append(line)
            }
        }
        var out = ""
        if !imports.isEmpty {
            append(imports, file: snippet.location.file, to: &out)
            out += "#sourceLocation()\n"
        }
        out += "enum \(snippet.namespace) {\n"
        if !members.isEmpty {
            append(members, file: snippet.location.file, to: &out)
            out += "#sourceLocation()\n"
        }
        out += "static func main() throws {\n"
        append(body, file: snippet.location.file, to: &out)
        out += "#sourceLocation()\n}\n}\n"
        return out
    }

    /// `line` with `static ` before the `func` keyword at `column`.
    private static func insertingStatic(into line: Snippet.Line, at column: Int) -> Snippet.Line {
        var characters = Array(line.text)
        guard column <= characters.count else { return line }
        characters.insert(contentsOf: "static ", at: column)
        return Snippet.Line(String(characters), fileLine: line.fileLine)
    }

    /// The `main.swift` of a merged build: runs the snippet named by the first argument.
    static func dispatcher(for snippets: [Snippet]) -> String {
        var out = "let snippetName = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : \"\"\n"
        out += "switch snippetName {\n"
        for snippet in snippets {
            out += "case \"\(snippet.namespace)\": try \(snippet.namespace).main()\n"
        }
        out += "default: fatalError(\"no snippet named '\\(snippetName)'\")\n}\n"
        return out
    }

    /// Appends `lines`, restating the Markdown position whenever it does not follow the previous line.
    private static func append(_ lines: [Snippet.Line], file: String, to out: inout String) {
        var expected: Int?
        for line in lines {
            if line.fileLine != expected {
                out += "#sourceLocation(file: \"\(escaped(file))\", line: \(line.fileLine))\n"
            }
            out += line.text + "\n"
            expected = line.fileLine + 1
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
