/// Puts the locations of a page rendered from an expanded source back into the files its lines
/// came from: a heading, link or diagnostic in an included file points at that file and line.
extension RenderedDocument {
    /// `self` rendered from `expanded.text` as `file` with first line 1; locations in other files are kept.
    public func remapped(through expanded: ExpandedSource, file: String) -> RenderedDocument {
        func map(_ location: SourceLocation) -> SourceLocation {
            location.file == file ? expanded.location(line: location.line, column: location.column) : location
        }
        /// A later line of the same block, mapped only when it stays in the block's file.
        func mapLine(_ line: Int, sameFileAs block: SourceLocation, fallback: Int) -> Int {
            let mapped = expanded.location(line: line)
            return mapped.file == block.file ? mapped.line : fallback
        }
        var document = self
        document.diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = diagnostic.location.map(map)
            return diagnostic
        }
        document.headings = headings.map { heading in
            var heading = heading
            heading.location = map(heading.location)
            return heading
        }
        document.links = links.map { link in
            var link = link
            link.location = map(link.location)
            return link
        }
        document.codeBlocks = codeBlocks.map { block in
            var block = block
            guard block.location.file == file else { return block }
            block.location = map(block.location)
            block.firstCodeLine = mapLine(block.firstCodeLine, sameFileAs: block.location, fallback: block.location.line + 1)
            if var output = block.expectedOutput {
                let fence = map(output.location)
                output.firstTextLine = mapLine(output.firstTextLine, sameFileAs: fence, fallback: fence.line + 1)
                output.location = fence
                block.expectedOutput = output
            }
            return block
        }
        return document
    }
}
