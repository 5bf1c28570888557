/// The result of compiling one snippet: how to run it, or what the compiler said.
enum CompileOutcome: Sendable {
    /// Built; run `executable` with `arguments` (the namespace name in a merged build).
    case built(executable: String, arguments: [String], seconds: Double)
    /// The compiler rejected it; `message` holds its diagnostics (Markdown file and line).
    case failed(message: String, seconds: Double)

    /// Seconds of compile time charged to this snippet (its share of a merged build).
    var seconds: Double {
        switch self {
        case .built(_, _, let seconds), .failed(_, let seconds): seconds
        }
    }
}
