/// Why `serve` could not start.
public enum DevServerError: Error, CustomStringConvertible {
    /// Another program listens on `host:port`.
    case addressInUse(host: String, port: Int)
    /// The address could not be bound for another reason (unknown host, no permission…).
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .addressInUse(let host, let port):
            "sitegen: error: cannot serve on \(host):\(port): address already in use (choose another with --port)"
        case .cannotListen(let host, let port, let reason):
            "sitegen: error: cannot serve on \(host):\(port): \(reason)"
        }
    }
}
