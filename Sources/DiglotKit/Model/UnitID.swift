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
        let normalised = text.collapsingWhiteSpace
        let name = role.name
        // The digest of `name + "\u{1F}" + normalised`, hashed piece by piece instead of joined.
        var hasher = Fingerprint.Hasher()
        hasher.combineBytes(of: name)
        hasher.combineBytes(of: "\u{1F}")
        hasher.combineBytes(of: normalised)
        hasher.combineSeparator()
        let digest = hasher.finalize()
        var base = name
        base += "-"
        base += Self.hexDigits(of: UInt32(truncatingIfNeeded: digest.value >> 32))
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return UnitID(rawValue: count == 1 ? base : "\(base)-\(count)")
    }

    /// Eight lowercase hex digits, leading zeros kept: the first half of `Fingerprint.hex`.
    static func hexDigits(of value: UInt32) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 8)
        for position in 0..<8 { bytes[position] = digits[Int(value >> UInt32(28 - 4 * position) & 0xF)] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
