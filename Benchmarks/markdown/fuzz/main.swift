// Fuzzes the Markdown layer: renders many random and mutated dialect documents, each under a
// time bound, checking that nothing crashes or hangs and that every location points into the page.
// Not part of `swift test`: run it in release mode.
//
//     swift build -c release --product MarkdownFuzz
//     .build/release/MarkdownFuzz [--count 100000] [--seed 1] [--bound 2] [--dump N]
//     .build/release/MarkdownFuzz --stress      (5,000 nesting levels, a 20 MB page, 1 MB lines)
//     .build/release/MarkdownFuzz --mkdocs      (read as an mkdocs.yml project: Python-Markdown's rules on)
//
// A crash or hang prints the document index; `--dump N` writes that document to stdout.
import Foundation
import SiteGen

struct Settings {
    var count = 100_000
    var seed: UInt64 = 1
    var boundSeconds: UInt32 = 2
    var dump: Int?
    var stress = false
    var mkdocs = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            if flag == "--stress" { stress = true; continue }
            if flag == "--mkdocs" { mkdocs = true; continue }
            let value = iterator.next() ?? ""
            switch flag {
            case "--count": count = Int(value) ?? count
            case "--seed": seed = UInt64(value) ?? seed
            case "--bound": boundSeconds = UInt32(value) ?? boundSeconds
            case "--dump": dump = Int(value)
            default: FatalReport.fail("unknown flag \(flag)")
            }
        }
    }
}

let settings = Settings(CommandLine.arguments)
let seedPage = (try? String(contentsOfFile: "/work/shared/seed/000_16d6371f105b8383.txt", encoding: .utf8))
    ?? "# Título\n\n=== \"A\"\n    ```swift\n    print(1)\n    ```\n\n!!! note \"*T*\"\n    cuerpo\n"
let generator = DocumentGenerator(basePage: seedPage)
if let index = settings.dump {
    print(generator.document(seed: settings.seed, index: index), terminator: "")
    exit(0)
}

FatalReport.install()
if settings.stress {
    StressCases.run(bound: max(settings.boundSeconds, 120))
    exit(0)
}
var options = MarkdownOptions()
options.pythonMarkdown = settings.mkdocs
let renderer = MarkdownRenderer(options: options)
var checker = InvariantChecker()
let start = Date()
var bytes = 0
for index in 0..<settings.count {
    let document = generator.document(seed: settings.seed, index: index)
    bytes += document.utf8.count
    FatalReport.current(index: index, seed: settings.seed)
    alarm(settings.boundSeconds)
    let page = renderer.render(document, file: "fuzz.md")
    alarm(0)
    checker.check(page, source: document, index: index)
}
let seconds = Date().timeIntervalSince(start)
print(String(format: "%d documents (%.1f MB) rendered in %.1f s, seed %llu, bound %u s per document: no crash, no hang, %d invariant failures",
             settings.count, Double(bytes) / 1_048_576, seconds, settings.seed, settings.boundSeconds, checker.failures))
exit(checker.failures == 0 ? 0 : 1)
