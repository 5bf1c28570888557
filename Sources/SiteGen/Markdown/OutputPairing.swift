/// Attaches expected output to code blocks (DESIGN.md §3): a block's expected output is the next
/// fenced block at the same nesting level (same container, same parent block) when that block's
/// language is `output`. Any other code block at that level in between breaks the pairing.
enum OutputPairing {
    /// A nesting level: the innermost container (tab, admonition…) and the parent node in cmark's tree.
    struct Level: Hashable {
        var container: Int
        var parent: Int
    }

    /// The blocks, in document order, with `expectedOutput` set where an output block follows.
    static func attach(_ blocks: [(block: CodeBlock, level: Level)]) -> [CodeBlock] {
        var result = blocks.map(\.block)
        var previousAtLevel: [Level: Int] = [:]
        for (index, entry) in blocks.enumerated() {
            if entry.block.info.isOutput, let previous = previousAtLevel[entry.level], !result[previous].info.isOutput {
                result[previous].expectedOutput = ExpectedOutput(
                    text: entry.block.code, unordered: entry.block.info.unordered,
                    location: entry.block.location, firstTextLine: entry.block.firstCodeLine)
            }
            previousAtLevel[entry.level] = index
        }
        return result
    }
}
