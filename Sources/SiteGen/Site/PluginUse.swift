/// A plugin or hook named in the config, with where it is named (for the "not supported" warning).
public struct PluginUse: Sendable, Equatable {
    /// The plugin's name (`blog`, `search`), or the hook file's path as written.
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
