import Foundation
import Hummingbird
import SiteGen

/// Ready-made answers for the site's files, kept while each file is unchanged.
///
/// `FileMiddleware` works out the same headers (ETag, Last-Modified, Content-Type…) on every
/// request; a dev server answering the same pages and assets again and again can compute them
/// once per file version. The headers are exactly those `FileMiddleware` sends, so a browser
/// sees one ETag per file version whichever of the two answered.
final class PreparedFileResponses: Sendable {
    /// One file version's status-200 headers and body.
    struct Prepared: Sendable {
        var identity: FileIdentity
        var etag: String
        var headers: HTTPFields
        var body: ByteBuffer
    }

    private let entries = Mutex<[String: Prepared]>([:])
    private let limit = 20_000

    /// The prepared answer for `relativePath` (found as `file`), made with `make` when missing or
    /// out of date; `nil` when `make` declines (large files stream from disk instead).
    func prepared(for relativePath: String, file: SiteFolder.Found, make: () throws -> Prepared?) rethrows -> Prepared? {
        if let known = entries.withLock({ $0[relativePath] }), known.identity == file.identity { return known }
        guard let made = try make() else { return nil }
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll() }
            entries[relativePath] = made
        }
        return made
    }

    /// The answer `FileMiddleware` would give for `file` served at `relativePath`, when its bytes
    /// are kept in memory.
    static func prepare(_ file: SiteFolder.Found, relativePath: String, files: SiteFileProvider,
                        mediaTypes: [String: MediaType]) throws -> Prepared? {
        guard let body = try files.contentsInMemory(of: file) else { return nil }
        let attributes = files.attributes(of: file)
        let etag = ETag.weak(modified: attributes.modificationDate, size: attributes.size)
        var headers = HTTPFields()
        headers[.contentLength] = String(attributes.size)
        headers[.lastModified] = HTTPDate.format(attributes.modificationDate)
        headers[.eTag] = etag
        headers[.acceptRanges] = "bytes"
        if let dot = relativePath.lastIndex(of: ".") {
            let fileExtension = String(relativePath[relativePath.index(after: dot)...])
            if let type = mediaTypes[fileExtension] ?? MediaType.getMediaType(forExtension: fileExtension) {
                headers[.contentType] = type.description
            }
        }
        headers[.cacheControl] = "no-cache"
        return Prepared(identity: file.identity, etag: etag, headers: headers, body: body)
    }
}

/// The weak ETag `FileMiddleware` derives from a file's modification time and size: the text
/// `"<seconds since 1970>-<size>"` folded by XOR into 16 bytes, in hexadecimal.
enum ETag {
    static func weak(modified: Date, size: Int) -> String {
        var folded = [UInt8](repeating: 0, count: 16)
        let text = String(describing: modified.timeIntervalSince1970) + "-" + String(describing: size)
        for (index, byte) in text.utf8.enumerated() { folded[index % 16] ^= byte }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in folded { hex += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return "W/\"" + String(decoding: hex, as: UTF8.self) + "\""
    }
}

/// HTTP dates (`Wed, 25 Nov 2026 19:49:48 GMT`, RFC 9110's IMF-fixdate).
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
