/// The words a built site shows its readers, in one language.
///
/// Chosen by `theme.language`; adding a language is adding one file like `Strings+Spanish.swift`
/// and a case in `forLanguage(_:)`.
///
///     let strings = LocalizedStrings.forLanguage("es")
///     strings.admonitionTitle(for: "note") // "Nota"
public struct LocalizedStrings: Sendable {
    /// BCP 47 code written to `<html lang>`.
    public var languageCode: String
    /// Interface strings by key (`search`, `onThisPage`, `previous`, `next`, `copy`, `copied`, `output`…).
    public var ui: [String: String]
    /// Default admonition titles by type (`note` → "Nota").
    public var admonitionTitles: [String: String]

    public init(languageCode: String, ui: [String: String], admonitionTitles: [String: String]) {
        self.languageCode = languageCode
        self.ui = ui
        self.admonitionTitles = admonitionTitles
    }

    /// The strings for `code` (`es`, `en`, `es-MX`…); unknown languages fall back to English.
    public static func forLanguage(_ code: String) -> LocalizedStrings {
        switch code.lowercased().prefix(2) {
        case "es": .spanish
        default: .english
        }
    }

    /// The default title of an admonition of `type`: the language's word, else the type capitalised (as MkDocs does).
    public func admonitionTitle(for type: String) -> String {
        admonitionTitles[type.lowercased()] ?? (type.prefix(1).uppercased() + type.dropFirst())
    }

    /// The interface string `key`, or the key itself when missing (visible, so it gets fixed).
    public subscript(_ key: String) -> String { ui[key] ?? key }
}
