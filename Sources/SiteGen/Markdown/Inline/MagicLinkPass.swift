/// `pymdownx.magiclink`'s repository shorthands (GitHub): `#123`, `!123` and `?123` (issue, pull
/// request and discussion of the configured `user`/`repo`), `@user`, `owner/repo#12`, `repo#12`.
/// Bare URLs are linked by cmark-gfm's autolink extension already. Shorthands need
/// `repo_url_shorthand` (and, for `#123`, `user` and `repo`); `normalize_issue_symbols` shows
/// each of them with `#`.
struct MagicLinkPass {
    var user: String?
    var repo: String?
    var shorthand: Bool
    var mentions: Bool
    var normalizesSymbols: Bool

    init(options: ExtensionOptions) {
        user = options.string("user")
        repo = options.string("repo")
        shorthand = options.bool("repo_url_shorthand", default: false)
        mentions = options.bool("social_url_shorthand", default: false) || shorthand
        normalizesSymbols = options.bool("normalize_issue_symbols", default: false)
    }

    /// What a number after `#`, `!` or `?` names.
    private enum Reference: Character {
        case issue = "#", pull = "!", discussion = "?"

        var kind: String { self == .issue ? "issue" : self == .pull ? "pull" : "discussion" }
        var path: String { self == .issue ? "issues" : self == .pull ? "pull" : "discussions" }
        var title: String { self == .issue ? "GitHub Issue" : self == .pull ? "GitHub Pull Request" : "GitHub Discussion" }
    }

    var pass: InlinePass {
        let linker = self
        return InlinePass(name: "magiclink", triggers: ByteSet("#@!?")) { run in
            guard linker.shorthand, !run.isInsideLink else { return }
            run.rewriteTexts(linker.split)
        }
    }

    func split(_ text: String) -> [InlineRun.Piece]? {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) else { return nil }
        let characters = Array(text)
        var pieces: [InlineRun.Piece] = []
        var start = 0, index = 0
        while index < characters.count {
            let atBoundary = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber
                || characters[index - 1] == "_" || characters[index - 1] == "/" || characters[index - 1] == "&")
            guard atBoundary, let (html, end) = link(at: index, in: characters) else { index += 1; continue }
            if index > start { pieces.append(.text(String(characters[start..<index]))) }
            pieces.append(.html(html))
            start = end
            index = end
        }
        guard !pieces.isEmpty else { return nil }
        if start < characters.count { pieces.append(.text(String(characters[start...]))) }
        return pieces
    }

    private func link(at index: Int, in characters: [Character]) -> (String, Int)? {
        let character = characters[index]
        if let reference = Reference(rawValue: character), let user, let repo, let (number, end) = digits(after: index, in: characters) {
            return (issue(owner: user, repo: repo, number: number, reference: reference, shown: "\(character)\(number)"), end)
        }
        if character == "@", mentions {
            var end = index + 1
            while end < characters.count, characters[end].isASCII, characters[end].isLetter || characters[end].isNumber || characters[end] == "-" { end += 1 }
            guard end > index + 1, end == characters.count || !(characters[end] == "/" || characters[end] == ".") || end + 1 == characters.count
                    || characters[end + 1] == " " else { return nil }
            let name = String(characters[(index + 1)..<end])
            return ("<a class=\"magiclink magiclink-github magiclink-mention\" href=\"https://github.com/\(name)\" title=\"GitHub User: \(name)\">@\(name)</a>", end)
        }
        // owner/repo#12 or repo#12
        guard character.isASCII, character.isLetter || character.isNumber else { return nil }
        var end = index
        var slash: Int?
        while end < characters.count, characters[end].isASCII,
              characters[end].isLetter || characters[end].isNumber || characters[end] == "-" || characters[end] == "_" || characters[end] == "." || (characters[end] == "/" && slash == nil) {
            if characters[end] == "/" { slash = end }
            end += 1
        }
        guard end < characters.count, let reference = Reference(rawValue: characters[end]),
              let (number, after) = digits(after: end, in: characters) else { return nil }
        let symbol = reference.rawValue
        if let slash {
            let owner = String(characters[index..<slash]), name = String(characters[(slash + 1)..<end])
            guard !owner.isEmpty, !name.isEmpty else { return nil }
            return (issue(owner: owner, repo: name, number: number, reference: reference, shown: "\(owner)/\(name)\(symbol)\(number)"), after)
        }
        guard let user else { return nil }
        let name = String(characters[index..<end])
        return (issue(owner: user, repo: name, number: number, reference: reference, shown: "\(name)\(symbol)\(number)"), after)
    }

    private func digits(after index: Int, in characters: [Character]) -> (String, Int)? {
        var end = index + 1
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard end > index + 1, end == characters.count || !(characters[end].isLetter || characters[end] == "_") else { return nil }
        return (String(characters[(index + 1)..<end]), end)
    }

    private func issue(owner: String, repo: String, number: String, reference: Reference, shown: String) -> String {
        let shown = normalizesSymbols ? String(shown.dropLast(number.count + 1)) + "#" + number : shown
        let display = owner == user && repo == self.repo ? shown.drop(while: { Reference(rawValue: $0) == nil }) : Substring(shown)
        let text = owner == user && repo != self.repo ? Substring(shown.hasPrefix(owner + "/") ? String(shown.dropFirst(owner.count + 1)) : shown) : display
        return "<a class=\"magiclink magiclink-github magiclink-\(reference.kind)\" href=\"https://github.com/\(owner)/\(repo)/\(reference.path)/\(number)\" title=\"\(reference.title): \(owner)/\(repo) #\(number)\">\(HTMLEscaping.escape(text))</a>"
    }
}
