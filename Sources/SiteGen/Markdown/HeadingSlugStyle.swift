import Foundation

/// How heading ids are made: MkDocs' default `toc` slugify (DESIGN.md §2, binding default), or
/// `pymdownx.slugs.slugify(...)` named by `toc: slugify:`, which keeps accented letters:
///
///     toc:
///       slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}
///
///     "¿Dónde están?" → "donde-estan" (default) or "dónde-están" (Unicode, lower)
enum HeadingSlugStyle: Sendable, Equatable {
    case mkdocs
    /// `case` is `none`, `lower`, `lower-ascii` or `fold`; `normalize` a Unicode form name.
    case unicode(case: String, percentEncode: Bool, normalize: String)

    /// The style `toc:`'s options ask for.
    init(toc options: ExtensionOptions) {
        guard case .tagged(let tag, let value)? = options["slugify"] else { self = .mkdocs; return }
        var arguments: [String: String] = [:]
        for pair in value.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { arguments[parts[0]] = parts[1] }
        }
        if tag.hasSuffix("pymdownx.slugs.slugify") {
            self = .unicode(case: arguments["case"] ?? "none", percentEncode: arguments["percent_encode"]?.lowercased() == "true",
                            normalize: arguments["normalize"] ?? "NFC")
        } else if tag.hasSuffix("pymdownx.slugs.uslugify") {
            self = .unicode(case: "lower", percentEncode: false, normalize: "NFC")
        } else if tag.hasSuffix("pymdownx.slugs.uslugify_cased") {
            self = .unicode(case: "none", percentEncode: false, normalize: "NFC")
        } else {
            self = .mkdocs
        }
    }

    /// The slug of `text` in this style (not deduplicated).
    func slug(_ text: String) -> String {
        guard case .unicode(let letterCase, let percentEncode, let normalize) = self else { return HeadingSlugger.slug(text) }
        var slug = normalize.uppercased().hasPrefix("NFK") ? text.precomposedStringWithCompatibilityMapping : text.precomposedStringWithCanonicalMapping
        // The heading's text as Python-Markdown's toc reads it: runs of whitespace are one space.
        slug = slug.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        switch letterCase {
        case "lower", "fold": slug = slug.lowercased()
        case "lower-ascii": slug = String(slug.map { $0.isASCII ? Character($0.lowercased()) : $0 })
        default: break
        }
        // Python's `[^\w\- ]` removed, then each space becomes `-`.
        slug = String(slug.unicodeScalars.filter { scalar in
            scalar == " " || scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
        }.map(Character.init))
        slug = slug.replacingOccurrences(of: " ", with: "-")
        if percentEncode { slug = slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? slug }
        return slug
    }
}
