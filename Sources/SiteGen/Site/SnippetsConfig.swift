/// The `snippets:` section of `sitegen.yml`: what `verify-snippets` compiles snippets against.
public struct SnippetsConfig: Sendable, Hashable {
    /// Files or folders of Swift sources (absolute paths) making up the library snippets import.
    public var librarySources: [String]
    /// The library's module name (`Threading`); `nil` when there is no library.
    public var moduleName: String?
    /// Seconds before a snippet's run is killed, unless it says `timeout=N`.
    public var defaultTimeout: Int
    /// The interpreter that runs `python` snippets (`python3`, a path, or a command found on `PATH`).
    public var python: String
    /// `record:`: where the verification record is kept (absolute); `nil` for the default,
    /// `verified-snippets.json` at the project root.
    public var recordFile: String?

    public init(librarySources: [String] = [], moduleName: String? = nil, defaultTimeout: Int = 10,
                python: String = "python3", recordFile: String? = nil) {
        self.librarySources = librarySources
        self.moduleName = moduleName
        self.defaultTimeout = defaultTimeout
        self.python = python
        self.recordFile = recordFile
    }
}
