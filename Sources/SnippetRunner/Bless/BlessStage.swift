import SiteGen

/// What `--bless` does with one snippet's result.
enum BlessDecision: Sendable {
    /// Nothing to rewrite (it passed, or failed for another reason than its output).
    case keep
    /// Rewrite its output block.
    case rewrite(BlessEdit)
    /// Its output is wrong but cannot be blessed; the message says why.
    case refuse(String)

    /// Decides from a wrong-output `result`; `rerun` runs the snippet a second time to catch
    /// nondeterministic output (threads!), which is never written into the docs.
    static func decide(for result: SnippetResult, rerun: () -> SnippetResult) -> BlessDecision {
        guard case .failed(.wrongOutput) = result.status, let expected = result.snippet.expectedOutput else { return .keep }
        if expected.unordered { return .refuse("--bless does not rewrite 'output unordered' blocks; edit it by hand") }
        if result.snippet.borrowsOutput, let name = result.snippet.sameOutputAs {
            return .refuse("--bless does not rewrite the output block of id=\(name), which this snippet borrows; edit it by hand")
        }
        let second = rerun()
        guard second.stdout == result.stdout else {
            return .refuse("--bless refused: the output differs between two runs (nondeterministic)")
        }
        return .rewrite(BlessEdit(snippet: result.snippet, expected: expected, newLines: OutputComparer.normalizedLines(result.stdout)))
    }
}

/// Applies the bless decisions: rewrites the blocks, and turns each rewritten snippet's verdict into a pass.
struct BlessStage {
    var projectRoot: String

    /// The final results and a note or error per output block considered.
    func apply(_ built: [(result: SnippetResult, bless: BlessDecision)]) -> ([SnippetResult], [Diagnostic]) {
        var edits: [BlessEdit] = []
        var diagnostics: [Diagnostic] = []
        for (result, decision) in built {
            switch decision {
            case .keep: break
            case .rewrite(let edit): edits.append(edit)
            case .refuse(let message): diagnostics.append(.warning(message, at: result.snippet.location))
            }
        }
        let (notes, written) = Blesser(projectRoot: projectRoot).apply(edits)
        diagnostics += notes
        let blessed = Set(written.map(\.snippet.index))
        let results = built.map { entry -> SnippetResult in
            var result = entry.result
            if blessed.contains(result.snippet.index) { result.status = .passed }
            return result
        }
        return (results, diagnostics)
    }
}
