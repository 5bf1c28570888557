/// One inline extension: a named rewrite of an `InlineRun`. `triggers` are the bytes without
/// which the pass has nothing to do (`^` for caret); a run whose text has none of them is skipped
/// without calling it. Nil: always called.
struct InlinePass: Sendable {
    let name: String
    var triggers: ByteSet? = nil
    /// A closer look at one text's bytes, for passes whose trigger bytes are common (`:` in prose):
    /// false when the pass surely has nothing to do there.
    var mayApply: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? = nil
    let apply: @Sendable (inout InlineRun) -> Void

    init(name: String, triggers: ByteSet? = nil, mayApply: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
         apply: @escaping @Sendable (inout InlineRun) -> Void) {
        self.name = name
        self.triggers = triggers
        self.mayApply = mayApply
        self.apply = apply
    }

    /// True when this pass may change a run whose texts are `texts` (with `present` their bytes).
    func concerns(_ texts: [UnsafeBufferPointer<UInt8>], present: ByteSet) -> Bool {
        guard let triggers else { return true }
        guard triggers.intersects(present) else { return false }
        guard let mayApply else { return true }
        return texts.contains(where: mayApply)
    }
}

/// The fixed, visible list of inline passes a page goes through, chosen by `markdown_extensions:`.
/// Order matters: attribute lists first (they read the text right after a node), then the
/// delimiter extensions, then those that turn words into elements.
struct InlinePipeline: Sendable {
    let passes: [InlinePass]
    let extensions: MarkdownExtensions
    /// Identifies the pipeline in caches of rendered titles (same names, same output).
    let signature: String

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
        signature = passes.map(\.name).joined(separator: ",")
    }

    var isEmpty: Bool { passes.isEmpty }

    /// Runs every pass whose trigger bytes occur in the run's text.
    func apply(to run: inout InlineRun) {
        var present = ByteSet.present(in: run)
        for pass in passes {
            if let triggers = pass.triggers, !triggers.intersects(present) { continue }
            let before = run.pieces.count
            pass.apply(&run)
            if run.pieces.count != before { present = ByteSet.present(in: run) }
        }
    }
}

extension InlinePipeline {
    /// True when a pass depends on the page (its abbreviations), so rendered titles cannot be shared.
    var usesPageData: Bool { passes.contains { $0.name == "abbr" } }

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
        let firsts = ByteSet(String(pass.firstCharacters))
        return InlinePass(name: "abbr", triggers: firsts) { run in
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
