/// The raw HTML lines of a definition list, in Python-Markdown's `def_list` shapes:
///
///     <dl>
///     <dt>Apple</dt>                     a term per line
///     <dd>Pomaceous fruit…</dd>          tight: the definition's one paragraph, unwrapped
///     <dt><code>navigation.tabs</code></dt>
///     <dd>                               loose: a blank line inside it, or before its `:`
///     <p>Body paragraph.</p>
///     <div class="highlight">…</div>
///     </dd>
///     </dl>
///
/// cmark wraps every paragraph in `<p>`; a tight definition opens with `tightOpening`, and
/// `unwrapTightDefinitions` takes the `<p>` off after rendering.
enum DefinitionListHTML {
    static let listOpening = ["<dl>"]
    static let listClosing = ["</dl>"]

    static func term(_ termHTML: String) -> String { "<dt>\(termHTML)</dt>" }

    static let looseOpening = ["<dd>"]
    /// A `<dd>` whose single paragraph loses its `<p>`; never left in the page.
    static let tightOpening = ["<dd data-sitegen-tight>"]
    static let definitionClosing = ["</dd>"]

    /// Turns `<dd data-sitegen-tight>\n<p>…</p>\n</dd>` into `<dd>…</dd>`; a tight definition that
    /// is not one paragraph (a list, a code block) just becomes `<dd>`.
    static func unwrapTightDefinitions(_ html: String) -> String {
        let marker = tightOpening[0]
        guard html.contains(marker) else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let found = rest.range(of: marker) {
            output += rest[..<found.lowerBound]
            output += "<dd>"
            rest = rest[found.upperBound...]
            let paragraphStart = "\n<p>", paragraphEnd = "</p>\n</dd>"
            guard rest.hasPrefix(paragraphStart),
                  let end = rest.range(of: "</p>"),
                  rest[end.lowerBound...].hasPrefix(paragraphEnd) else { continue }
            output += rest[rest.index(rest.startIndex, offsetBy: paragraphStart.count)..<end.lowerBound]
            output += "</dd>"
            rest = rest[rest.index(end.lowerBound, offsetBy: paragraphEnd.count)...]
        }
        output += rest
        return output
    }
}
