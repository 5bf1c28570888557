import Testing
@testable import SiteGen

/// `toc: slugify:` choices (ids measured with pymdownx.slugs 13.1).
@Suite struct HeadingSlugStyleTests {
    @Test func unicodeLowerKeepsAccents() {
        let style = HeadingSlugStyle(toc: ExtensionOptions(["slugify": .tagged(tag: "tag:yaml.org,2002:python/object/apply:pymdownx.slugs.slugify", value: "case=lower")]))
        #expect(style.slug("¿Dónde están  los resultados? Árbol_x-y") == "dónde-están-los-resultados-árbol_x-y")
        #expect(style.slug("Niño & niña") == "niño--niña")
    }

    @Test func withoutTheOptionMkDocsDefault() {
        #expect(HeadingSlugStyle(toc: ExtensionOptions()).slug("¿Dónde están?") == "donde-estan")
    }
}
