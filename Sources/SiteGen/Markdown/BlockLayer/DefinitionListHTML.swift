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
    /// is not one paragraph (a list, a code block) just becomes `<dd>`. One pass over the bytes.
    static func unwrapTightDefinitions(_ html: String) -> String {
        var html = html
        let unwrapped: String? = html.withUTF8 { bytes in
            let marker = Array(tightOpening[0].utf8)
            guard var found = bytes.firstIndex(of: marker, from: 0) else { return nil }
            let paragraphStart = Array("\n<p>".utf8), paragraphEnd = Array("</p>".utf8), definitionEnd = Array("</p>\n</dd>".utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            while true {
                output.append(contentsOf: bytes[copied..<found])
                output.append(contentsOf: "<dd>".utf8)
                copied = found + marker.count
                if bytes.hasPrefix(paragraphStart, at: copied),
                   let end = bytes.firstIndex(of: paragraphEnd, from: copied + paragraphStart.count),
                   bytes.hasPrefix(definitionEnd, at: end) {
                    output.append(contentsOf: bytes[(copied + paragraphStart.count)..<end])
                    output.append(contentsOf: "</dd>".utf8)
                    copied = end + definitionEnd.count
                }
                guard let next = bytes.firstIndex(of: marker, from: copied) else { break }
                found = next
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
        return unwrapped ?? html
    }
}
