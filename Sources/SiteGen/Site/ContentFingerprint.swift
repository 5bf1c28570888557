/// A fast 64-bit fingerprint of bytes, so a rebuild can tell an unchanged page from an edited
/// one, and a file it would write from the one it wrote before. Not cryptographic; it reads 8
/// bytes per step (Swift's `hashValue` of a byte array hashes byte by byte and was a measurable
/// share of loading a thousand pages).
enum ContentFingerprint {
    static func of(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { of($0) }
    }

    static func of(_ raw: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        hash = mix(hash ^ tail)
        return Int(truncatingIfNeeded: hash)
    }

    /// One round of a 64-bit multiply–xorshift mix (every input bit reaches every output bit).
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        x = x &* 0xD6E8_FEB8_6659_FD93
        return x ^ (x >> 29)
    }
}
