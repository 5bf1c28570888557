import Foundation

/// A Server-Sent Events connection to `/__sitegen/events`, read event by event with deadlines.
final class EventStreamClient: @unchecked Sendable {
    /// One event: its name (`hello`, `reload`, `failed`) and data.
    struct Event: Equatable {
        var name: String
        var data: String
    }

    private let socket: TestSocket
    private var pending = ""

    /// Connects and reads past the response head.
    static func connect(port: Int) async throws -> EventStreamClient {
        let client = try EventStreamClient(port: port)
        return client
    }

    private init(port: Int) throws {
        socket = try TestSocket(port: port)
        try socket.write("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit {
        socket.close()
    }

    /// The next event, skipping comments and `retry:`; throws if none arrives within `seconds`.
    func next(within seconds: Double = 5) async throws -> Event? {
        let deadline = Date().addingTimeInterval(seconds)
        return try await onOwnThread { try self.nextBlocking(deadline: deadline) }
    }

    /// The next event named `name`, skipping others.
    func next(named name: String, within seconds: Double = 5) async throws -> Event {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            guard let event = try await next(within: max(0.01, deadline.timeIntervalSinceNow)) else {
                throw RawHTTPClient.Failure(description: "stream ended before a \(name) event")
            }
            if event.name == name { return event }
        }
    }

    /// True when the server closed the stream within `seconds` (no more events).
    func endsWithin(seconds: Double) async throws -> Bool {
        while let _ = try await next(within: seconds) {}
        return true
    }

    private func nextBlocking(deadline: Date) throws -> Event? {
        while true {
            if let event = takeEvent() { return event }
            let remaining = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard deadline.timeIntervalSinceNow > 0 else { throw RawHTTPClient.Failure(description: "no event in time") }
            guard let bytes = try socket.read(timeoutMilliseconds: remaining) else { return nil }
            pending += String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        }
    }

    /// Parses one complete event out of `pending` (chunked framing lines are ignored).
    private func takeEvent() -> Event? {
        while let end = pending.range(of: "\n\n") {
            let block = pending[..<end.lowerBound]
            pending.removeSubrange(..<end.upperBound)
            var event = Event(name: "message", data: "")
            var hasData = false
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") {
                    event.data += String(line.dropFirst(6))
                    hasData = true
                }
            }
            if hasData { return event }
        }
        return nil
    }
}
