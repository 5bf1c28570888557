import Foundation
import SiteGen
@testable import SnippetRunner

/// Builds code blocks the way the Markdown layer reports them, so runner tests can state pages inline.
/// Lines are numbered as in a page where each block is a fence, its lines, and a closing fence.
struct PageBuilder {
    var file: String
    private(set) var blocks: [CodeBlock] = []
    private var line = 1

    init(file: String) { self.file = file }

    /// Adds a ```` ```swift <words> ```` block with `code`, and an ```` ```output ```` block after it when given;
    /// returns the line of the block's first code line.
    @discardableResult
    mutating func swift(_ words: String = "", _ code: String, output: String? = nil, unordered: Bool = false,
                        tab: TabPlacement? = nil) -> Int {
        block("swift", words, code, output: output, unordered: unordered, tab: tab)
    }

    /// Adds a ```` ```python <words> ```` block, as `swift(…)` does.
    @discardableResult
    mutating func python(_ words: String = "", _ code: String, output: String? = nil, unordered: Bool = false,
                         tab: TabPlacement? = nil) -> Int {
        block("python", words, code, output: output, unordered: unordered, tab: tab)
    }

    private mutating func block(_ language: String, _ words: String, _ code: String, output: String?, unordered: Bool,
                                tab: TabPlacement?) -> Int {
        let raw = words.isEmpty ? language : "\(language) \(words)"
        let fence = line
        let codeLine = fence + 1
        line = codeLine + code.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        var expected: ExpectedOutput?
        if let output {
            let outputFence = line
            expected = ExpectedOutput(text: output, unordered: unordered, location: SourceLocation(file: file, line: outputFence),
                                      firstTextLine: outputFence + 1)
            line = outputFence + output.split(separator: "\n", omittingEmptySubsequences: false).count + 3
        }
        let parsed = CodeBlockInfo.parse(raw)
        blocks.append(CodeBlock(info: parsed.info, rawInfo: raw, code: code,
                                location: SourceLocation(file: file, line: fence), firstCodeLine: codeLine,
                                expectedOutput: expected, infoProblems: parsed.problems, infoOffset: 3, tab: tab))
        return codeLine
    }

    var page: SnippetPage { SnippetPage(file: file, codeBlocks: blocks) }
}

/// A scratch project folder with a tiny library (`Greeter`), removed by `remove()`.
struct ScratchProject {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "snippet-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: "\(root)/Library", withIntermediateDirectories: true)
        try """
        @_exported import Foundation

        public struct Greeter: Sendable {
            public var name: String
            public init(name: String) { self.name = name }
            public func greeting() -> String { "Hola, \\(name)!" }
        }
        """.write(toFile: "\(root)/Library/Greeter.swift", atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// The `snippets:` config naming the `Greeter` library.
    var greeterLibrary: SnippetsConfig {
        SnippetsConfig(librarySources: ["\(root)/Library"], moduleName: "Greeter", defaultTimeout: 10)
    }

    /// Verifies `pages` in this project.
    func verify(_ pages: [SnippetPage], config: SnippetsConfig?, options: VerifyOptions = VerifyOptions(useCache: false)) -> VerificationReport {
        SnippetVerifier(projectRoot: root, options: options).verify(pages: pages, config: config)
    }
}
