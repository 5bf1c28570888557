/// A superfences custom fence: a fence language whose content is not highlighted code but a
/// diagram or formula that the browser renders, written in the shape pymdownx's formatters write.
///
///     CustomFence.mermaid.html(code: "graph TD\n  A-->B", info: CodeBlockInfo(language: "mermaid"))
///     // <pre class="mermaid"><code>graph TD\n  A--&gt;B</code></pre>
public struct CustomFence: Sendable, Hashable {
    /// The formatter superfences is configured with.
    public enum Format: Sendable, Hashable {
        /// `pymdownx.superfences.fence_code_format`: `<pre class="C"><code>…</code></pre>`.
        case preCode
        /// `pymdownx.superfences.fence_div_format`: `<div class="C">…</div>`.
        case div
        /// `pymdownx.arithmatex.arithmatex_fenced_format(mode="generic")`: `<div class="C">\[…\]</div>`.
        case arithmatex
    }

    /// The fence language (`mermaid`).
    public var name: String
    /// The element's class (`mermaid`, `arithmatex`).
    public var className: String
    public var format: Format

    public init(name: String, className: String, format: Format) {
        self.name = name
        self.className = className
        self.format = format
    }

    /// Mermaid diagrams as Material's set-up writes them.
    public static let mermaid = CustomFence(name: "mermaid", className: "mermaid", format: .preCode)
    /// `math` fences for pymdownx.arithmatex in generic mode.
    public static let math = CustomFence(name: "math", className: "arithmatex", format: .arithmatex)

    /// The block's HTML: `code` escaped, braces' `#id`, extra classes and attributes kept.
    func html(code: String, info: CodeBlockInfo) -> String {
        let classes = ([className] + info.classes).map(HTMLEscaping.escape).joined(separator: " ")
        var attributes = info.elementID.map { #" id="\#(HTMLEscaping.escape($0))""# } ?? ""
        attributes += #" class="\#(classes)""#
        if let title = info.title { attributes += #" title="\#(HTMLEscaping.escape(title))""# }
        for attribute in info.attributes {
            attributes += #" \#(attribute.name)="\#(HTMLEscaping.escape(attribute.value))""#
        }
        let text = HTMLEscaping.escape(code)
        switch format {
        case .preCode: return "<pre\(attributes)><code>\(text)</code></pre>"
        case .div: return "<div\(attributes)>\(text)</div>"
        case .arithmatex: return "<div\(attributes)>\\[\n\(text)\n\\]</div>"
        }
    }
}
