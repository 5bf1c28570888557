/// The words of one page for the search index: for each distinct folded word, the sections it
/// appears in with a weight, `min(occurrences in the text, 7) | 8 if it is in the heading`.
///
/// Kept per page (built in parallel, kept by a session for the pages that did not change) and
/// merged into the site's term shards by `SearchIndexFiles`. Words are counted in a small hash
/// table over their UTF-8 bytes (`WordCounter`): a page has about a thousand words but a few
/// hundred distinct ones, so only those become strings.
struct PageTerms: Sendable, Equatable {
    /// Distinct words, in order of first appearance.
    var words: [String] = []
    /// For word `i`, `postings[starts[i]..<starts[i + 1]]`: `section << 4 | weight`, sections ascending.
    var postings: [UInt32] = []
    var starts: [Int32] = [0]
    /// For word `i`, its FNV-1a hash over its UTF-8 (the site-wide merge reuses it).
    var hashes: [UInt32] = []

    /// Bit of a weight: the word is in the section's heading.
    static let headingBit: UInt32 = 8
    /// Occurrences counted per section and word (search.js caps a term's hits at 5).
    static let maxHits: UInt32 = 7

    /// The terms of `sections` (the page's searchable sections, in order).
    init(sections: [(title: String, text: String)], words splitter: inout SearchWords) {
        var counter = WordCounter()
        for (section, content) in sections.enumerated() {
            let tag = UInt32(section) << 4
            splitter.forEachWord(in: content.title) { counter.add($0, tag: tag, heading: true) }
            splitter.forEachWord(in: content.text) { counter.add($0, tag: tag, heading: false) }
        }
        (words, postings, starts, hashes) = counter.terms()
    }

    init() {}
}

/// Distinct words of a page and, per word, its `section << 4 | weight` postings, in an open-addressing
/// table keyed by the words' bytes (kept in one arena).
private struct WordCounter {
    private var arena: [UInt8] = []
    /// Per distinct word: where its bytes are, and its hash.
    private var spans: [(start: Int32, count: Int32, hash: UInt32)] = []
    /// Word number + 1 in each bucket (0: empty); a power of two long.
    private var buckets = [Int32](repeating: 0, count: 1024)
    /// Every posting, with its word number, in the order made (a word's sections ascending).
    private var made: [(word: Int32, posting: UInt32)] = []
    /// Per word, the index in `made` of its latest posting.
    private var latest: [Int32] = []

    init() {
        arena.reserveCapacity(8192)
        made.reserveCapacity(1024)
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt32, heading: Bool) {
        var hash: UInt32 = 2166136261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16777619 }
        let word = number(of: bytes, hash: hash)
        let last = Int(latest[word])
        if last >= 0, made[last].posting & ~0xF == tag {
            var weight = made[last].posting & 0xF
            if heading { weight |= PageTerms.headingBit } else if weight & 7 < PageTerms.maxHits { weight += 1 }
            made[last].posting = tag | weight
        } else {
            latest[word] = Int32(made.count)
            made.append((Int32(word), tag | (heading ? PageTerms.headingBit : 1)))
        }
    }

    /// The number of the word `bytes`, added if new.
    private mutating func number(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while true {
            let entry = Int(buckets[bucket])
            if entry == 0 { break }
            let span = spans[entry - 1]
            if span.hash == hash, Int(span.count) == bytes.count,
               arena.withUnsafeBufferPointer({ memcmpEqual($0.baseAddress! + Int(span.start), bytes.baseAddress!, bytes.count) }) {
                return entry - 1
            }
            bucket = (bucket + 1) & mask
        }
        let word = spans.count
        spans.append((Int32(arena.count), Int32(bytes.count), hash))
        arena.append(contentsOf: bytes)
        latest.append(-1)
        buckets[bucket] = Int32(word + 1)
        if spans.count * 2 > buckets.count {
            buckets = [Int32](repeating: 0, count: buckets.count * 2)
            mask = buckets.count - 1
            for (index, span) in spans.enumerated() {
                var slot = Int(span.hash) & mask
                while buckets[slot] != 0 { slot = (slot + 1) & mask }
                buckets[slot] = Int32(index + 1)
            }
        }
        return word
    }

    /// The words (as strings) and their postings grouped by word (a counting sort of `made`).
    func terms() -> (words: [String], postings: [UInt32], starts: [Int32], hashes: [UInt32]) {
        var starts = [Int32](repeating: 0, count: spans.count + 1)
        for entry in made { starts[Int(entry.word) + 1] += 1 }
        for index in spans.indices { starts[index + 1] += starts[index] }
        var next = starts
        var postings = [UInt32](repeating: 0, count: made.count)
        for entry in made {
            postings[Int(next[Int(entry.word)])] = entry.posting
            next[Int(entry.word)] += 1
        }
        let words = arena.withUnsafeBufferPointer { bytes in
            spans.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[Int($0.start)..<Int($0.start + $0.count)]), as: UTF8.self) }
        }
        return (words, postings, starts, spans.map(\.hash))
    }
}

private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for offset in 0..<count where a[offset] != b[offset] { return false }
    return true
}
