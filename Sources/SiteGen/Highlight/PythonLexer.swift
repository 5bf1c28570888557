/// Highlights Python 3: keywords, strings (prefixes, triple quotes, f-strings as a whole), numbers,
/// comments, decorators, the names a `def` or `class` declares, and the common built-ins.
enum PythonLexer {
    static let keywords: Set<String> = [
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
        "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
    ]
    static let literals: Set<String> = ["True", "False", "None"]
    static let builtins: Set<String> = [
        "print", "len", "range", "enumerate", "zip", "map", "filter", "sorted", "reversed", "sum", "min", "max",
        "abs", "all", "any", "isinstance", "issubclass", "type", "super", "object", "int", "float", "str", "bytes",
        "bool", "list", "dict", "set", "tuple", "frozenset", "open", "input", "iter", "next", "repr", "hash", "id",
        "getattr", "setattr", "hasattr", "callable", "round", "divmod", "format", "vars", "dir", "self", "cls",
        "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "StopIteration",
        "NotImplementedError", "TimeoutError", "OSError", "AttributeError",
    ]
    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt"]

    static func highlight(_ code: String) -> String {
        var scanner = ScalarScanner(code)
        var declaring: TokenClass?  // set after `def` / `class`: the next name is declared
        while let scalar = scanner.peek() {
            let start = scanner.position
            if scalar == "#" {
                scanner.advanceToEndOfLine()
                scanner.mark(from: start, as: .comment)
            } else if scalar == "\"" || scalar == "'" {
                scanString(&scanner)
                scanner.mark(from: start, as: .string)
            } else if scalar.isDigit || (scalar == "." && scanner.peek(1)?.isDigit == true) {
                scanner.advance(while: { $0.isIdentifierContinue || $0 == "." })
                scanner.mark(from: start, as: .number)
            } else if scalar == "@", scanner.peek(1)?.isIdentifierStart == true, isAtLineStart(scanner) {
                scanner.advance()
                scanner.advance(while: { $0.isIdentifierContinue || $0 == "." })
                scanner.mark(from: start, as: .attribute)
            } else if scalar.isIdentifierStart {
                scanner.advance(while: \.isIdentifierContinue)
                if let quote = scanner.peek(), quote == "\"" || quote == "'", scanner.position - start <= 2,
                   stringPrefixes.contains(scanner.text(from: start).lowercased()) {
                    scanString(&scanner)
                    scanner.mark(from: start, as: .string)
                } else if let declared = declaring {
                    scanner.mark(from: start, as: declared)
                    declaring = nil
                } else {
                    let special = specialWords.value(of: scanner.scalars[start..<scanner.position])
                    scanner.mark(from: start, as: special?.tokenClass)
                    declaring = special?.declares
                }
            } else {
                scanner.advance()
            }
        }
        return scanner.finish()
    }

    /// Every special word with its class, and for `def` and `class` what the next name is.
    private static let specialWords: ScalarWordTable<(tokenClass: TokenClass, declares: TokenClass?)> = {
        var words: [String: (tokenClass: TokenClass, declares: TokenClass?)] = [:]
        for word in builtins { words[word] = (.builtin, nil) }
        for word in literals { words[word] = (.literal, nil) }
        for word in keywords { words[word] = (.keyword, nil) }
        words["def"] = (.keyword, .function)
        words["class"] = (.keyword, .type)
        return ScalarWordTable(words)
    }()

    /// Scans a string literal starting at the cursor's quote, triple-quoted ones across lines.
    private static func scanString(_ scanner: inout ScalarScanner) {
        let quote = scanner.peek() == "\"" ? "\"" : "'"
        let triple = quote + quote + quote
        if scanner.hasPrefix(triple) {
            scanner.advance(by: 3)
            scanner.advancePastString(closedBy: triple, multiline: true)
        } else {
            scanner.advance()
            scanner.advancePastString(closedBy: quote)
        }
    }

    /// True when only spaces or tabs precede the cursor on its line.
    private static func isAtLineStart(_ scanner: ScalarScanner) -> Bool {
        var index = scanner.position - 1
        while index >= 0 {
            let scalar = scanner.scalars[index]
            if scalar == "\n" { return true }
            if !scalar.isSpaceOrTab { return false }
            index -= 1
        }
        return true
    }
}
