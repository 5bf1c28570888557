/// MkDocs' `-a/--dev-addr HOST:PORT` (and `dev_addr:`): `127.0.0.1:8000`, `localhost:9000`,
/// `[::1]:8000`, or `:8000` for the default host.
public struct DevAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `text`; nil when it is not `HOST:PORT` with a port from 0 to 65535.
    public init?(_ text: String, defaultHost: String = "127.0.0.1") {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host.isEmpty ? defaultHost : host
        self.port = port
    }
}
