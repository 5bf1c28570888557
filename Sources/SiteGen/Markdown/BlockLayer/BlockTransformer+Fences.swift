/// Fences that never close. Python-Markdown (superfences) only makes a fence of an opening line
/// that has its closing line in the same container; otherwise the line stays text, and the page
/// builds. We do the same and warn, where CommonMark would run the code to the container's end.
extension BlockTransformer {
    /// Passes over a page before fences still open are left to cmark (as code to the end).
    static let maxFencePasses = 4

    /// Emits an opening fence line that never closes as text: each fence character escaped
    /// (`\`\`\`python`), so cmark reads a paragraph line showing "```python".
    mutating func emitLiteralFence(_ stripped: (text: ArraySlice<UInt8>, prefix: [UInt8], removedBytes: Int),
                                   fenceStart: Int, length: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stripped.text.count + length)
        for index in stripped.text.indices {
            if index >= fenceStart, index < fenceStart + length { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(stripped.text[index])
        }
        emit((bytes[...], stripped.prefix, stripped.removedBytes), markBody: true)
    }

    /// The warning for a fence that does not close: shown as text (MkDocs' reading) or, past
    /// `maxFencePasses`, left as code to the end of its container.
    static func unclosedWarning(_ open: OpenFence, asText: Bool) -> Diagnostic {
        let closing = String(repeating: Character(UnicodeScalar(open.character)), count: open.length)
        let shown = asText ? "shown as text, as MkDocs shows it" : "code runs to the end of its container"
        return .warning("unclosed code fence (\(shown)): add a closing \(closing)", at: open.location)
    }
}
