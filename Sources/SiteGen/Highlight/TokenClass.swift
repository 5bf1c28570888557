/// The kinds of token the highlighters mark, each written as a short CSS class (`<span class="k">`).
///
/// The classes are short because they appear thousands of times in a page; the theme's CSS
/// (`templates/assets/sitegen.css`, "Code" section) gives each one a colour in both palettes.
public enum TokenClass: String, Sendable, CaseIterable {
    /// Keywords (`def`, `func`, `if`, `then`).
    case keyword = "k"
    /// String literals, quotes included.
    case string = "s"
    /// Number literals.
    case number = "n"
    /// Comments.
    case comment = "c"
    /// Names of functions being declared, and shell commands.
    case function = "f"
    /// Type names (declared classes, Swift types).
    case type = "t"
    /// Built-in functions and names (`print`, `len`, `self`).
    case builtin = "b"
    /// Attributes, decorators and directives (`@MainActor`, `@dataclass`, `#if`, YAML tags and anchors).
    case attribute = "a"
    /// Keys of mappings (JSON object keys, YAML keys) and Swift argument labels.
    case property = "p"
    /// Variables worth telling apart (`$HOME`, `$0`).
    case variable = "v"
    /// Literal constants (`true`, `None`, `null`).
    case literal = "l"
    /// Operators the language gives meaning to (`->`, `|`, `&&`).
    case `operator` = "o"
    /// A shell prompt (`$ `) at the start of a console line.
    case prompt = "gp"
}
