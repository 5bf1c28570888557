/// A template context value with its type known up front, so rendering never casts: what the
/// compiled renderer (`CompiledTemplate`) reads. Built once per page from the `[String: Any]`
/// context the theme documents.
enum MustacheValue: Sendable {
    case text(String)
    case number(String)
    case flag(Bool)
    case list([MustacheValue])
    case map([String: MustacheValue])
    case none

    /// Converts a context tree of dictionaries, arrays, strings, booleans and numbers.
    init(_ any: Any?) {
        switch any {
        case nil: self = .none
        case let string as String: self = .text(string)
        case let bool as Bool: self = .flag(bool)
        case let dictionary as [String: Any]: self = .map(dictionary.mapValues(MustacheValue.init))
        case let dictionaries as [[String: Any]]: self = .list(dictionaries.map { .map($0.mapValues(MustacheValue.init)) })
        case let array as [Any]: self = .list(array.map(MustacheValue.init))
        case let int as Int: self = .number(String(int))
        case let double as Double: self = .number(String(double))
        case let value?: self = .text(String(describing: value))
        }
    }

    /// False, an empty list and a missing value hide a section (and show an inverted one).
    var isFalsy: Bool {
        switch self {
        case .flag(let value): !value
        case .list(let items): items.isEmpty
        case .none: true
        default: false
        }
    }

    /// The child named `name` of a map.
    func child(_ name: Substring) -> MustacheValue? {
        if case .map(let map) = self { return map[String(name)] }
        return nil
    }
}
