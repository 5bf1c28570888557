import Yams

/// Turns a Yams parse error into a diagnostic at the line and column libyaml reported.
enum YAMLErrorLocation {
    static func diagnostic(for error: any Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error("malformed YAML: \(error)", at: SourceLocation(file: file, line: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return .error("malformed YAML: \(detail)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("duplicate keys in a mapping: \(duplicates.joined(separator: ", "))",
                          at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .reader(let problem, _, _, _):
            return .error("malformed YAML: \(problem)", at: SourceLocation(file: file, line: 1))
        default:
            return .error("malformed YAML: \(yamlError)", at: SourceLocation(file: file, line: 1))
        }
    }
}
