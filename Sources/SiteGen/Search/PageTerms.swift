/// The words of one page for the search index: for each distinct folded word, the sections it
/// appears in with a weight, `min(occurrences in the text, 7) | 8 if it is in the heading`.
///
/// Kept per page (built in parallel, kept by a session for the pages that did not change) and
/// merged into the site's term shards by `SearchIndexFiles`.
struct PageTerms: Sendable, Equatable {
    /// Distinct words, in order of first appearance.
    var words: [String] = []
    /// For word `i`, `postings[starts[i]..<starts[i + 1]]`: `section << 4 | weight`, sections ascending.
    var postings: [UInt32] = []
    var starts: [Int32] = [0]

    /// Bit of a weight: the word is in the section's heading.
    static let headingBit: UInt32 = 8
    /// Occurrences counted per section and word (search.js caps a term's hits at 5).
    static let maxHits: UInt32 = 7

    /// The terms of `sections` (the page's searchable sections, in order).
    init(sections: [(title: String, text: String)], words splitter: inout SearchWords) {
        var slot: [String: Int] = [:]
        var perWord: [[UInt32]] = []
        for (section, content) in sections.enumerated() {
            let tag = UInt32(section) << 4
            func add(_ word: String, heading: Bool) {
                let index: Int
                if let known = slot[word] { index = known } else {
                    index = perWord.count
                    slot[word] = index
                    words.append(word)
                    perWord.append([])
                }
                if let last = perWord[index].last, last & ~0xF == tag {
                    var weight = last & 0xF
                    if heading { weight |= Self.headingBit } else if weight & 7 < Self.maxHits { weight += 1 }
                    perWord[index][perWord[index].count - 1] = tag | weight
                } else {
                    perWord[index].append(tag | (heading ? Self.headingBit : 1))
                }
            }
            splitter.forEach(in: content.title) { add($0, heading: true) }
            splitter.forEach(in: content.text) { add($0, heading: false) }
        }
        postings.reserveCapacity(perWord.reduce(0) { $0 + $1.count })
        starts.reserveCapacity(perWord.count + 1)
        for list in perWord {
            postings += list
            starts.append(Int32(postings.count))
        }
    }

    init() {}
}
