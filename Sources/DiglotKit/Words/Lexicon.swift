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
/// no word has, as in a trie, with no per-word allocation. 380,000 words load in a few tens
/// of milliseconds in a release build, once, on first use.
public struct Lexicon: Sendable {
    /// `digest + 1` of each prefix (0 = empty slot).
    private var slots: [UInt64]
    /// The cost of the word ending there, or `.infinity` when the prefix is no word.
    private var costs: [Float]
    private var mask: Int
    private var shift: UInt64
    /// Number of words.
    public private(set) var count = 0
    /// ln of the sum of all counts: a word's cost is `logTotal - ln(count)`.
    public let logTotal: Float

    /// The shipped Chinese lexicon, loaded on first use.
    public static let chinese = Lexicon(data: data)

    /// Reads the lexicon format: one line per count, `count<TAB>word word…`.
    /// Lines that do not start with a count are skipped; words are folded to Simplified.
    public init(data: String) {
        var text = data
        let (total, words) = text.withUTF8 { Self.measure($0) }
        logTotal = Float(log(Double(max(total, 1))))
        var capacity = 1 << 10
        while capacity < words * 3 { capacity <<= 1 }  // prefixes included, load ≤ 2/3
        slots = [UInt64](repeating: 0, count: capacity)
        costs = [Float](repeating: .infinity, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        text.withUTF8 { load($0) }
    }

    /// The total of the counts and the number of words, to size the table once.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (total: Double, words: Int) {
        var total = 0.0
        var words = 0
        var offset = 0
        while offset < bytes.count {
            var lineEnd = offset
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let (count, wordsStart) = parseCount(bytes, from: offset, to: lineEnd) {
                var lineWords = 0
                var inWord = false
                for index in wordsStart..<lineEnd {
                    let isSeparator = bytes[index] == 0x20
                    if !isSeparator && !inWord { lineWords += 1 }
                    inWord = !isSeparator
                }
                words += lineWords
                total += Double(count) * Double(lineWords)
            }
            offset = lineEnd + 1
        }
        return (total, words)
    }

    /// The count at the start of a line and where its words start, or nil.
    private static func parseCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, index < end, bytes[index] == 0x09, value > 0 else { return nil }
        return (value, index + 1)
    }

    private mutating func load(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            var lineEnd = offset
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let (wordCount, wordsStart) = Self.parseCount(bytes, from: offset, to: lineEnd) {
                let cost = logTotal - Float(log(Double(wordCount)))
                var digest = Self.emptyDigest
                var length = 0
                var index = wordsStart
                while index <= lineEnd {
                    if index == lineEnd || bytes[index] == 0x20 {
                        if length > 0 { setWord(digest, cost: cost) }
                        digest = Self.emptyDigest
                        length = 0
                        index += 1
                        continue
                    }
                    let (value, size) = UTF8Scalar.decode(bytes, at: index)
                    index += size
                    digest = Self.extend(digest, with: ScriptFolding.simplified(value))
                    length += 1
                    insertPrefix(digest)
                }
            }
            offset = lineEnd + 1
        }
    }

    // MARK: Digests

    /// The digest of the empty prefix; `extend` adds one scalar (FNV-1a over scalar values).
    static let emptyDigest: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func extend(_ digest: UInt64, with value: UInt32) -> UInt64 {
        (digest ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    private func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Where a prefix's digest is stored, or nil when no word starts with it.
    @inline(__always)
    func slot(of digest: UInt64) -> Int? {
        let key = digest &+ 1
        var slot = home(of: key)
        while true {
            let stored = slots[slot]
            if stored == key { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The cost of the word stored at `slot` (`.infinity`: a prefix only).
    @inline(__always)
    func cost(atSlot slot: Int) -> Float { costs[slot] }

    private mutating func insertPrefix(_ digest: UInt64) {
        let key = digest &+ 1
        var slot = home(of: key)
        while true {
            let stored = slots[slot]
            if stored == key { return }
            if stored == 0 { break }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
    }

    private mutating func setWord(_ digest: UInt64, cost: Float) {
        guard let slot = slot(of: digest) else { return }
        if costs[slot] == .infinity { count += 1 }
        costs[slot] = min(costs[slot], cost)
    }

    // MARK: Lookup

    /// The cost of a word (after folding to Simplified), or nil when it is not in the lexicon.
    public func cost(of word: String) -> Float? {
        var digest = Self.emptyDigest
        for scalar in word.unicodeScalars { digest = Self.extend(digest, with: ScriptFolding.simplified(scalar.value)) }
        guard let slot = slot(of: digest), costs[slot] < .infinity else { return nil }
        return costs[slot]
    }

    /// The cost a word would have with this count.
    public func cost(ofCount count: Double) -> Float {
        logTotal - Float(log(max(count, 1e-3)))
    }

    /// Whether a word is in the lexicon.
    public func contains(_ word: String) -> Bool { cost(of: word) != nil }
}
