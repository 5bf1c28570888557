/// The words of one page for the search index: for each distinct folded word, the sections it
/// appears in with a weight, `min(occurrences in the text, 7) | 8 if it is in the heading`.
///
/// Kept per page (built in parallel, kept by a session for the pages that did not change) and
/// merged into the site's term shards by `SearchIndexFiles`. Words are counted in a small hash
/// table over their UTF-8 bytes (`WordCounter`): a page has about a thousand words but a few
/// hundred distinct ones. They stay bytes in one buffer (a build keeps every page's terms until
/// the index is written: a `String` per word would cost 16 bytes on top of each word, per page).
struct PageTerms: Sendable, Equatable {
    /// The UTF-8 of the distinct words, in order of first appearance, one after the other.
    var bytes: [UInt8] = []
    /// Word `i` is `bytes[wordStarts[i]..<wordStarts[i + 1]]`.
    var wordStarts: [Int32] = [0]
    /// For word `i`, `postings[starts[i]..<starts[i + 1]]`: `section << 4 | weight`, sections ascending.
    var postings: [UInt32] = []
    var starts: [Int32] = [0]
    /// For word `i`, its FNV-1a hash over its UTF-8 (the site-wide merge reuses it).
    var hashes: [UInt32] = []

    /// The number of distinct words.
    var count: Int { hashes.count }

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
        (bytes, wordStarts, postings, starts, hashes) = counter.terms()
    }

    init() {}
}

/// Distinct words of a page (numbered by a `WordNumbering`) and, per word, its
/// `section << 4 | weight` postings.
private struct WordCounter {
    private var words = WordNumbering(words: 512, bytes: 8192)
    /// Every posting, with its word number, in the order made (a word's sections ascending).
    private var made: [(word: Int32, posting: UInt32)] = []
    /// Per word, the index in `made` of its latest posting.
    private var latest: [Int32] = []

    init() {
        made.reserveCapacity(1024)
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt32, heading: Bool) {
        let word = words.number(of: bytes, hash: WordNumbering.hash(bytes))
        if word == latest.count { latest.append(-1) }
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

    /// The words (their bytes, one after the other, and where each starts) and their postings
    /// grouped by word (a counting sort of `made`).
    func terms() -> (bytes: [UInt8], wordStarts: [Int32], postings: [UInt32], starts: [Int32], hashes: [UInt32]) {
        var starts = [Int32](repeating: 0, count: words.count + 1)
        for entry in made { starts[Int(entry.word) + 1] += 1 }
        for index in 0..<words.count { starts[index + 1] += starts[index] }
        var next = starts
        var postings = [UInt32](repeating: 0, count: made.count)
        for entry in made {
            postings[Int(next[Int(entry.word)])] = entry.posting
            next[Int(entry.word)] += 1
        }
        // Copies of exactly their size: a build keeps every page's terms, and the table's arrays
        // have room to grow (its bytes, room for a long page).
        return (Self.exactCopy(words.bytes), Self.exactCopy(words.starts), postings, starts, Self.exactCopy(words.hashes))
    }

    /// `array` in storage of exactly its count. (Not for none: the empty array is one shared
    /// object, and making it this way writes to it.)
    private static func exactCopy<Element>(_ array: [Element]) -> [Element] {
        guard !array.isEmpty else { return [] }
        return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: array)
        }
    }
}
