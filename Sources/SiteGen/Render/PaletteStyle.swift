/// `theme.palette` as CSS: Material's colour names mapped onto the custom properties of the
/// built-in theme (`--header-bg`, `--header-fg`, `--link`, `--accent`, `--accent-fg` in
/// `templates/assets/sitegen.css`), for the light scheme (`default`) and the dark one (`slate`).
enum PaletteStyle {
    /// Material's primary colours.
    static let primary: [String: String] = [
        "red": "#ef5552", "pink": "#e92063", "purple": "#ab47bd", "deep-purple": "#7e56c2", "indigo": "#4051b5",
        "blue": "#2094f3", "light-blue": "#02a6f2", "cyan": "#00bdd6", "teal": "#009485", "green": "#4cae4f",
        "light-green": "#8bc34b", "lime": "#cbdc38", "yellow": "#ffec3d", "amber": "#ffc105", "orange": "#ffa724",
        "deep-orange": "#ff6e42", "brown": "#795649", "grey": "#757575", "blue-grey": "#546d78",
        "black": "#000000", "white": "#ffffff",
    ]

    /// Material's accent colours.
    static let accent: [String: String] = [
        "red": "#ff1a47", "pink": "#f50056", "purple": "#df41fb", "deep-purple": "#7c4dff", "indigo": "#526cfe",
        "blue": "#4287ff", "light-blue": "#0091eb", "cyan": "#00bad6", "teal": "#00bda4", "green": "#00c753",
        "light-green": "#63de17", "lime": "#b0eb00", "yellow": "#ffd600", "amber": "#ffaa00", "orange": "#ff9100",
        "deep-orange": "#ff6e42",
    ]

    /// Colours light enough to need dark text on them.
    static let light: Set<String> = ["lime", "yellow", "amber", "orange", "light-green", "white"]
    /// Primary colours too pale or too neutral to colour links with.
    static let unfitForLinks: Set<String> = ["black", "white", "grey", "lime", "yellow", "amber", "light-green"]

    /// The `<style>` body for `schemes`; empty when no colour is one sitegen knows.
    static func css(for schemes: [PaletteScheme]) -> String {
        var css = ""
        if let light = schemes.first(where: { !$0.isDark }), let body = properties(light) {
            css += ":root{\(body)}"
        }
        if let dark = schemes.first(where: \.isDark), let body = properties(dark) {
            css += ":root[data-theme=\"dark\"]{\(body)}@media (prefers-color-scheme: dark){:root:not([data-theme=\"light\"]){\(body)}}"
        }
        return css
    }

    private static func properties(_ scheme: PaletteScheme) -> String? {
        var body = ""
        if let name = scheme.primary, let colour = primary[name] {
            body += "--header-bg:\(colour);--header-fg:\(light.contains(name) ? "#1f2328" : "#ffffff");"
            if !unfitForLinks.contains(name) && !scheme.isDark { body += "--link:\(colour);" }
        }
        if let name = scheme.accent, let colour = accent[name] {
            body += "--accent:\(colour);--accent-fg:\(light.contains(name) ? "#1f2328" : "#ffffff");"
        }
        return body.isEmpty ? nil : body
    }
}
