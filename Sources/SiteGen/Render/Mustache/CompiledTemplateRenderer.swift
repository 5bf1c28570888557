/// Renders compiled templates with a stack of `MustacheValue`s; partials come from `partials`.
struct CompiledTemplateRenderer {
    let partials: [String: CompiledTemplate]

    func render(_ template: CompiledTemplate, _ context: MustacheValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        var stack = [context]
        render(template.nodes, stack: &stack, into: &output, indentation: "", depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Partials may recurse (a nav item renders its children); data is finite, but a template
    /// including itself unconditionally is not: stop there.
    private static let maximumDepth = 200

    private func render(_ nodes: [CompiledTemplate.Node], stack: inout [MustacheValue], into output: inout [UInt8],
                        indentation: String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                append(text, to: &output, indentation: indentation)
            case .variable(let path, let escaped):
                let value = lookup(path, in: stack)
                let text: String
                switch value {
                case .text(let string), .number(let string): text = string
                case .flag(let flag): text = flag ? "true" : "false"
                case .list, .map, .none: continue
                }
                if !text.isEmpty { indentIfAtLineStart(&output, indentation) }
                if escaped { Self.appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
            case .section(let path, let inverted, let body):
                let value = lookup(path, in: stack)
                if inverted {
                    if value.isFalsy { render(body, stack: &stack, into: &output, indentation: indentation, depth: depth) }
                    continue
                }
                switch value {
                case .flag(true):
                    render(body, stack: &stack, into: &output, indentation: indentation, depth: depth)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(body, stack: &stack, into: &output, indentation: indentation, depth: depth)
                        stack.removeLast()
                    }
                case .text, .number, .map:
                    stack.append(value)
                    render(body, stack: &stack, into: &output, indentation: indentation, depth: depth)
                    stack.removeLast()
                case .flag(false), .none:
                    continue
                }
            case .partial(let name, let extra):
                guard let partial = partials[name], depth < Self.maximumDepth else { continue }
                render(partial.nodes, stack: &stack, into: &output, indentation: indentation + extra, depth: depth + 1)
            }
        }
    }

    /// Dotted names: the first part is looked up from the top of the stack down, the rest inside it.
    private func lookup(_ path: [Substring], in stack: [MustacheValue]) -> MustacheValue {
        guard let first = path.first else { return stack.last ?? .none }
        var found: MustacheValue?
        for value in stack.reversed() {
            if let child = value.child(first) {
                found = child
                break
            }
        }
        guard var value = found else { return .none }
        for name in path.dropFirst() {
            guard let child = value.child(name) else { return .none }
            value = child
        }
        return value
    }

    /// Appends template text; inside an indented partial, every line after a newline is indented.
    private func append(_ text: String, to output: inout [UInt8], indentation: String) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            indentIfAtLineStart(&output, indentation)
            output.append(byte)
        }
    }

    /// Inside an indented partial, output that starts a line is indented first (only when
    /// something follows, so a partial's last newline leaves the next line alone).
    private func indentIfAtLineStart(_ output: inout [UInt8], _ indentation: String) {
        if !indentation.isEmpty, output.isEmpty || output.last == 10 { output.append(contentsOf: indentation.utf8) }
    }

    /// HTML escaping as swift-mustache does it: `&`, `<`, `>`, `"`, `'`.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }
}
