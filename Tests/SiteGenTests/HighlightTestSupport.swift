import Foundation

/// Helpers shared by the highlighter tests: turn highlighted HTML back into what a reader sees.
enum HighlightedText {
    /// The HTML with tags removed and entities decoded: must equal the source code.
    static func plainText(of html: String) -> String {
        let withoutTags = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return withoutTags.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// True when some line opens a `<span` it does not close on that same line.
    static func hasSpanAcrossLines(_ html: String) -> Bool {
        html.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            line.components(separatedBy: "<span").count != line.components(separatedBy: "</span>").count
        }
    }
}
