import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 response as read off the socket.
struct RawHTTPResponse {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A deliberately dumb HTTP client over a TCP socket: it sends the request target exactly as
/// given (no normalisation, unlike URLSession), which traversal tests need. Blocking I/O runs on
/// a thread of its own (`onOwnThread`).
enum RawHTTPClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `method target` with `headers` on a fresh connection and reads the whole response.
    static func send(_ method: String = "GET", _ target: String, port: Int, headers: [String: String] = [:]) async throws -> RawHTTPResponse {
        try await onOwnThread { try sendBlocking(method, target, port: port, headers: headers) }
    }

    /// `send` on the calling thread.
    static func sendBlocking(_ method: String, _ target: String, port: Int, headers: [String: String]) throws -> RawHTTPResponse {
        let socket = try TestSocket(port: port)
        defer { socket.close() }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        try socket.write(request + "\r\n")
        var bytes: [UInt8] = []
        while let chunk = try socket.read(timeoutMilliseconds: 5000) { bytes += chunk }
        return try parse(bytes, method: method)
    }

    static func parse(_ bytes: [UInt8], method: String) throws -> RawHTTPResponse {
        guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { throw Failure(description: "no header end in \(bytes.count) bytes") }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return RawHTTPResponse(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var body: [UInt8] = []
        var index = 0
        while let lineEnd = bytes[index...].firstRange(of: Array("\r\n".utf8)),
              let size = Int(String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self), radix: 16), size > 0 {
            let start = lineEnd.upperBound
            body += bytes[start..<min(start + size, bytes.count)]
            index = min(start + size + 2, bytes.count)
        }
        return body
    }
}
