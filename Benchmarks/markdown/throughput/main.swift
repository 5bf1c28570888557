// Markdown throughput: the seed page rendered N times (default 1,000) through the whole
// Markdown layer, against raw cmark-gfm on the same text in the same run.
//
//     swift build -c release --product MarkdownBenchmark && .build/release/MarkdownBenchmark [seed.md] [N]
import CCmarkGFM
import Foundation
import SiteGen

let arguments = CommandLine.arguments
let seedPath = arguments.count > 1 ? arguments[1] : "/work/shared/seed/000_16d6371f105b8383.txt"
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
guard let page = try? String(contentsOfFile: seedPath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read \(seedPath)\n".utf8))
    exit(2)
}

/// CPU seconds of this thread (stable on a shared, loaded machine, unlike wall time).
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// CPU seconds taken by `body`, best of three rounds.
func bestTime(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = threadCPUSeconds()
        body()
        best = min(best, threadCPUSeconds() - start)
    }
    return best
}

/// Raw cmark-gfm with the same extensions and options; `render` adds HTML rendering.
func rawCmark(_ text: String, render: Bool) -> Int {
    cmark_gfm_core_extensions_ensure_registered()
    let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
    guard let parser = cmark_parser_new(options) else { return 0 }
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tasklist"] {
        if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
    }
    var copy = text
    copy.withUTF8 { bytes in bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) } }
    guard let root = cmark_parser_finish(parser) else { return 0 }
    defer { cmark_node_free(root) }
    guard render, let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return 1 }
    defer { free(html) }
    return strlen(html)
}

var sink = 0
if ProcessInfo.processInfo.environment["MARKDOWN_BENCH_PROFILE"] != nil {
    // Only our renderer, for `perf record`.
    let renderer = MarkdownRenderer()
    for _ in 0..<repetitions { sink &+= renderer.render(page, file: "seed.md").html.utf8.count }
    exit(sink == 42 ? 1 : 0)
}
let parseOnly = bestTime { for _ in 0..<repetitions { sink &+= rawCmark(page, render: false) } }
let parseRender = bestTime { for _ in 0..<repetitions { sink &+= rawCmark(page, render: true) } }
let renderer = MarkdownRenderer()
let ours = bestTime { for _ in 0..<repetitions { sink &+= renderer.render(page, file: "seed.md").html.utf8.count } }
let megabytes = Double(page.utf8.count * repetitions) / 1_048_576

func line(_ name: String, _ seconds: Double) -> String {
    name.padding(toLength: 26, withPad: " ", startingAt: 0)
        + String(format: "%8.3f s CPU  %7.1f MB/s  %6.2fx raw parse", seconds, megabytes / seconds, seconds / parseOnly)
}
print("seed page \(page.utf8.count) bytes x \(repetitions) (thread CPU time, best of 3)")
print(line("cmark-gfm parse", parseOnly))
print(line("cmark-gfm parse+render", parseRender))
print(line("MarkdownRenderer.render", ours))
if sink == 42 { print("") }
