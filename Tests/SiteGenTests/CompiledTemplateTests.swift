import Testing
@testable import SiteGen

/// Pages render through `CompiledTemplate` (swift-mustache stays the reference and the fallback):
/// it must give what the Mustache specification says, and exactly what swift-mustache gives for
/// the theme's templates.
@Suite struct CompiledTemplateTests {
    private func render(_ template: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        let compiled = try #require(CompiledTemplate.compile(template))
        var library: [String: CompiledTemplate] = [:]
        for (name, text) in partials {
            let partial = try #require(CompiledTemplate.compile(text))
            library[name] = partial
        }
        return CompiledTemplateRenderer(partials: library).render(compiled, MustacheValue(context))
    }

    @Test func interpolationEscapesHTMLUnlessTripleOrAmpersand() throws {
        let context: [String: Any] = ["t": "<a href=\"x\">Tom & 'Jerry'</a>", "n": 42, "b": true]
        #expect(try render("{{t}}|{{{t}}}|{{& t}}|{{ n }}|{{b}}", context)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;|<a href=\"x\">Tom & 'Jerry'</a>|<a href=\"x\">Tom & 'Jerry'</a>|42|true")
    }

    @Test func dottedNamesLookUpTheStackThenDescend() throws {
        let context: [String: Any] = ["page": ["title": "Hilos"], "site": "Curso", "items": [["name": "a"], ["name": "b"]]]
        #expect(try render("{{page.title}}{{page.missing}}{{missing.title}}", context) == "Hilos")
        #expect(try render("{{#items}}{{name}}@{{site}};{{/items}}", context) == "a@Curso;b@Curso;")
        #expect(try render("{{#page}}{{title}}{{/page}}", context) == "Hilos")
        #expect(try render("{{#list}}<{{.}}>{{/list}}", ["list": ["x", "y"]]) == "<x><y>")
    }

    @Test func sectionsFollowTruthinessAndInvertedSectionsTheOpposite() throws {
        let context: [String: Any] = ["yes": true, "no": false, "empty": [[String: Any]](), "text": "", "map": ["k": 1]]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#text}}T{{/text}}{{#map}}M{{k}}{{/map}}{{#missing}}X{{/missing}}", context)
            == "YTM1")
        #expect(try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^text}}T{{/text}}{{^missing}}X{{/missing}}", context)
            == "NEX")
    }

    @Test func standaloneTagLinesLeaveNoTrace() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! comentario }}\n</ul>\n{{#no}}\n{{/no}}"
        #expect(try render(template, ["items": ["a", "b"], "no": false]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("a {{#yes}}\nb\n{{/yes}} c", ["yes": true]) == "a \nb\n c", "tags sharing a line with text are not standalone")
        #expect(try render("|\r\n{{#yes}}\r\n|{{/yes}}", ["yes": true]) == "|\r\n|")
    }

    @Test func standalonePartialsAreIndentedLineByLineButNotTheirData() throws {
        let partials = ["item": "<li>\n{{{html}}}\n</li>\n"]
        let output = try render("<ul>\n  {{> item}}\n</ul>\n", ["html": "<b>\nx</b>"], partials: partials)
        #expect(output == "<ul>\n  <li>\n  <b>\nx</b>\n  </li>\n</ul>\n")
        #expect(try render("[{{> item}}]", ["html": "h"], partials: partials) == "[<li>\nh\n</li>\n]")
        #expect(try render("[{{> nothing}}]", [:]) == "[]")
    }

    @Test func partialsRecurseOverNestedData() throws {
        let partials = ["node": "{{name}}{{#children}}({{> node}}){{/children}}"]
        let leaf = { (name: String) -> [String: Any] in ["name": name, "children": [[String: Any]]()] }
        let tree: [String: Any] = ["name": "a", "children": [["name": "b", "children": [leaf("c")]], leaf("d")]]
        #expect(try render("{{> node}}", tree, partials: partials) == "a(b(c))(d)")
        let selfIncluding = ["loop": "x{{> loop}}"]
        #expect(try render("{{> loop}}", [:], partials: selfIncluding).count == 200, "bounded, not a stack overflow")
    }

    @Test func setDelimitersChangeTheTagMarkers() throws {
        #expect(try render("{{=<% %>=}}<% a %>{{a}}<%={{ }}=%>{{a}}", ["a": "1"]) == "1{{a}}1")
    }

    @Test func whatIsNotCoveredIsLeftToSwiftMustache() {
        #expect(CompiledTemplate.compile("{{uppercased(name)}}") == nil)
        #expect(CompiledTemplate.compile("{{<base}}{{$title}}x{{/title}}{{/base}}") == nil)
        #expect(CompiledTemplate.compile("{{>*dynamic}}") == nil)
        #expect(CompiledTemplate.compile("{{#open}}never closed") == nil)
        #expect(CompiledTemplate.compile("{{#a}}{{/b}}") == nil)
    }

    @Test func theCourseRendersExactlyAsSwiftMustacheRendersIt() throws {
        let root = PathUtilities.absolute("../..", relativeTo: PathUtilities.folder(of: #filePath))
        let site = try #require(SiteBuilder(options: BuildOptions(projectRoot: root)).loadAndParse())
        let (loaded, problems) = TemplateSet.load(from: site.config.templatesDir, display: { $0 })
        let templates = try #require(loaded)
        #expect(problems.isEmpty)
        #expect(templates.compiled != nil, "the theme stays within the compiled subset")
        let contexts = PageContext(site: site, templates: templates)
        #expect(site.pages.count >= 5)
        for page in site.pages {
            let context = contexts.context(for: page)
            #expect(templates.renderPage(context) == templates.referenceRenderPage(context), "\(page.sourcePath)")
        }
        let notFound = contexts.notFoundContext()
        #expect(templates.renderPage(notFound) == templates.referenceRenderPage(notFound))
    }
}

