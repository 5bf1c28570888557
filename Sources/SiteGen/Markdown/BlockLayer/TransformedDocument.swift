/// The CommonMark text the block layer hands to cmark (containers turned into raw HTML lines,
/// bodies dedented) with, for every line, where it came from in the page.
struct TransformedDocument {
    /// Where a transformed line came from.
    struct LineOrigin {
        /// 0-based line in the normalized page.
        var sourceLine: Int32
        /// Bytes of leading whitespace the block layer removed (to map columns back).
        var removedBytes: Int32
        /// Index in `containers` of the innermost container holding the line; -1 at top level.
        var container: Int32
    }

    /// The text cmark parses.
    private(set) var bytes: [UInt8] = []
    /// One entry per line of `bytes`.
    private(set) var origins: [LineOrigin] = []
    /// The tabs among the containers, by container index: their set and label.
    var tabs: [Int32: TabPlacement] = [:]
    /// Lines whose text is only known later (a tab set's first line needs all its labels).
    private var placeholders: [(line: Int, byteOffset: Int)] = []
    private var placeholderTexts: [Int: [UInt8]] = [:]

    init(capacity: Int) {
        bytes.reserveCapacity(capacity + capacity / 8)
    }

    /// Appends one line (`prefix` + `text`) and its origin.
    mutating func append(_ text: ArraySlice<UInt8>, prefix: [UInt8] = [], origin: LineOrigin) {
        bytes.append(contentsOf: prefix)
        bytes.append(contentsOf: text)
        bytes.append(0x0A)
        origins.append(origin)
    }

    /// Appends a synthetic line (raw HTML, blank) indented by `indent` spaces.
    mutating func appendSynthetic(_ text: String, indent: Int, origin: LineOrigin) {
        if !text.isEmpty { bytes.append(contentsOf: repeatElement(0x20, count: indent)) }
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        origins.append(origin)
    }

    /// Reserves a line to be filled by `fill(_:with:)`; returns its handle.
    mutating func appendPlaceholder(origin: LineOrigin) -> Int {
        placeholders.append((origins.count, bytes.count))
        bytes.append(0x0A)
        origins.append(origin)
        return placeholders.count - 1
    }

    /// Sets the text of placeholder `handle` (indentation included, no newline).
    mutating func fill(_ handle: Int, with text: String) {
        placeholderTexts[handle] = Array(text.utf8)
    }

    /// The final text with placeholders filled, and the 0-based line index of each placeholder.
    func finishedText() -> String {
        guard !placeholders.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + placeholderTexts.values.reduce(0) { $0 + $1.count })
        var copied = 0
        for (handle, placeholder) in placeholders.enumerated() {
            result.append(contentsOf: bytes[copied..<placeholder.byteOffset])
            result.append(contentsOf: placeholderTexts[handle] ?? [])
            copied = placeholder.byteOffset
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }
}
