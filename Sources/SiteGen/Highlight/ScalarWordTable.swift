/// A lexer's special words (keywords, built-ins), looked up straight from the scanner's scalars:
/// no `String` is made and nothing is hashed with SipHash for each identifier of a code block
/// (a dictionary of strings was a fifth of the Python highlighter's time).
///
///     let table = ScalarWordTable(["def": TokenClass.keyword, "print": .builtin])
///     table.value(of: scanner.scalars[start..<scanner.position])   // .keyword for "def"
struct ScalarWordTable<Value: Sendable>: Sendable {
    /// The words' scalar values, one after the other.
    private var scalars: [UInt32] = []
    /// Per word: where its scalars start, how many, and its value.
    private var entries: [(start: Int, count: Int, value: Value)] = []
    /// Entry + 1 per bucket (0: empty); a power of two, at most a quarter full.
    private var buckets: [Int32]

    init(_ words: [String: Value]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        buckets = [Int32](repeating: 0, count: size)
        for (word, value) in words.sorted(by: { $0.key < $1.key }) {
            let values = word.unicodeScalars.map(\.value)
            var bucket = Self.hash(values[...]) & (size - 1)
            while buckets[bucket] != 0 { bucket = (bucket + 1) & (size - 1) }
            entries.append((scalars.count, values.count, value))
            scalars += values
            buckets[bucket] = Int32(entries.count)
        }
    }

    /// The value of the word made of `word`, if it is one of the table's.
    func value(of word: ArraySlice<Unicode.Scalar>) -> Value? {
        let mask = buckets.count - 1
        var bucket = Self.hash(word.lazy.map(\.value)) & mask
        while buckets[bucket] != 0 {
            let entry = entries[Int(buckets[bucket]) - 1]
            if entry.count == word.count, zip(scalars[entry.start..<entry.start + entry.count], word).allSatisfy({ $0 == $1.value }) {
                return entry.value
            }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the scalar values.
    private static func hash(_ values: some Sequence<UInt32>) -> Int {
        var hash: UInt32 = 2166136261
        for value in values { hash = (hash ^ value) &* 16777619 }
        return Int(hash)
    }
}
