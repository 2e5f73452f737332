/// Up to six Han characters packed into two words, as a dictionary key that costs no allocation.
struct PackedHan: Hashable, Sendable {
    static let capacity = 6
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Nil when the slice is longer than `capacity` or holds anything but Han characters.
    /// Han scalars are never zero, so slices of different lengths never pack alike.
    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        guard scalars.count <= Self.capacity else { return nil }
        for (offset, scalar) in scalars.enumerated() {
            guard ScriptClass.isHan(scalar) else { return nil }
            let value = UInt64(scalar.value)
            if offset < 3 { low |= value << (21 * UInt64(offset)) } else { high |= value << (21 * UInt64(offset - 3)) }
        }
    }
}
