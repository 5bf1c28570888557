import Testing
import Yams
@testable import SiteGen

/// Front matter is read without Yams when it is plain `key: value` lines; the result must be what
/// YAML says, and anything YAML could read differently must be left to Yams.
@Suite struct PlainYAMLMappingTests {
    /// The string values Yams gives for a flat mapping.
    private func yamsStrings(_ yaml: String) throws -> [String: String] {
        guard case .mapping(let mapping)? = try Yams.compose(yaml: yaml) else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            if case .scalar(let k) = key, case .scalar(let v) = value { result[k.string] = v.string }
        }
        return result
    }

    @Test(arguments: [
        "title: Hilos en Python\n",
        "title: Hilos 3\nauthor: Ana\n",
        "title: ¿Qué es un hilo? Más allá de la teoría\n",
        "title: a:b sin espacio\nslug: hilos-y-colas\n",
        "title: 42\n",
        "title:    espacios antes\n",
        "title: C# y hilos\n",
    ])
    func readsWhatYAMLReads(_ yaml: String) throws {
        let plain = try #require(PlainYAMLMapping.parse(yaml[...]))
        #expect(plain == (try yamsStrings(yaml)))
    }

    @Test(arguments: [
        "title: \"Entre comillas\"\n",   // quoted scalar: YAML unescapes
        "title: 'simple'\n",
        "title: a # comentario\n",       // YAML drops the comment
        "title: [a\n",                   // malformed: Yams reports it
        "title:\n",                      // empty value
        "title: x\ntitle: y\n",          // repeated key
        "tags:\n  - a\n",                // nesting
        "title: dos: puntos\n",
        "# comentario\ntitle: x\n",
        "title: &ancla x\n",
        "title: |\n  bloque\n",
    ])
    func leavesAnythingElseToYAML(_ yaml: String) {
        #expect(PlainYAMLMapping.parse(yaml[...]) == nil)
    }
}
