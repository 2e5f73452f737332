/// The stable identifier of a block: `<role>-<8 hex digits>` with `-N` for repeats.
///
/// The hex digits are the first 32 bits of the FNV-1a 64 fingerprint of the block's role
/// name and its plain text (whitespace-normalised). The same article therefore always gets
/// the same IDs, and editing one paragraph changes only that paragraph's ID. When two blocks
/// have the same role and text, the second is `p-1a2b3c4d-2`, the third `-3`, and so on in
/// document order. IDs are valid XML NMTOKENs and XLIFF 2 NMTOKENs.
public struct UnitID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: UnitID, rhs: UnitID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Assigns `UnitID`s to blocks in document order; one allocator per document.
public struct UnitIDAllocator: Sendable {
    private var seen: [String: Int] = [:]

    public init() {}

    /// The ID for a block with this role and text; repeats get `-2`, `-3`, ….
    public mutating func next(role: BlockRole, text: String) -> UnitID {
        let name = role.name
        // The digest of `name + "\u{1F}" + text.collapsingWhiteSpace`, hashed piece by piece
        // instead of joined, and the text collapsed as it is hashed when its characters allow.
        var hasher = Fingerprint.Hasher()
        hasher.combineBytes(of: name)
        hasher.combineBytes(of: "\u{1F}")
        var utf8 = text
        let hashed = utf8.withUTF8 { hasher.combineCollapsingWhiteSpaceIfSimple($0) }
        if !hashed { hasher.combineBytes(of: text.collapsingWhiteSpace) }
        hasher.combineSeparator()
        let base = Self.base(name: name, digest: UInt32(truncatingIfNeeded: hasher.finalize().value >> 32))
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return UnitID(rawValue: count == 1 ? base : "\(base)-\(count)")
    }

    /// `name-1a2b3c4d`: eight lowercase hex digits, leading zeros kept (the first half of
    /// `Fingerprint.hex`), written straight into the new string.
    static func base(name: String, digest: UInt32) -> String {
        var name = name
        return name.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 9) { buffer in
                _ = buffer.initialize(fromContentsOf: prefix)
                buffer[prefix.count] = UInt8(ascii: "-")
                for position in 0..<8 {
                    let nibble = UInt8(truncatingIfNeeded: digest >> UInt32(28 - 4 * position)) & 0xF
                    buffer[prefix.count + 1 + position] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                }
                return prefix.count + 9
            }
        }
    }
}
