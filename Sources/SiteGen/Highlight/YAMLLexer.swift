/// Highlights YAML line by line: keys, sequence dashes, quoted and plain scalars (numbers and
/// `true`/`null`… told apart), block scalars (`|`, `>`), anchors, aliases, tags, comments, `---`.
enum YAMLLexer {
    static let literals: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "~", "True", "False", "Null"]

    static func highlight(_ code: String) -> String {
        var scanner = ScalarScanner(code)
        var blockScalarIndent: Int?  // inside `key: |`: lines indented deeper than this are text
        while !scanner.isAtEnd {
            let lineStart = scanner.position
            scanner.advance(while: \.isSpaceOrTab)
            let indent = scanner.position - lineStart
            let blank = scanner.peek() == nil || scanner.peek() == "\n"
            if let parentIndent = blockScalarIndent, blank || indent > parentIndent {
                scanner.advanceToEndOfLine()
                scanner.mark(from: lineStart + indent, as: .string)
            } else {
                blockScalarIndent = nil
                if scanLine(&scanner) { blockScalarIndent = indent }
            }
            scanner.advance()  // the newline
        }
        return scanner.finish()
    }

    /// Scans one line after its indentation; true when it opens a block scalar.
    private static func scanLine(_ scanner: inout ScalarScanner) -> Bool {
        if scanner.hasPrefix("---") || scanner.hasPrefix("...") {
            let start = scanner.position
            scanner.advance(by: 3)
            scanner.mark(from: start, as: .keyword)
        }
        while scanner.peek() == "-", scanner.peek(1) == " " || scanner.peek(1) == "\n" || scanner.peek(1) == nil {
            scanner.advance()
            scanner.mark(from: scanner.position - 1, as: .operator)
            scanner.advance(while: \.isSpaceOrTab)
        }
        if let keyEnd = keyEnd(scanner) {
            let start = scanner.position
            scanner.advance(by: keyEnd - start)
            scanner.mark(from: start, as: .property)
            scanner.advance()  // ':'
        }
        return scanValue(&scanner)
    }

    /// Where the mapping key at the cursor ends (the index of its `:`), or nil when the line has no key.
    private static func keyEnd(_ scanner: ScalarScanner) -> Int? {
        var index = scanner.position
        let scalars = scanner.scalars
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            let quote = scalars[index]
            index += 1
            while index < scalars.count, scalars[index] != quote, scalars[index] != "\n" { index += 1 }
            index += 1
            guard index < scalars.count, scalars[index] == ":" else { return nil }
            return index
        }
        guard index < scalars.count, !"#[{&*!|>%@`".unicodeScalars.contains(scalars[index]) else { return nil }
        while index < scalars.count, scalars[index] != "\n" {
            if scalars[index] == ":", index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n" {
                return index
            }
            if scalars[index] == "#", scalars[index - 1] == " " { return nil }
            index += 1
        }
        return nil
    }

    /// Scans a value to the end of the line; true when it is a block scalar indicator (`|`, `>-`…).
    private static func scanValue(_ scanner: inout ScalarScanner) -> Bool {
        var flowDepth = 0
        var opensBlock = false
        while let scalar = scanner.peek(), scalar != "\n" {
            let start = scanner.position
            if scalar.isSpaceOrTab || scalar == "," || scalar == ":" {
                scanner.advance()
            } else if scalar == "#", scanner.previous == " " || scanner.previous == "\t" || scanner.previous == "\n" {
                scanner.advanceToEndOfLine()
                scanner.mark(from: start, as: .comment)
            } else if scalar == "\"" || scalar == "'" {
                scanner.advance()
                scanner.advancePastString(closedBy: String(scalar), escapes: scalar == "\"")
                scanner.mark(from: start, as: .string)
            } else if scalar == "&" || scalar == "*" || scalar == "!" {
                scanner.advance(while: { !$0.isSpaceOrTab && $0 != "\n" && $0 != "," && $0 != "]" && $0 != "}" })
                scanner.mark(from: start, as: .attribute)
            } else if scalar == "[" || scalar == "{" || scalar == "]" || scalar == "}" {
                flowDepth += (scalar == "[" || scalar == "{") ? 1 : -1
                scanner.advance()
            } else if flowDepth == 0, scalar == "|" || scalar == ">" {
                scanner.advance(while: { $0 == "|" || $0 == ">" || $0 == "-" || $0 == "+" || $0.isDigit })
                scanner.mark(from: start, as: .operator)
                opensBlock = true
            } else {
                scanPlainScalar(&scanner, inFlow: flowDepth > 0)
                let word = scanner.text(from: start).trimmingTrailingSpaces()
                scanner.move(to: start + word.unicodeScalars.count)
                scanner.mark(from: start, as: literals.contains(word) ? .literal : isNumber(word) ? .number : .string)
            }
        }
        return opensBlock
    }

    private static func scanPlainScalar(_ scanner: inout ScalarScanner, inFlow: Bool) {
        while let scalar = scanner.peek(), scalar != "\n" {
            if scalar == "#", scanner.previous == " " { return }
            if inFlow, scalar == "," || scalar == "]" || scalar == "}" { return }
            if scalar == ":", scanner.peek(1) == " " || scanner.peek(1) == nil || scanner.peek(1) == "\n" { return }
            scanner.advance()
        }
    }

    private static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && Double(word.filter { $0 != "_" }) != nil
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
