/// Finds which of up to 64 fixed strings occur in a text, in one pass over its UTF-8 bytes.
///
/// Chrome rules test dozens of words against every block ("点击" and "订阅", "newsletter", …);
/// searching for each word in turn read each block dozens of times. Here every position is
/// looked up once in a table of the patterns' first two bytes, and only the few patterns
/// starting with those bytes are compared. Matching is byte-exact, like `String.includes`: no
/// case or Unicode folding.
struct SubstringFinder: Sendable {
    private let patterns: [[UInt8]]
    /// Patterns found in any text: the empty ones.
    private let alwaysFound: UInt64
    /// One bit per first byte of a one-byte pattern.
    private let singleBytes: [UInt64]
    /// One bit per pair of first bytes of a longer pattern (`first << 8 | second`).
    private let leadingPairs: [UInt64]
    /// Patterns (indices) by their first two bytes.
    private let candidates: [UInt16: [Int]]

    init(_ strings: [String]) {
        precondition(strings.count <= 64, "SubstringFinder reports at most 64 patterns")
        patterns = strings.map { Array($0.utf8) }
        var alwaysFound: UInt64 = 0
        var singleBytes = [UInt64](repeating: 0, count: 4)
        var leadingPairs = [UInt64](repeating: 0, count: 1024)
        var candidates: [UInt16: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            switch pattern.count {
            case 0: alwaysFound |= 1 << UInt64(index)
            case 1: singleBytes[Int(pattern[0] >> 6)] |= 1 << UInt64(pattern[0] & 63)
            default:
                let pair = UInt16(pattern[0]) << 8 | UInt16(pattern[1])
                leadingPairs[Int(pair >> 6)] |= 1 << UInt64(pair & 63)
                candidates[pair, default: []].append(index)
            }
        }
        self.alwaysFound = alwaysFound
        self.singleBytes = singleBytes
        self.leadingPairs = leadingPairs
        self.candidates = candidates
    }

    /// Bit `i` is set when pattern `i` occurs in the text.
    func occurrences(in text: some StringProtocol) -> UInt64 {
        var found = alwaysFound
        var string = String(text)
        string.withUTF8 { bytes in
            for start in bytes.indices {
                let first = bytes[start]
                if singleBytes[Int(first >> 6)] &>> UInt64(first & 63) & 1 != 0 {
                    for (index, pattern) in patterns.enumerated() where pattern.count == 1 && pattern[0] == first {
                        found |= 1 << UInt64(index)
                    }
                }
                guard start + 1 < bytes.count else { break }
                let pair = UInt16(first) << 8 | UInt16(bytes[start + 1])
                guard leadingPairs[Int(pair >> 6)] &>> UInt64(pair & 63) & 1 != 0, let indices = candidates[pair] else { continue }
                for index in indices where found &>> UInt64(index) & 1 == 0 {
                    let pattern = patterns[index]
                    guard start + pattern.count <= bytes.count else { continue }
                    if pattern.withUnsafeBufferPointer({ $0.elementsEqual(bytes[start..<(start + pattern.count)]) }) {
                        found |= 1 << UInt64(index)
                    }
                }
            }
        }
        return found
    }

    /// Whether any pattern occurs in the text.
    func occursAny(in text: some StringProtocol) -> Bool { occurrences(in: text) != 0 }
}
