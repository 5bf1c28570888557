/// The version `sitegen --version` prints.
public enum SiteGenVersion {
    public static let current = "0.1.0"
}
