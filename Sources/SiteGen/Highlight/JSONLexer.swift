/// Highlights JSON (comments too, for JSONC): object keys, strings, numbers and `true`/`false`/`null`.
enum JSONLexer {
    static func highlight(_ code: String) -> String {
        var scanner = ScalarScanner(code)
        while let scalar = scanner.peek() {
            let start = scanner.position
            if scalar == "\"" {
                scanner.advance()
                scanner.advancePastString(closedBy: "\"")
                scanner.mark(from: start, as: isFollowedByColon(scanner) ? .property : .string)
            } else if scalar == "-" || scalar.isDigit {
                scanner.advance()
                scanner.advance(while: { $0.isDigit || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-" })
                scanner.mark(from: start, as: .number)
            } else if scalar == "/", scanner.peek(1) == "/" {
                scanner.advanceToEndOfLine()
                scanner.mark(from: start, as: .comment)
            } else if scalar == "/", scanner.peek(1) == "*" {
                scanner.advance(by: 2)
                scanner.advancePastString(closedBy: "*/", escapes: false, multiline: true)
                scanner.mark(from: start, as: .comment)
            } else if scalar.isIdentifierStart {
                scanner.advance(while: \.isIdentifierContinue)
                let word = scanner.text(from: start)
                scanner.mark(from: start, as: ["true", "false", "null"].contains(word) ? .literal : nil)
            } else {
                scanner.advance()
            }
        }
        return scanner.finish()
    }

    private static func isFollowedByColon(_ scanner: ScalarScanner) -> Bool {
        var offset = 0
        while let next = scanner.peek(offset), next.isSpaceOrTab || next == "\n" || next == "\r" { offset += 1 }
        return scanner.peek(offset) == ":"
    }
}
