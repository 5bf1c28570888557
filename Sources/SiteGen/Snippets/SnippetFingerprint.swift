/// A short, stable name for what a snippet is: its info string, its code (hidden lines too), its
/// expected output, and the fingerprints of the snippets it `include=`s or must print the same as
/// (`same_output_as=`). The verification record stores it when a snippet passes; the build compares
/// it with the block it renders, so a badge disappears as soon as anything the verdict depended on
/// is edited.
///
/// Computed per page, in document order, because `include=NAME` names an earlier block of the page.
public enum SnippetFingerprint {
    /// The fingerprint of each of `blocks` (one page's fenced blocks in document order).
    public static func of(_ blocks: [CodeBlock]) -> [String] {
        var byID: [String: String] = [:]
        var fingerprints = blocks.map { block in
            var text = block.rawInfo + "\u{1}" + block.code + "\u{1}"
            if let output = block.expectedOutput {
                text += (output.unordered ? "unordered\u{1}" : "ordered\u{1}") + output.text
            }
            for name in block.info.includes { text += "\u{1}include:" + (byID[name] ?? "?") }
            let fingerprint = hex(ContentFingerprint.of(Array(text.utf8)))
            if let id = block.info.id { byID[id] = fingerprint }
            return fingerprint
        }
        // `same_output_as=ID` (earlier or later on the page): the verdict also depends on that block.
        for (index, block) in blocks.enumerated() {
            guard let name = block.info.sameOutputAs, let other = byID[name] else { continue }
            fingerprints[index] = hex(ContentFingerprint.of(Array((fingerprints[index] + "\u{1}same:" + other).utf8)))
        }
        return fingerprints
    }

    private static func hex(_ value: Int) -> String {
        let digits = String(UInt64(bitPattern: Int64(value)), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
