/// A set of byte values, for the quick "could this text concern the pass?" checks made on every
/// paragraph: 256 bits, no allocation.
struct ByteSet: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    /// The bytes of `characters` (`"{$+"`).
    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.words == b.words }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    func union(_ other: ByteSet) -> ByteSet {
        var result = self
        result.words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
        return result
    }

    func intersects(_ other: ByteSet) -> Bool {
        words.0 & other.words.0 != 0 || words.1 & other.words.1 != 0 || words.2 & other.words.2 != 0 || words.3 & other.words.3 != 0
    }

    /// The bytes that occur in the text pieces of `run`.
    static func present(in run: InlineRun) -> ByteSet {
        var set = ByteSet()
        for piece in run.pieces {
            if case .text(let text) = piece { for byte in text.utf8 { set.insert(byte) } }
        }
        return set
    }
}
