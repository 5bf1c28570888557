/// How `sitegen serve` listens: the `--host` and `--port` flags and the site's language.
public struct DevServerSettings: Sendable {
    /// The interface to bind; loopback unless the user asks for another.
    public var host: String
    /// The TCP port; `0` picks a free one (tests).
    public var port: Int
    /// `theme.language`, for the error overlay's heading.
    public var language: String
    /// Quiet time that ends a burst of file changes before a rebuild starts.
    public var debounce: Duration

    public init(host: String = "127.0.0.1", port: Int = 8000, language: String = "es",
                debounce: Duration = .milliseconds(50)) {
        self.host = host
        self.port = port
        self.language = language
        self.debounce = debounce
    }
}
