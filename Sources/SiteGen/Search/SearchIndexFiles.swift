/// Assembles the files of the search index (see `SearchIndex`) from the pages' entries.
///
/// Sections are numbered across the site in page order (page 0's sections first): a section's
/// number is its page's first number plus its place in the page, the client works the page out
/// from the `pages` list. A word's postings are its sections in ascending order, each written as
/// `(section − previous section) × 16 + weight` (the first against 0), so most take 2–3 digits.
///
/// Words are grouped into shards by prefix: all words first by their first character, and a group
/// over `shardTarget` bytes is split by the next character, and so on; the words equal to a split
/// prefix stay in a shard named by it. A query term `t` loads each shard whose prefix starts with
/// `t` or that `t` starts with, which holds every word starting with `t`.
struct SearchIndexFiles {
    /// The entries of the pages searched (navigation order); pages left out of search are dropped.
    var entries: [SearchIndex.Entry]
    var language: String

    /// About the largest term shard, in bytes (a single frequent word may make one larger).
    static let shardTarget = 96 * 1024
    /// About the size of a content file, in bytes.
    static let chunkTarget = 64 * 1024
    /// What every file starts with: the global, made by whichever file loads first.
    static let head = "(self.\(SearchIndex.globalName)=self.\(SearchIndex.globalName)||{parts:{}})"

    init(entries: [SearchIndex.Entry], language: String) {
        self.entries = entries.filter { !$0.json.isEmpty }
        self.language = language
    }

    /// (site path, script) of every file: the dictionary, the term shards, the content files.
    func files() -> [(path: String, text: String)] {
        let scripts = self.scripts()
        return ParallelWork.map(scripts.count) { (scripts[$0].path, scripts[$0].make()) }
    }

    /// Every file's site path and how to make its script. Merging the words (the costly part) is
    /// done here, once; each script is made from the merged words, or from the pages' entries,
    /// only when called, so a build writing them holds one at a time.
    func scripts() -> [(path: String, make: @Sendable () -> String)] {
        let (words, encoded) = postings()
        let shards = Self.shards(words: words, sizes: encoded.map(\.count))
        let chunks = chunkStarts()
        let dictionary = dictionary(shardKeys: shards.map(\.key), chunks: chunks)
        var scripts: [(path: String, make: @Sendable () -> String)] = [(SearchIndex.dictionaryPath, { dictionary })]
        for (number, shard) in shards.enumerated() {
            scripts.append(("\(SearchIndex.folder)/t\(number).js", { Self.termShard(number, words: shard.words, encoded: encoded) }))
        }
        let entries = self.entries
        for (number, start) in chunks.enumerated() {
            let end = number + 1 < chunks.count ? chunks[number + 1] : entries.count
            scripts.append(("\(SearchIndex.folder)/p\(number).js", { Self.contentFile(number, entries: entries[start..<end]) }))
        }
        return scripts
    }

    /// `t<number>.js`: the encoded words of one shard.
    private static func termShard(_ number: Int, words: [Int], encoded: [[UInt8]]) -> String {
        var text = Array("\(head).parts[\"t\(number)\"]={".utf8)
        text.reserveCapacity(words.reduce(64) { $0 + encoded[$1].count + 1 })
        for (position, word) in words.enumerated() {
            if position > 0 { text.append(UInt8(ascii: ",")) }
            text += encoded[word]
        }
        text += Array("};\n".utf8)
        return String(decoding: text, as: UTF8.self)
    }

    /// `p<number>.js`: the text of a run of pages.
    private static func contentFile(_ number: Int, entries: ArraySlice<SearchIndex.Entry>) -> String {
        var json = JSONTextWriter(capacity: entries.reduce(64) { $0 + $1.json.utf8.count + 1 })
        json.raw("\(head).parts[\"p\(number)\"]=[")
        for index in entries.indices {
            if index > entries.startIndex { json.raw(",") }
            json.raw(entries[index].json)
        }
        json.raw("];\n")
        return json.text
    }

    /// `index.js`: the language, the pages (`[title, url, sections]`), the first page of each
    /// content file, the shards' prefixes (shard `N` is `t<N>.js`).
    private func dictionary(shardKeys: [String], chunks: [Int]) -> String {
        var json = JSONTextWriter(capacity: entries.reduce(256) { $0 + $1.title.utf8.count + $1.url.utf8.count + 12 })
        json.raw("\(Self.head).index={\"lang\":")
        json.string(language)
        json.raw(",\"pages\":[")
        for (index, entry) in entries.enumerated() {
            json.raw(index == 0 ? "[" : ",[")
            json.string(entry.title)
            json.raw(",")
            json.string(entry.url)
            json.raw(",")
            json.integer(entry.sectionCount)
            json.raw("]")
        }
        json.raw("],\"chunks\":[")
        for (index, start) in chunks.enumerated() {
            if index > 0 { json.raw(",") }
            json.integer(start)
        }
        json.raw("],\"shards\":[")
        for (index, key) in shardKeys.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(key)
        }
        json.raw("]};\n")
        return json.text
    }

    /// The first page of each content file: runs of pages of about `chunkTarget` bytes.
    private func chunkStarts() -> [Int] {
        var starts: [Int] = []
        var size = Self.chunkTarget
        for (index, entry) in entries.enumerated() {
            if size >= Self.chunkTarget {
                starts.append(index)
                size = 0
            }
            size += entry.json.utf8.count
        }
        return starts
    }

    /// Every word of the site, sorted by UTF-8 (so by Unicode scalars, as prefixes group them), with its postings encoded as `"word":[…]` (UTF-8).
    private func postings() -> (words: [String], encoded: [[UInt8]]) {
        // Merged in parts (words split by hash), side by side; each part encodes its words as
        // soon as it has them, so only the parts in flight hold their posting lists.
        let parts = 8
        let entries = self.entries
        let merged = ParallelWork.map(parts) { part -> (words: [String], encoded: [[UInt8]]) in
            var table = WordNumbering(words: 1 << 13)
            var lists: [[UInt32]] = []
            var base: UInt32 = 0
            for entry in entries {
                let terms = entry.terms
                let shift = base << 4
                terms.bytes.withUnsafeBufferPointer { bytes in
                    for position in 0..<terms.count where Int(terms.hashes[position] >> 24) % parts == part {
                        let word = UnsafeBufferPointer(rebasing: bytes[Int(terms.wordStarts[position])..<Int(terms.wordStarts[position + 1])])
                        let id = table.number(of: word, hash: terms.hashes[position])
                        if id == lists.count { lists.append([]) }
                        let range = Int(terms.starts[position])..<Int(terms.starts[position + 1])
                        for posting in terms.postings[range] { lists[id].append(posting + shift) }
                    }
                }
                base += UInt32(entry.sectionCount)
            }
            let words = (0..<table.count).map(table.word)
            return (words, words.indices.map { Self.encode(word: words[$0], postings: lists[$0]) })
        }
        let words = merged.flatMap(\.words)
        let encoded = merged.flatMap(\.encoded)
        let order = words.indices.sorted { words[$0].utf8.lexicographicallyPrecedes(words[$1].utf8) }
        return (order.map { words[$0] }, order.map { encoded[$0] })
    }

    /// `"word":[d×16+w,…]`.
    static func encode(word: String, postings: [UInt32]) -> [UInt8] {
        var json = JSONTextWriter(capacity: word.utf8.count + 4 + postings.count * 4)
        json.string(word)
        json.raw(":[")
        var previous: UInt32 = 0
        for (index, posting) in postings.enumerated() {
            if index > 0 { json.raw(",") }
            let section = posting >> 4
            json.integer(Int((section - previous) << 4 | (posting & 0xF)))
            previous = section
        }
        json.raw("]")
        return Array(json.text.utf8)
    }

    /// Groups `words` (sorted) into shards of about `shardTarget` bytes by common prefix; `sizes`
    /// are the encoded sizes. Shards come out in word order; each lists indexes into `words`.
    static func shards(words: [String], sizes: [Int]) -> [(key: String, words: [Int])] {
        var result: [(key: String, words: [Int])] = []
        let scalars = words.map { Array($0.unicodeScalars) }
        func split(_ group: ArraySlice<Int>, prefixLength: Int, key: String) {
            let size = group.reduce(0) { $0 + sizes[$1] }
            if size <= shardTarget || group.allSatisfy({ scalars[$0].count <= prefixLength }) {
                if !group.isEmpty { result.append((key, Array(group))) }
                return
            }
            var start = group.startIndex
            while start < group.endIndex {
                let first = scalars[group[start]]
                let nextKey = first.count > prefixLength ? key + String(first[prefixLength]) : key
                var end = start + 1
                while end < group.endIndex, Self.prefix(scalars[group[end]], prefixLength + 1) == Self.prefix(first, prefixLength + 1) { end += 1 }
                if first.count > prefixLength {
                    split(group[start..<end], prefixLength: prefixLength + 1, key: nextKey)
                } else {
                    result.append((key, Array(group[start..<end])))
                }
                start = end
            }
        }
        split(ArraySlice(words.indices), prefixLength: 0, key: "")
        return result
    }

    private static func prefix(_ scalars: [Unicode.Scalar], _ length: Int) -> ArraySlice<Unicode.Scalar> {
        scalars.prefix(length)
    }
}
