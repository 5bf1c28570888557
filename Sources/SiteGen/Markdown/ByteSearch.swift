#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches in UTF-8 bytes with `memchr`/`memcmp`, for the scans that run over every page's HTML
/// (anchor ids, container titles, the nav splice), where Foundation's string search was costly.
extension UnsafeBufferPointer<UInt8> {
    /// The first index at or after `start` holding `byte`.
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// The first index at or after `start` where `needle` begins.
    func firstIndex(of needle: some Collection<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        while let candidate = firstIndex(of: first, from: index) {
            if hasPrefix(needle, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// True when the bytes at `index` start with `prefix`.
    func hasPrefix(_ prefix: some Collection<UInt8>, at index: Int) -> Bool {
        index >= 0 && index + prefix.count <= count && self[index..<(index + prefix.count)].elementsEqual(prefix)
    }
}

extension String {
    /// True when the UTF-8 bytes of `needle` occur in this string: a byte search with `memchr`,
    /// for the checks run on every page and paragraph (Foundation's `contains` is a locale-aware
    /// search that cost a fifth of a build).
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { bytes in
            pattern.withUTF8 { needleBytes in bytes.firstIndex(of: needleBytes, from: 0) != nil }
        }
    }
}
