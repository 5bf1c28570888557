/// One inline extension: a named rewrite of an `InlineRun`.
struct InlinePass: Sendable {
    let name: String
    let apply: @Sendable (inout InlineRun) -> Void
}

/// The fixed, visible list of inline passes a page goes through, chosen by `markdown_extensions:`.
/// Order matters: attribute lists first (they read the text right after a node), then the
/// delimiter extensions, then those that turn words into elements.
struct InlinePipeline: Sendable {
    let passes: [InlinePass]
    let extensions: MarkdownExtensions

    init(extensions: MarkdownExtensions, icons: IconLibrary? = nil, abbreviations: [String: String] = [:]) {
        self.extensions = extensions
        var passes: [InlinePass] = []
        if extensions.contains("attr_list") { passes.append(AttributeListPass.pass) }
        if extensions.contains("pymdownx.critic") { passes.append(CriticPass.pass) }
        if extensions.contains("pymdownx.arithmatex") { passes.append(MathPass.pass) }
        if extensions.contains("pymdownx.keys") { passes.append(KeysPass.pass) }
        if extensions.contains("pymdownx.caret") { passes += DelimiterPass.caret }
        if extensions.contains("pymdownx.mark") { passes += DelimiterPass.mark }
        if extensions.contains("pymdownx.tilde") { passes += DelimiterPass.tilde }
        if extensions.contains("pymdownx.emoji"), let icons { passes.append(EmojiPass(icons: icons).pass) }
        if extensions.contains("pymdownx.magiclink") {
            passes.append(MagicLinkPass(options: extensions["pymdownx.magiclink"]).pass)
        }
        if extensions.contains("pymdownx.smartsymbols") { passes.append(SmartSymbolsPass.pass) }
        if extensions.contains("abbr"), !abbreviations.isEmpty { passes.append(AbbreviationPass(abbreviations).inlinePass) }
        self.passes = passes
    }

    var isEmpty: Bool { passes.isEmpty }

    /// Runs every pass over `run`.
    func apply(to run: inout InlineRun) {
        for pass in passes { pass.apply(&run) }
    }
}

extension InlinePipeline {
    /// True when a pass depends on the page (its abbreviations), so rendered titles cannot be shared.
    var usesPageData: Bool { passes.contains { $0.name == "abbr" } }

    /// Identifies the pipeline in caches of rendered titles (same names, same output).
    var signature: String { passes.map(\.name).joined(separator: ",") }

    /// The cmark-gfm extensions to attach, as Python-Markdown would render: tables with `tables`,
    /// bare URLs linked with `pymdownx.magiclink`, task boxes with `pymdownx.tasklist`. cmark's
    /// strikethrough is never used: `pymdownx.tilde`'s pass does `~~del~~` and `~sub~` (cmark reads
    /// `~x~` as deletion), and without it MkDocs prints the tildes.
    func cmarkExtensions(block: Bool) -> [String] {
        var names: [String] = []
        if block, extensions.contains("tables") || extensions.contains("pymdownx.extra") { names.append("table") }
        if extensions.contains("pymdownx.magiclink") { names.append("autolink") }
        if block, extensions.contains("pymdownx.tasklist") { names.append("tasklist") }
        return names
    }
}

extension AbbreviationPass {
    /// The pass as a step of the pipeline: each abbreviation becomes `<abbr title="…">` around its text.
    var inlinePass: InlinePass {
        let pass = self
        return InlinePass(name: "abbr") { run in
            run.rewriteTexts { text in
                let fragments = pass.apply(text: text)
                guard fragments.count > 1 || fragments.first != .text(text) else { return nil }
                return fragments.flatMap { fragment -> [InlineRun.Piece] in
                    switch fragment {
                    case .text(let plain): return [.text(plain)]
                    case .abbreviation(let word, let title):
                        return [.html("<abbr title=\"\(HTMLEscaping.escape(title))\">"), .text(word), .html("</abbr>")]
                    }
                }
            }
        }
    }
}
