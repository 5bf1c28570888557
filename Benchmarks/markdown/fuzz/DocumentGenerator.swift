/// Deterministic random documents in our dialect: containers, fences, lists, headings, inline
/// syntax, awkward whitespace and bytes; plus mutations of a real page.
struct DocumentGenerator {
    /// SplitMix64: small, fast, reproducible from (seed, index).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    let basePage: String

    static let markers = ["!!! note", "!!! warning \"*T*\"", "!!! tip \"\"", "!!! note inline end \"x\"", "??? info \"`c`\"",
                          "???+ danger", "=== \"A\"", "=== \"A\"", "===+ \"B\"", "===! \"C\"", "/// note | T", "/// details | D",
                          "    open: True", "/// tab | X", "///", "////", "//// admonition | Y", "    type: bug", "!!!", "=== x"]
    static let fences = ["```", "```swift", "```swift title=\"m.swift\" linenums=\"3\" hl_lines=\"1 2-3\"", "```output",
                         "~~~", "~~~~python", "````", "```swift timeout=x id=", "```swift compile_fail=\"a", "``` `bad`"]
    static let inlines = ["*em*", "**strong**", "`code`", "[link](a.md#x)", "![img](i.png)", "[ref][r]", "[^1]", "<span>",
                          "&amp;", "\\*", "~~del~~", "www.example.com", "<https://x.y>", "_a_", "[", "]", "**", "`", "<!--",
                          "ñandú", "Ω≈ç√", "\u{0}", "\u{FEFF}", "{#id}", "|a|b|", "-->",
                          // MkDocs-Material's inline extensions (issue 11)
                          "^^ins^^", "^sup^", "==mark==", "~sub~", "++ctrl+alt+del++", ":material-apple:", ":smile:",
                          "$x_1*y$", "\\(a\\)", "{ .md-button }", "{: #i .c k=\"v\" }", "{++add++}", "{~~a~>b~~}",
                          "#12", "@user", "org/repo#3", "(c)", "1st", "1/2", "HTML", "`#!python x`", "$", "^^", "=="]
    static let lineStarts = ["", "# ", "## ", "###### ", "- ", "* ", "1. ", "2) ", "> ", ">> ", "| ", "[r]: /url", "[^1]: nota",
                             "---", "===", "<div>", "</div>", "<details>", "- [ ] ", "- [x] ", "    ", "\t",
                             "$$", "\\[", "\\begin{align}", ":   ", ": ", "<div markdown>", "<figure markdown=\"1\">",
                             "<p markdown=\"span\">", "</figure>", "<small>", "*[HTML]: Hyper Text", "{ .annotate }",
                             "```{ .python .x title=\"t\" }", "```mermaid", "--8<-- \"x.md\""]

    /// Document `index` of the run seeded with `seed`.
    func document(seed: UInt64, index: Int) -> String {
        var random = Random(state: seed &* 6_364_136_223_846_793_005 &+ UInt64(index))
        return random.chance(30) ? mutated(&random) : generated(&random)
    }

    private func generated(_ random: inout Random) -> String {
        var lines: [String] = []
        var indent = 0
        for _ in 0..<(1 + random.below(60)) {
            if random.chance(20) { indent = max(0, indent + random.pick([-8, -4, -4, 0, 4, 4, 1, 2, 3])) }
            let pad = random.chance(5) ? String(repeating: "\t", count: indent / 4) : String(repeating: " ", count: indent)
            var line = pad
            switch random.below(10) {
            case 0, 1: line += random.pick(Self.markers)
            case 2: line += random.pick(Self.fences)
            case 3: line = ""
            default:
                line += random.pick(Self.lineStarts)
                for _ in 0..<random.below(8) { line += random.pick(Self.inlines) + random.pick([" ", "", "  ", "\t"]) + "palabra" }
            }
            lines.append(line)
        }
        if random.chance(10) { return String(repeating: random.pick(Self.markers) + "\n" + "    ", count: 1 + random.below(300)) + "x" }
        return lines.joined(separator: random.pick(["\n", "\n", "\r\n", "\r"]))
    }

    private func mutated(_ random: inout Random) -> String {
        var lines = basePage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + random.below(12)) {
            guard !lines.isEmpty else { break }
            let at = random.below(lines.count)
            switch random.below(7) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[random.below(lines.count)], at: at)
            case 2: lines[at] = String(repeating: " ", count: random.below(9)) + lines[at].drop(while: { $0 == " " })
            case 3: lines.insert(random.pick(Self.markers), at: at)
            case 4: lines.insert(random.pick(Self.fences), at: at)
            case 5:
                var chars = Array(lines[at])
                if !chars.isEmpty { chars[random.below(chars.count)] = random.pick(["*", "`", "\"", "[", "\u{0}", "\t", "=", "!"]) }
                lines[at] = String(chars)
            default: lines.swapAt(at, random.below(lines.count))
            }
        }
        return lines.joined(separator: "\n")
    }
}
