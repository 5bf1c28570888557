/// A request path checked for every trick that could reach outside the site folder.
///
/// Build one from the raw (still percent-encoded) path of a request before touching the
/// file system: `/a/b/` becomes the segments `["a", "b"]` with a trailing slash, while
/// `/../etc/passwd`, `/%2e%2e/`, `/a%2fb`, `/a%5cb`, `/a%00`, `//etc` and anything not
/// starting with `/` are rejected.
///
///     let path = try RequestPath(rawPath: "/concurrencia/hilos/")
///     path.relativePath // "concurrencia/hilos"
struct RequestPath: Equatable {
    /// Why a raw path was refused.
    enum Rejection: Error, Equatable {
        case notAbsolute
        case emptySegment
        case dotSegment
        case encodedSeparator
        case forbiddenCharacter
        case invalidEncoding
    }

    /// The decoded path segments, none empty, none `.` or `..`, none containing `/` or `\`.
    let segments: [String]
    /// True when the request path ends with `/` (a folder's index page).
    let hasTrailingSlash: Bool

    /// The segments joined with `/`, relative to the site root (`""` for the root).
    var relativePath: String { segments.joined(separator: "/") }

    /// Checks and decodes `rawPath` (the path part of the request target, without the query).
    init(rawPath: String) throws(Rejection) {
        guard rawPath.first == "/" else { throw .notAbsolute }
        var pieces = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        hasTrailingSlash = pieces.last == ""
        if hasTrailingSlash { pieces.removeLast() }
        var decoded: [String] = []
        for piece in pieces {
            guard !piece.isEmpty else { throw .emptySegment }
            let segment = try Self.decode(piece)
            guard segment != ".", segment != ".." else { throw .dotSegment }
            decoded.append(segment)
        }
        segments = decoded
    }

    /// Percent-decodes one segment, refusing separators, control characters and invalid UTF-8.
    private static func decode(_ piece: Substring) throws(Rejection) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(piece.utf8.count)
        var iterator = piece.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .invalidEncoding
                }
                let value = high << 4 | low
                guard value != UInt8(ascii: "/"), value != UInt8(ascii: "\\") else { throw .encodedSeparator }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) else {
            throw .forbiddenCharacter
        }
        guard let segment = String(validating: bytes, as: UTF8.self) else { throw .invalidEncoding }
        return segment
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
