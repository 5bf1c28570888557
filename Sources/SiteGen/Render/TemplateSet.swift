import Foundation
import Mustache

/// The Mustache templates of a theme, loaded once: `page.mustache` plus partials (every other
/// `*.mustache` in the folder, by name without extension: `{{> nav-item}}`).
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// The same templates compiled for fast rendering, when every one of them stays within what
    /// `CompiledTemplate` covers (else swift-mustache renders everything).
    private(set) var compiled: [String: CompiledTemplate]?
    /// True when some template iterates or reads `nav` itself (otherwise only `nav_html` is
    /// needed and the per-page `nav` value is not built).
    let usesNavValue: Bool

    /// The template every page (and `404.html`) is rendered with.
    static let pageTemplate = "page"

    /// Loads `folder`; template syntax errors come back located (`templates/page.mustache:3:7`).
    static func load(from folder: String, display: (String) -> String) -> (TemplateSet?, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var usesNav = false
        var compiled: [String: CompiledTemplate]? = [:]
        let fileManager = FileManager.default
        let names = (fileManager.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") }
            .sorted()
        for name in names {
            let path = folder + "/" + name
            guard let data = fileManager.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template", at: SourceLocation(file: display(path), line: 1)))
                continue
            }
            usesNav = usesNav || Self.mentionsNav(text)
            let templateName = String(name.dropLast(".mustache".count))
            if let template = CompiledTemplate.compile(text) { compiled?[templateName] = template } else { compiled = nil }
            do {
                try library.register(text, named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(file: display(path), line: error.context.lineNumber,
                                              column: error.context.columnNumber)
                diagnostics.append(.error("template syntax: \(error.error)", at: location))
            } catch {
                diagnostics.append(.error("template syntax: \(error)", at: SourceLocation(file: display(path), line: 1)))
            }
        }
        guard library.getTemplate(named: pageTemplate) != nil else {
            if diagnostics.isEmpty {
                diagnostics.append(.error("no \(pageTemplate).mustache in templates folder '\(display(folder))'"))
            }
            return (nil, diagnostics)
        }
        return (TemplateSet(library: library, compiled: compiled, usesNavValue: usesNav), diagnostics)
    }

    /// True when `text` has a `nav` tag (`{{#nav}}`, `{{^nav}}`, `{{nav…`), not just `nav_html`.
    static func mentionsNav(_ text: String) -> Bool {
        ["{{#nav}}", "{{^nav}}", "{{nav}}", "{{#nav.", "{{nav.", "{{ nav", "{{# nav", "{{#nav ", "{{^ nav"].contains { text.contains($0) }
    }

    /// Renders the partial `name` alone with `context`; `nil` when the theme has no such partial.
    func renderPartial(_ name: String, _ context: [String: Any]) -> String? {
        if let compiled {
            return compiled[name].map { CompiledTemplateRenderer(partials: compiled).render($0, MustacheValue(context)) }
        }
        return library.getTemplate(named: name) == nil ? nil : library.render(context, withTemplate: name)
    }

    /// Renders Mustache `text` (which may use this set's partials) with `context`.
    func render(text: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplate(string: text).render(context, library: library)
    }

    /// Renders the page template with `context` (a tree of dictionaries, arrays, strings, booleans).
    func renderPage(_ context: [String: Any]) -> String {
        if let compiled, let page = compiled[Self.pageTemplate] {
            return CompiledTemplateRenderer(partials: compiled).render(page, MustacheValue(context))
        }
        return library.render(context, withTemplate: Self.pageTemplate) ?? ""
    }

    /// `renderPage` through swift-mustache, whatever `compiled` holds: the reference the compiled
    /// renderer is tested against.
    func referenceRenderPage(_ context: [String: Any]) -> String {
        library.render(context, withTemplate: Self.pageTemplate) ?? ""
    }
}
