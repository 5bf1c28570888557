/// Highlights shell commands and console transcripts: prompts (`$ ` at a line start), the command
/// word, keywords, strings, variables, comments and the operators that chain commands.
enum ShellLexer {
    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
        "function", "return", "select", "time",
    ]
    static let builtins: Set<String> = [
        "cd", "echo", "export", "local", "source", "set", "unset", "exit", "read", "printf", "test", "eval",
        "exec", "shift", "trap", "alias", "true", "false",
    ]

    static func highlight(_ code: String) -> String {
        var scanner = ScalarScanner(code)
        var atCommand = true  // the next word is a command name
        var atLineStart = true
        while let scalar = scanner.peek() {
            let start = scanner.position
            if scalar == "\n" {
                scanner.advance()
                let continued = start > 0 && scanner.scalars[start - 1] == "\\"
                atCommand = atCommand || !continued
                atLineStart = true
                continue
            }
            if scalar.isSpaceOrTab {
                scanner.advance()
                continue
            }
            defer { atLineStart = false }
            if atLineStart, scalar == "$", scanner.peek(1) == " " {
                scanner.advance(by: 2)
                scanner.mark(from: start, as: .prompt)
                atCommand = true
            } else if scalar == "#", isWordStart(scanner) {
                scanner.advanceToEndOfLine()
                scanner.mark(from: start, as: .comment)
            } else if scalar == "'" {
                scanner.advance()
                scanner.advancePastString(closedBy: "'", escapes: false, multiline: true)
                scanner.mark(from: start, as: .string)
                atCommand = false
            } else if scalar == "\"" {
                scanner.advance()
                scanner.advancePastString(closedBy: "\"", multiline: true)
                scanner.mark(from: start, as: .string)
                atCommand = false
            } else if scalar == "$" {
                scanVariable(&scanner)
                scanner.mark(from: start, as: .variable)
                if scanner.text(from: start) == "$(" { atCommand = true }
            } else if "|&;<>".unicodeScalars.contains(scalar) {
                scanner.advance(while: { "|&;<>".unicodeScalars.contains($0) })
                scanner.mark(from: start, as: .operator)
                let op = scanner.text(from: start)
                atCommand = op != ">" && op != "<" && op != ">>" && op != "&>" && op != "2>"
            } else {
                scanner.advance(while: { !$0.isSpaceOrTab && $0 != "\n" && !"|&;<>\"'$`()".unicodeScalars.contains($0) })
                if scanner.position == start { scanner.advance() }
                let word = scanner.text(from: start)
                if keywords.contains(word) {
                    scanner.mark(from: start, as: .keyword)
                    atCommand = true
                } else if atCommand, word.contains("=") {
                    scanner.mark(from: start, as: nil)  // VAR=value before a command
                } else if atCommand, word != "(" && word != ")" {
                    scanner.mark(from: start, as: builtins.contains(word) ? .builtin : .function)
                    atCommand = false
                }
            }
        }
        return scanner.finish()
    }

    /// `$NAME`, `${…}`, `$(`, `$1`, `$?`…: the cursor is on the `$`.
    private static func scanVariable(_ scanner: inout ScalarScanner) {
        scanner.advance()
        guard let next = scanner.peek() else { return }
        if next == "{" {
            scanner.advancePastString(closedBy: "}", escapes: false)
        } else if next == "(" {
            scanner.advance()
        } else if next.isIdentifierStart {
            scanner.advance(while: \.isIdentifierContinue)
        } else if next.isDigit || "?@#*!$-".unicodeScalars.contains(next) {
            scanner.advance()
        }
    }

    private static func isWordStart(_ scanner: ScalarScanner) -> Bool {
        guard let previous = scanner.previous else { return true }
        return previous.isSpaceOrTab || previous == "\n" || previous == ";"
    }
}
