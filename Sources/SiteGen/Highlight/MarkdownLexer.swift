/// Highlights Markdown as sitegen reads it: headings, fences (their contents left plain), the dialect's
/// block markers (`!!!`, `???`, `===`, `///`) with their type and quoted title, list markers, quotes,
/// inline code and link destinations.
enum MarkdownLexer {
    static let blockMarkers = ["???+", "===+", "===!", "!!!", "???", "===", "///"]

    static func highlight(_ code: String) -> String {
        var scanner = ScalarScanner(code)
        var openFence: String?  // the fence characters of the open code block
        while !scanner.isAtEnd {
            scanner.advance(while: \.isSpaceOrTab)
            if let fence = openFence {
                if scanner.hasPrefix(fence) {
                    markFence(&scanner)
                    openFence = nil
                } else {
                    scanner.advanceToEndOfLine()
                }
            } else if scanner.hasPrefix("```") || scanner.hasPrefix("~~~") {
                openFence = scanner.hasPrefix("```") ? "```" : "~~~"
                markFence(&scanner)
            } else {
                scanLine(&scanner)
            }
            scanner.advance()  // the newline
        }
        return scanner.finish()
    }

    private static func markFence(_ scanner: inout ScalarScanner) {
        let start = scanner.position
        let marker = scanner.peek()
        scanner.advance(while: { $0 == marker })
        scanner.mark(from: start, as: .operator)
        let info = scanner.position
        scanner.advanceToEndOfLine()
        scanner.mark(from: info, as: .attribute)
    }

    private static func scanLine(_ scanner: inout ScalarScanner) {
        let start = scanner.position
        if scanner.peek() == "#" {
            scanner.advance(while: { $0 == "#" })
            if scanner.peek() == " " || scanner.peek() == "\n" || scanner.isAtEnd {
                scanner.advanceToEndOfLine()
                scanner.mark(from: start, as: .keyword)
                return
            }
        } else if scanner.peek() == ">" {
            scanner.advanceToEndOfLine()
            scanner.mark(from: start, as: .comment)
            return
        } else if let marker = blockMarkers.first(where: { scanner.hasPrefix($0) }) {
            scanner.advance(by: marker.unicodeScalars.count)
            scanner.mark(from: start, as: .keyword)
            scanner.advance(while: \.isSpaceOrTab)
            let type = scanner.position
            scanner.advance(while: { !$0.isSpaceOrTab && $0 != "\n" && $0 != "\"" })
            scanner.mark(from: type, as: .attribute)
        } else if scanner.peek() == "-" || scanner.peek() == "*" || scanner.peek() == "+", scanner.peek(1) == " " {
            scanner.advance()
            scanner.mark(from: start, as: .operator)
        } else if scanner.peek()?.isDigit == true {
            scanner.advance(while: \.isDigit)
            if scanner.peek() == ".", scanner.peek(1) == " " {
                scanner.advance()
                scanner.mark(from: start, as: .operator)
            }
        }
        scanInline(&scanner)
    }

    /// Inline code, quoted titles and link destinations up to the end of the line.
    private static func scanInline(_ scanner: inout ScalarScanner) {
        while let scalar = scanner.peek(), scalar != "\n" {
            let start = scanner.position
            if scalar == "`" {
                scanner.advance(while: { $0 == "`" })
                let ticks = scanner.text(from: start)
                scanner.advancePastString(closedBy: ticks, escapes: false)
                scanner.mark(from: start, as: .string)
            } else if scalar == "\"" {
                scanner.advance()
                scanner.advancePastString(closedBy: "\"")
                scanner.mark(from: start, as: .string)
            } else if scalar == "]", scanner.peek(1) == "(" {
                scanner.advance()
                let destination = scanner.position
                scanner.advancePastString(closedBy: ")", escapes: false)
                scanner.mark(from: destination, as: .property)
            } else {
                scanner.advance()
            }
        }
    }
}
