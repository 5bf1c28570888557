/// The top-level declarations of Python source that `include=` carries into later snippets: `import` and
/// `from … import`, `def`, `async def` and `class`, each with its decorators and its whole body. Statements
/// are cut at unindented lines outside brackets, strings and backslash continuations.
enum PythonDeclarations {
    /// Indexes of the lines of `lines` that belong to a top-level declaration.
    static func lines(of lines: [String]) -> Set<Int> {
        var result: Set<Int> = []
        var scanner = Scanner()
        var current: (start: Int, isDeclaration: Bool)?
        var decorated = false
        for (index, line) in lines.enumerated() {
            let startsStatement = !scanner.isContinuing && !line.isEmpty && !(line.first?.isWhitespace ?? true) && line.first != "#"
            if startsStatement {
                let word = firstWord(of: line)
                if word == "@" {
                    if !decorated { current = (index, true) }
                    decorated = true
                } else if decorated {
                    decorated = false   // the decorated def or class goes on the decorator's statement
                } else {
                    current = (index, ["import", "from", "def", "class", "async"].contains(word))
                }
            }
            if current?.isDeclaration == true { result.insert(index) }
            scanner.scan(line)
        }
        return result
    }

    /// `@` for a decorator, else the leading identifier (`def`, `import`, `print`…).
    private static func firstWord(of line: String) -> String {
        if line.first == "@" { return "@" }
        return String(line.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    /// Tracks brackets, strings (triple-quoted ones across lines) and backslash continuations.
    private struct Scanner {
        private var depth = 0
        private var openTriple: Character?
        private var backslash = false

        /// True when the next line continues the current statement.
        var isContinuing: Bool { depth > 0 || openTriple != nil || backslash }

        mutating func scan(_ line: String) {
            let chars = Array(line)
            var i = 0
            backslash = false
            while i < chars.count {
                let c = chars[i]
                if let quote = openTriple {
                    if c == "\\" { i += 2; continue }
                    if c == quote, i + 2 < chars.count, chars[i + 1] == quote, chars[i + 2] == quote {
                        openTriple = nil
                        i += 3
                        continue
                    }
                    i += 1
                    continue
                }
                switch c {
                case "#": return
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth = max(0, depth - 1)
                case "\\" where i == chars.count - 1: backslash = true
                case "\"", "'":
                    if i + 2 < chars.count, chars[i + 1] == c, chars[i + 2] == c {
                        openTriple = c
                        i += 3
                        continue
                    }
                    i += 1
                    while i < chars.count, chars[i] != c {
                        i += chars[i] == "\\" ? 2 : 1
                    }
                default: break
                }
                i += 1
            }
        }
    }
}
