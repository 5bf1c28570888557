/// Numbers distinct words given as UTF-8 with their hash, in order of first appearance: an
/// open-addressing table over one buffer holding every word's bytes. A page counts its words
/// with one (`PageTerms`); the site-wide merge finds each page's words in another, by the hash
/// the page computed (`SearchIndexFiles`).
struct WordNumbering {
    /// The words' UTF-8, one after the other: word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    /// Per word, the hash it was added with.
    private(set) var hashes: [UInt32] = []
    /// Word number + 1 per bucket (0: empty); a power of two long, at most half full.
    private var buckets: [Int32]

    /// An empty table with room for about `words` words (and `bytes` bytes of them) before it grows.
    init(words: Int, bytes: Int = 0) {
        var size = 16
        while size < words * 2 { size *= 2 }
        buckets = [Int32](repeating: 0, count: size)
        self.bytes.reserveCapacity(bytes)
    }

    /// FNV-1a over `word`: the hash the tables are keyed by.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2166136261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16777619 }
        return hash
    }

    /// The number of distinct words.
    var count: Int { hashes.count }

    /// Word `number` as a string.
    func word(_ number: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0[Int(starts[number])..<Int(starts[number + 1])], as: UTF8.self) }
    }

    /// The number of `word` (whose hash is `hash`), added if new.
    mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while buckets[bucket] != 0 {
            let found = Int(buckets[bucket]) - 1
            if hashes[found] == hash, holds(word, at: found) { return found }
            bucket = (bucket + 1) & mask
        }
        let number = hashes.count
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        buckets[bucket] = Int32(number + 1)
        if hashes.count * 2 > buckets.count {
            buckets = [Int32](repeating: 0, count: buckets.count * 2)
            mask = buckets.count - 1
            for (index, hash) in hashes.enumerated() {
                var slot = Int(hash) & mask
                while buckets[slot] != 0 { slot = (slot + 1) & mask }
                buckets[slot] = Int32(index + 1)
            }
        }
        return number
    }

    /// True when word `number` is `word`.
    private func holds(_ word: UnsafeBufferPointer<UInt8>, at number: Int) -> Bool {
        let start = Int(starts[number])
        guard Int(starts[number + 1]) - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }
}
