/// Lexicon words a caller wants to hear about during segmentation, each with a payload.
///
/// A glossary whose Chinese entries are words of the lexicon need not look for them in a
/// second pass: the segmenter's walk meets every lexicon word of a run anyway. Each marked
/// word is one bit per lexicon slot (a set small enough to stay in the cache while the walk
/// probes the large table) and a small open-addressing map from slot to payload, asked
/// only when the bit is set. A marked word also counts as a word at least as common as
/// `cost` says, as glossary terms do for the segmenter.
///
/// A third, smaller set holds each marked word's first two characters (or its only one),
/// so that a run of text holding none of them need not be walked at all: with a glossary
/// of a few thousand names, most runs are skipped.
public struct LexiconWordMarks: Sendable {
    /// One bit per slot of the lexicon's table.
    private var bits: [UInt64]
    /// One bit per hashed opening (first two scalars, or the only one) of a marked word.
    private var openings: [UInt64]
    /// Each marked word's `slot + 1` (low 32 bits; 0 = empty) beside its payload (high 32
    /// bits): the walk asks for a payload on every marked word it meets, and one record is
    /// one cache line to fetch, where two arrays were two.
    private var records: [UInt64]
    private var mask: Int
    /// What a marked word costs at most.
    public let cost: Float
    /// Number of marked words.
    public private(set) var count = 0

    /// No marks, for no lexicon.
    static let none = LexiconWordMarks(bits: [], cost: .infinity)

    private init(bits: [UInt64], cost: Float) {
        self.bits = bits
        openings = []
        records = []
        mask = 0
        self.cost = cost
    }

    /// An empty set of marks for `lexicon`.
    public init(lexicon: Lexicon, cost: Float) {
        bits = [UInt64](repeating: 0, count: (lexicon.slotCount + 63) / 64)
        openings = [UInt64](repeating: 0, count: Self.openingBits / 64)
        records = []
        mask = 0
        self.cost = cost
    }

    /// Marks a word, given as the folded scalars the segmenter walks, by its lexicon slot;
    /// a second mark of the same slot replaces the payload.
    public mutating func mark(_ word: [UInt32], slot: Int, payload: Int32) {
        guard let first = word.first else { return }
        let opening = Self.opening(first, word.count > 1 ? word[1] : 0)
        openings[opening >> 6] |= 1 << UInt64(opening & 63)
        if (count + 1) * 2 > records.count { grow() }
        let key = UInt32(slot + 1)
        var index = Self.home(of: slot, mask: mask)
        while Self.key(records[index]) != 0 && Self.key(records[index]) != key { index = (index + 1) & mask }
        if Self.key(records[index]) == 0 { count += 1 }
        records[index] = Self.record(key: key, payload: payload)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Whether a marked word may start in `values[run]`: false means none does.
    public func mayHoldMarkedWord(_ values: UnsafeBufferPointer<UInt32>, in run: Range<Int>) -> Bool {
        for position in run {
            let single = Self.opening(values[position], 0)
            if openings[single >> 6] & (1 << UInt64(single & 63)) != 0 { return true }
            guard position + 1 < run.upperBound else { break }
            let pair = Self.opening(values[position], values[position + 1])
            if openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 { return true }
        }
        return false
    }

    /// 2^20 bits (128 KB): a glossary of 100,000 words sets under a tenth of them.
    private static let openingBits = 1 << 20

    @inline(__always)
    private static func opening(_ first: UInt32, _ second: UInt32) -> Int {
        let key = UInt64(first) << 32 | UInt64(second)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 44)
    }

    /// Calls `body` with a view of the marks for the segmentation walk: no bounds checks, no
    /// reference counting per lookup. The view must not escape `body`.
    func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
        bits.withUnsafeBufferPointer { bits in
            records.withUnsafeBufferPointer { records in
                body(Probe(bits: bits, records: records, mask: mask, cost: cost))
            }
        }
    }

    /// The marks seen through pointers (see `withProbe`).
    struct Probe {
        fileprivate let bits: UnsafeBufferPointer<UInt64>
        fileprivate let records: UnsafeBufferPointer<UInt64>
        fileprivate let mask: Int
        /// What a marked word costs at most.
        let cost: Float

        /// Whether the word at `slot` is marked.
        @inline(__always)
        func isMarked(slot: Int) -> Bool {
            bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }

        /// The payload of a marked slot.
        @inline(__always)
        func payload(slot: Int) -> Int32 {
            let key = UInt32(slot + 1)
            var index = LexiconWordMarks.home(of: slot, mask: mask)
            while LexiconWordMarks.key(records[index]) != key { index = (index + 1) & mask }
            return Int32(truncatingIfNeeded: records[index] >> 32)
        }
    }

    /// Whether the word at `slot` is marked.
    @inline(__always)
    public func isMarked(slot: Int) -> Bool {
        withProbe { $0.isMarked(slot: slot) }
    }

    /// The payload of a marked slot.
    public func payload(slot: Int) -> Int32 {
        withProbe { $0.payload(slot: slot) }
    }

    @inline(__always)
    fileprivate static func home(of slot: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(slot) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    fileprivate static func key(_ record: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: record) }

    private static func record(key: UInt32, payload: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: payload)) << 32 | UInt64(key)
    }

    private mutating func grow() {
        let old = records
        let capacity = max(16, records.count * 2)
        records = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for record in old where Self.key(record) != 0 {
            var index = Self.home(of: Int(Self.key(record) - 1), mask: mask)
            while Self.key(records[index]) != 0 { index = (index + 1) & mask }
            records[index] = record
        }
    }
}
