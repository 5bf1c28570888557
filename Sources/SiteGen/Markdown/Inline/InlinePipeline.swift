/// One inline extension: a named rewrite of an `InlineRun`. `triggers` are the bytes without
/// which the pass has nothing to do (`^` for caret); a run whose text has none of them is skipped
/// without calling it. Nil: always called.
struct InlinePass: Sendable {
    let name: String
    var triggers: ByteSet? = nil
    let apply: @Sendable (inout InlineRun) -> Void

    init(name: String, triggers: ByteSet? = nil, apply: @escaping @Sendable (inout InlineRun) -> Void) {
        self.name = name
        self.triggers = triggers
        self.apply = apply
    }
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

    /// Every byte some pass is triggered by; nil when a pass runs on any text.
    var triggers: ByteSet? {
        var all = ByteSet()
        for pass in passes {
            guard let triggers = pass.triggers else { return nil }
            all = all.union(triggers)
        }
        return all
    }

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
