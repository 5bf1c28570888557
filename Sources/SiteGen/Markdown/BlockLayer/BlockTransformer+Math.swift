/// `pymdownx.arithmatex` (generic mode), display math on lines of its own:
///
///     $$                     <div class="arithmatex">\[
///     a^2 + b^2       →      a^2 + b^2
///     $$                     \]</div>
///
/// also `\[ … \]` and `\begin{env} … \end{env}`. The math is kept out of cmark (no emphasis or
/// escapes inside it) as one raw HTML block.
struct OpenMath {
    /// The line that ends it: `$$`, `\]`, or `\end{env}`.
    var closing: String
    /// `\begin{…}` blocks keep their delimiters inside `\[ \]`.
    var keepsDelimiters: Bool
    var lines: [String]
    var emitIndent: Int
    /// Opened and closed on one line (`$$x$$`): written on one line too.
    var isOneLine = false
}

extension BlockTransformer {
    /// Opens display math when `content` starts it; true when the line was taken.
    mutating func openMath(_ content: ArraySlice<UInt8>, emitIndent: Int) -> Bool {
        guard let first = content.first, first == UInt8(ascii: "$") || first == UInt8(ascii: "\\") else { return false }
        let text = String(decoding: content, as: UTF8.self).trimmingTrailingWhitespace()
        var math: OpenMath
        var rest: Substring
        if text.hasPrefix("$$") {
            math = OpenMath(closing: "$$", keepsDelimiters: false, lines: [], emitIndent: emitIndent)
            rest = text.dropFirst(2)
        } else if text.hasPrefix("\\[") {
            math = OpenMath(closing: "\\]", keepsDelimiters: false, lines: [], emitIndent: emitIndent)
            rest = text.dropFirst(2)
        } else if text.hasPrefix("\\begin{"), let close = text.firstIndex(of: "}") {
            let environment = text[text.index(text.startIndex, offsetBy: 7)..<close]
            math = OpenMath(closing: "\\end{\(environment)}", keepsDelimiters: true, lines: [], emitIndent: emitIndent)
            rest = Substring(text)
        } else {
            return false
        }
        if !frames.isEmpty { frames[frames.count - 1].hasBody = true }
        // `$$x$$` on one line.
        if !math.keepsDelimiters, rest.hasSuffix(math.closing), rest.count >= math.closing.count {
            math.lines.append(String(rest.dropLast(math.closing.count)))
            math.isOneLine = true
            emitMath(math)
            return true
        }
        if math.keepsDelimiters, rest.hasSuffix(math.closing), rest.count > math.closing.count + 7 {
            math.lines.append(String(rest))
            emitMath(math)
            return true
        }
        // Like Python-Markdown's block processors, display math is one block: its closing line
        // comes before the next blank line, or the opening line is plain text.
        guard closesBeforeBlankLine(math.closing) else { return false }
        if !rest.isEmpty { math.lines.append(String(rest)) }
        self.math = math
        return true
    }

    /// True when a line ending with `closing` follows before a blank line.
    private func closesBeforeBlankLine(_ closing: String) -> Bool {
        var next = lineIndex + 1
        while next < source.lines.count {
            let line = source.line(next)
            guard !LineScan.isBlank(line) else { return false }
            if String(decoding: line, as: UTF8.self).trimmingTrailingWhitespace().hasSuffix(closing) { return true }
            next += 1
        }
        return false
    }

    /// Takes one line of open display math (indentation of the containers already removed).
    mutating func continueMath(_ text: String) {
        guard var math else { return }
        let trimmed = text.trimmingTrailingWhitespace()
        if trimmed.hasSuffix(math.closing) {
            let before = trimmed.dropLast(math.closing.count)
            if math.keepsDelimiters { math.lines.append(trimmed) } else if !before.trimmingCharacters(in: .whitespaces).isEmpty {
                math.lines.append(String(before))
            }
            self.math = nil
            emitMath(math)
        } else {
            math.lines.append(text)
            self.math = math
        }
    }

    /// Display math still open at the end of the page (its closing line was found ahead, but the
    /// container around it ended first): shown as math, with a warning.
    mutating func finishMath() {
        guard let open = math else { return }
        diagnostics.append(.warning("display math is not closed: end it with a line '\(open.closing)'", at: location(column: 1)))
        math = nil
        emitMath(open)
    }

    private mutating func emitMath(_ math: OpenMath) {
        let body = math.lines.map { HTMLEscaping.escape($0) }
        var lines = body
        if lines.isEmpty { lines = [""] }
        lines[0] = "<div class=\"arithmatex\">\\[" + lines[0]
        lines[lines.count - 1] += "\\]</div>"
        if !math.isOneLine {
            lines = ["<div class=\"arithmatex\">\\["] + body + ["\\]</div>"]
        }
        // A blank line inside would end cmark's HTML block: keep every line non-empty.
        emitSynthetic([""] + lines.map { $0.isEmpty ? " " : $0 } + [""], indent: math.emitIndent)
    }
}
