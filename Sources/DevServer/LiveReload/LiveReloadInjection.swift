/// Adds the live-reload `<script>` to an HTML page as `serve` sends it (never to built files).
///
/// The tag goes just before the last `</body>` (any letter case); a page without one gets it at
/// the end. The page always grows by exactly `tag.count` bytes, so a file's served size is known
/// from its size on disk.
///
///     let injection = LiveReloadInjection()
///     injection.inject(into: Array("<body>Hola</body>".utf8)) // "<body>Hola<script …></script></body>"
struct LiveReloadInjection: Sendable {
    /// The bytes added to every HTML page.
    let tag: [UInt8]

    init(scriptPath: String = LiveReloadRoutes.scriptPath) {
        tag = Array("<script src=\"\(scriptPath)\" defer></script>".utf8)
    }

    /// Whether a file served from `path` is an HTML page that gets the script.
    static func isHTML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    /// `html` with the script tag before its closing `</body>`.
    func inject(into html: [UInt8]) -> [UInt8] {
        var page = html
        page.insert(contentsOf: tag, at: Self.closingBodyOffset(in: html) ?? html.count)
        return page
    }

    private static let closingBody = Array("</body".utf8)

    /// The offset of the last `</body` in `html`, compared without regard to ASCII case.
    static func closingBodyOffset(in html: [UInt8]) -> Int? {
        guard html.count >= closingBody.count else { return nil }
        var start = html.count - closingBody.count
        while start >= 0 {
            var matches = true
            for (index, expected) in closingBody.enumerated() where lowercased(html[start + index]) != expected {
                matches = false
                break
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
