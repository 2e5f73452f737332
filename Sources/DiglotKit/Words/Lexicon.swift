import Foundation

/// Chinese words with their costs: what word segmentation knows about the language.
///
/// Each word has a unigram cost, the negative log of its relative frequency; a cheaper path
/// through a sentence is a likelier reading. The shipped lexicon (`Lexicon.chinese`) is
/// jieba's word list with its counts plus the CC-CEDICT headwords jieba lacks, folded to
/// Simplified (`ScriptFolding`) and compiled into DiglotKit by
/// `Glossary/tools/build-lexicon.py`; licences in `Glossary/licences/LEXICON.md`.
///
/// Words are kept as 64-bit digests of their scalar prefixes in one open-addressing table —
/// every prefix of a word is present, so a walk along a sentence stops at the first prefix
/// no word has, as in a trie, with no per-word allocation. A 1 MB bit filter of the
/// prefixes answers most of those misses without touching the 16 MB table. 380,000 words
/// load in a few tens of milliseconds in a release build, once, on first use.
public struct Lexicon: Sendable {
    /// One entry per prefix, key and cost side by side: a lookup reads one cache line.
    private var slots: [Slot]
    /// One bit per hashed prefix digest, a filter small enough to stay in the cache: most
    /// walks end at a prefix no word has, and this answers that without the large table.
    private var prefixBits: [UInt64]
    private var mask: Int
    private var shift: UInt64
    /// Number of words.
    public private(set) var count = 0
    /// ln of the sum of all counts: a word's cost is `logTotal - ln(count)`.
    public let logTotal: Float

    /// A prefix in the table.
    fileprivate struct Slot {
        /// `digest + 1` (0 = empty slot).
        var key: UInt64 = 0
        /// The cost of the word ending here, or `.infinity` when the prefix is no word.
        var cost: Float = .infinity
        /// The word's class (`WordClass` raw value).
        var kind: UInt8 = 0
    }

    /// 2^23 bits (1 MB): the 550,000 prefixes of the shipped lexicon set about one in sixteen.
    private static let prefixBitCount = 1 << 23

    /// The shipped Chinese lexicon, loaded on first use.
    public static let chinese = makeChinese()

    /// A fresh copy of the shipped Chinese lexicon (what `chinese` costs to load, for benchmarks).
    public static func makeChinese() -> Lexicon { Lexicon(data: data) }

    /// Reads the lexicon format: one line per count, `count<TAB>word word…`. Other lines are
    /// skipped, but for a first line `# words=N prefixes=N total=N folded=1` that spares a pass
    /// to measure the table and, with `folded=1`, says the words are folded to Simplified
    /// already (`ScriptFolding`); without it they are folded here.
    public init(data: String) {
        var text = data
        let (total, prefixes, folded) = text.withUTF8 { Self.header($0) ?? Self.measure($0) }
        logTotal = Float(log(Double(max(total, 1))))
        var capacity = 1 << 10
        while capacity < prefixes * 3 / 2 { capacity <<= 1 }  // load ≤ 2/3
        slots = Self.emptySlots(capacity)
        prefixBits = [UInt64](repeating: 0, count: Self.prefixBitCount / 64)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        text.withUTF8 { load($0, folded: folded) }
    }

    /// `count` empty slots, asked for in 2 MB pages (Linux's transparent huge pages) before
    /// they are first touched: the load writes all over the 16 MB table, and with 4 KB pages
    /// nearly every write is a TLB miss and many a page fault (one-article export −8 %).
    private static func emptySlots(_ count: Int) -> [Slot] {
        [Slot](unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
            if let base = buffer.baseAddress {
                let hugePage = 2 << 20
                let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
                let end = (Int(bitPattern: base + count)) & ~(hugePage - 1)
                if end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) {
                    _ = madvise(aligned, end - start, MADV_HUGEPAGE)  // a hint: refused, nothing changes
                }
            }
            #endif
            buffer.initialize(repeating: Slot())
            initialized = count
        }
    }

    /// The total, the number of prefixes and whether the words are folded, from the header
    /// line, if there is one.
    private static func header(_ bytes: UnsafeBufferPointer<UInt8>) -> (total: Double, prefixes: Int, folded: Bool)? {
        let lineEnd = bytes.firstOffset(of: 0x0A) ?? bytes.count
        guard lineEnd > 2, bytes[0] == 0x23 else { return nil }
        var fields: [Substring: Int] = [:]
        for field in String(decoding: UnsafeBufferPointer(rebasing: bytes[2..<lineEnd]), as: UTF8.self).split(separator: " ") {
            let parts = field.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { fields[parts[0]] = value }
        }
        guard let total = fields["total"], let prefixes = fields["prefixes"], total > 0, prefixes > 0 else { return nil }
        return (Double(total), prefixes, fields["folded"] == 1)
    }

    /// The total of the counts and a bound on the number of prefixes (every scalar of every
    /// word), to size the table once; such data is folded as it is loaded.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (total: Double, prefixes: Int, folded: Bool) {
        var total = 0.0
        var words = 0
        var offset = 0
        while offset < bytes.count {
            let lineEnd = bytes.firstOffset(of: 0x0A, from: offset) ?? bytes.count
            if let (count, wordsStart, _) = parseCount(bytes, from: offset, to: lineEnd) {
                var lineWords = 0
                var inWord = false
                for index in wordsStart..<lineEnd {
                    let isSeparator = bytes[index] == 0x20
                    if !isSeparator && !inWord { lineWords += 1 }
                    if !isSeparator && bytes[index] & 0xC0 != 0x80 { words += 1 }
                    inWord = !isSeparator
                }
                total += Double(count) * Double(lineWords)
            }
            offset = lineEnd + 1
        }
        return (total, max(words, 1), false)
    }

    /// The count and class at the start of a line and where its words start, or nil.
    private static func parseCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, Int, WordClass)? {
        var value = 0
        var index = start
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, index < end, value > 0 else { return nil }
        var kind = WordClass.word
        if bytes[index] == 0x2F, index + 1 < end {
            kind = WordClass(letter: bytes[index + 1])
            index += 2
        }
        guard index < end, bytes[index] == 0x09 else { return nil }
        return (value, index + 1, kind)
    }

    /// Fills the table. Written against raw buffers because the test suite's debug builds
    /// load the lexicon in every process that meets Chinese text.
    private mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, folded: Bool) {
        let logTotal = self.logTotal
        let mask = self.mask
        let shift = self.shift
        var words = 0
        slots.withUnsafeMutableBufferPointer { slots in
            prefixBits.withUnsafeMutableBufferPointer { prefixBits in
                func slot(for digest: UInt64) -> Int {
                    let key = digest &+ 1
                    var slot = Self.home(of: key, shift: shift)
                    while slots[slot].key != key && slots[slot].key != 0 { slot = (slot &+ 1) & mask }
                    slots[slot].key = key
                    let bit = Self.prefixBit(of: key)
                    prefixBits[bit >> 6] |= 1 << UInt64(bit & 63)
                    return slot
                }
                var offset = 0
                while offset < bytes.count {
                    let lineEnd = bytes.firstOffset(of: 0x0A, from: offset) ?? bytes.count
                    if let (wordCount, wordsStart, kind) = Self.parseCount(bytes, from: offset, to: lineEnd) {
                        let cost = logTotal - Float(log(Double(wordCount)))
                        var digest = Self.emptyDigest
                        var last = -1
                        var index = wordsStart
                        while index <= lineEnd {
                            if index == lineEnd || bytes[index] == 0x20 {
                                if last >= 0 {
                                    if slots[last].cost == .infinity { words += 1 }
                                    if cost < slots[last].cost {
                                        slots[last].cost = cost
                                        slots[last].kind = kind.rawValue
                                    }
                                }
                                digest = Self.emptyDigest
                                last = -1
                                index += 1
                                continue
                            }
                            let (value, size) = UTF8Scalar.decode(bytes, at: index)
                            index += size
                            digest = Self.extend(digest, with: folded || value < 0x3400 ? value : ScriptFolding.simplified(value))
                            last = slot(for: digest)
                        }
                    }
                    offset = lineEnd + 1
                }
            }
        }
        count = words
    }

    // MARK: Digests

    /// The digest of the empty prefix; `extend` adds one scalar (FNV-1a over scalar values).
    static let emptyDigest: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func extend(_ digest: UInt64, with value: UInt32) -> UInt64 {
        (digest ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// The slot where a prefix key's probe starts: the top bits of its hash.
    @inline(__always)
    fileprivate static func home(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The filter bit of a prefix key: bits of its hash other than those `home` uses.
    @inline(__always)
    fileprivate static func prefixBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 41)
    }

    /// Where a prefix's digest is stored, or nil when no word starts with it.
    @inline(__always)
    func slot(of digest: UInt64) -> Int? {
        withProbe { $0.slot(of: digest) }
    }

    /// Calls `body` with a view of the table for a hot loop: no bounds checks, no reference
    /// counting per lookup. The view must not escape `body`.
    func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            prefixBits.withUnsafeBufferPointer { prefixBits in
                body(Probe(slots: slots, prefixBits: prefixBits, mask: mask, shift: shift))
            }
        }
    }

    /// The lexicon's table seen through pointers (see `withProbe`).
    struct Probe {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let prefixBits: UnsafeBufferPointer<UInt64>
        fileprivate let mask: Int
        fileprivate let shift: UInt64

        /// Where a prefix's digest is stored, or nil when no word starts with it.
        @inline(__always)
        func slot(of digest: UInt64) -> Int? {
            let key = digest &+ 1
            let bit = Lexicon.prefixBit(of: key)
            guard prefixBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
            var slot = Lexicon.home(of: key, shift: shift)
            while true {
                let stored = slots[slot].key
                if stored == key { return slot }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }

        /// The cost of the word stored at `slot` (`.infinity`: a prefix only).
        @inline(__always)
        func cost(atSlot slot: Int) -> Float { slots[slot].cost }
    }

    /// The size of the table: slots are below it.
    public var slotCount: Int { slots.count }

    /// The slot of a word (after folding to Simplified), or nil when it is not in the lexicon.
    public func slot(ofWord word: String) -> Int? {
        var digest = Self.emptyDigest
        for scalar in word.unicodeScalars { digest = Self.extend(digest, with: ScriptFolding.simplified(scalar.value)) }
        guard let slot = slot(of: digest), slots[slot].cost < .infinity else { return nil }
        return slot
    }

    /// The cost of the word stored at `slot` (`.infinity`: a prefix only).
    @inline(__always)
    func cost(atSlot slot: Int) -> Float { slots[slot].cost }

    /// The class of the word stored at `slot`.
    func wordClass(atSlot slot: Int) -> WordClass { WordClass(rawValue: slots[slot].kind) ?? .word }

    // MARK: Lookup

    /// The cost of a word (after folding to Simplified), or nil when it is not in the lexicon.
    public func cost(of word: String) -> Float? {
        slot(ofWord: word).map { slots[$0].cost }
    }

    /// The cost a word would have with this count.
    public func cost(ofCount count: Double) -> Float {
        logTotal - Float(log(max(count, 1e-3)))
    }

    /// Whether a word is in the lexicon.
    public func contains(_ word: String) -> Bool { cost(of: word) != nil }

    /// What kind of word it is, or nil when it is not in the lexicon.
    public func wordClass(of word: String) -> WordClass? {
        slot(ofWord: word).map { WordClass(rawValue: slots[$0].kind) ?? .word }
    }
}

/// What a lexicon word is: a name of a person, place or organisation, another proper noun, a
/// grammatical word, a verb, a character that spells names, or another word (jieba's tags nr,
/// ns, nt, nz; p, c, u, r, d; v; see `Glossary/tools/build-lexicon.py`).
public enum WordClass: UInt8, Sendable, Hashable, CaseIterable {
    case word, person, place, organisation, properNoun
    /// A preposition, conjunction, particle, pronoun or adverb (据, 跟, 的, 本来).
    case function
    /// A verb of two or more characters (表示, 认定).
    case verb
    /// A single character often used to spell names (斯, 拉, 克), in transliterations above all.
    case nameCharacter

    /// From the letter after the count in the lexicon data (p, s, o, z, f, v, c).
    init(letter: UInt8) {
        switch letter {
        case 0x70: self = .person
        case 0x73: self = .place
        case 0x6F: self = .organisation
        case 0x7A: self = .properNoun
        case 0x66: self = .function
        case 0x76: self = .verb
        case 0x63: self = .nameCharacter
        default: self = .word
        }
    }

    /// Whether it names someone or something.
    public var isName: Bool {
        switch self {
        case .person, .place, .organisation, .properNoun: true
        case .word, .function, .verb, .nameCharacter: false
        }
    }
}
