/// Splits Chinese text into words: the likeliest path through a dictionary DAG.
///
/// Chinese is written without spaces, so "where does a word end" has to be decided. For each
/// run of Han characters the segmenter builds the graph of every lexicon word found in it
/// (plus any extra words the caller knows, such as glossary terms) and keeps the path of
/// least total unigram cost (`Lexicon`), a character no word covers counting as a rare word
/// of its own. Ties go to the longer word. Text is folded to Simplified first, so
/// Traditional text is segmented with the same lexicon. Offsets are those of the text as
/// given: folding maps one character to one.
///
/// Used by glossary matching (a hit must not cut a word: 克里 is not marked inside 提克里特),
/// and meant for sentence alignment and term extraction.
public struct WordSegmenter: Sendable {
    public let lexicon: Lexicon
    /// The cost of a Han character that is no word of the lexicon.
    let unknownCost: Float

    /// The segmenter over the shipped Chinese lexicon.
    public static let chinese = WordSegmenter(lexicon: .chinese)

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.unknownCost = lexicon.cost(ofCount: 1)
    }

    /// A word the lexicon may lack, at scalar offsets of the text, with its cost.
    struct ExtraWord {
        var start: Int
        var end: Int
        var cost: Float
    }

    /// The tokens of `text` as ranges of Unicode scalar offsets, in order: Chinese words,
    /// runs of letters and digits, and every other character that is not white space on its own.
    public func words(in text: String) -> [Range<Int>] {
        let values = text.unicodeScalars.map { ScriptFolding.simplified($0.value) }
        var result: [Range<Int>] = []
        var index = 0
        while index < values.count {
            let value = values[index]
            if ScriptFolding.isHan(value) {
                var end = index + 1
                while end < values.count, ScriptFolding.isHan(values[end]) { end += 1 }
                let next = bestPath(values, in: index..<end)
                var position = index
                while position < end {
                    let wordEnd = index + Int(next[position - index])
                    result.append(position..<wordEnd)
                    position = wordEnd
                }
                index = end
            } else if let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace {
                index += 1
            } else if Self.isWordCharacter(value) {
                var end = index + 1
                while end < values.count, !ScriptFolding.isHan(values[end]), Self.isWordCharacter(values[end]) { end += 1 }
                result.append(index..<end)
                index = end
            } else {
                result.append(index..<index + 1)
                index += 1
            }
        }
        return result
    }

    /// The words of `text` as strings (see `words(in:)`).
    public func segment(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return words(in: text).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    private static func isWordCharacter(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The best path over `values[range]` (folded Han scalars): for each position relative to
    /// `range.lowerBound`, the relative end of the word that starts there on the path. Only
    /// the entries reached from 0 by following ends are on the path.
    func bestPath(_ values: [UInt32], in range: Range<Int>, extraWords: ArraySlice<ExtraWord> = []) -> [Int32] {
        var met: [MarkedWord] = []
        return values.withUnsafeBufferPointer { bestPath($0, in: range, extraWords: extraWords, marks: .none, met: &met) }
    }

    /// The best path (see above); every word of `marks` met in the run is added to `met` (in
    /// no particular order) and costs at most `marks.cost`.
    func bestPath(_ values: UnsafeBufferPointer<UInt32>, in range: Range<Int>, extraWords: ArraySlice<ExtraWord>,
                  marks: LexiconWordMarks, met: inout [MarkedWord]) -> [Int32] {
        var next = [Int32](repeating: 0, count: range.count + 1)
        next.withUnsafeMutableBufferPointer { next in
            bestPath(values, in: range, extraWords: extraWords, marks: marks, met: &met, into: next)
        }
        return next
    }

    /// A marked lexicon word the walk met: scalar offsets of the text and the mark's payload.
    struct MarkedWord {
        var start: Int32
        var end: Int32
        var payload: Int32
    }

    /// The best path written into `next` (at least `range.count` long), with the path costs
    /// in a temporary buffer: a segmenter walking every run of a text allocates nothing.
    func bestPath(_ values: UnsafeBufferPointer<UInt32>, in range: Range<Int>, extraWords: ArraySlice<ExtraWord>,
                  marks: LexiconWordMarks, met: inout [MarkedWord], into next: UnsafeMutableBufferPointer<Int32>) {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: range.count + 1) { best in
            best[range.count] = 0
            walk(values, in: range, extraWords: extraWords, marks: marks, met: &met, best: best, next: next)
        }
    }

    /// Adds a met word, starting with room for a paragraph's: growing one element at a time
    /// would allocate five times before the sixteenth.
    @inline(__always)
    private static func record(_ word: MarkedWord, in met: inout [MarkedWord]) {
        if met.capacity == 0 { met.reserveCapacity(32) }
        met.append(word)
    }

    private func walk(_ values: UnsafeBufferPointer<UInt32>, in range: Range<Int>, extraWords: ArraySlice<ExtraWord>,
                      marks: LexiconWordMarks, met: inout [MarkedWord],
                      best: UnsafeMutableBufferPointer<Float>, next: UnsafeMutableBufferPointer<Int32>) {
        let length = range.count
        // Extra words by start, as a linked list through `extraNext` (few, usually none).
        var extraHead: [Int32] = []
        var extraNext: [Int32] = []
        if !extraWords.isEmpty {
            extraHead = [Int32](repeating: -1, count: length)
            extraNext = [Int32](repeating: -1, count: extraWords.count)
        }
        for (offset, word) in extraWords.enumerated() {
            let start = word.start - range.lowerBound
            guard start >= 0, word.end <= range.upperBound, word.end > word.start else { continue }
            extraNext[offset] = extraHead[start]
            extraHead[start] = Int32(offset)
        }
        let base = range.lowerBound
        let marking = marks.count > 0
        let extraBase = extraWords.startIndex
        lexicon.withProbe { table in
          marks.withProbe { marks in
            var position = length - 1
            while position >= 0 {
                // The single character as an unknown word is the fallback every position has;
                // a lexicon word beats it or ties (no count is below 1), and of words that
                // tie, the longer wins.
                var bestCost = unknownCost + best[position + 1]
                var bestEnd = position + 1
                // The lexicon's words starting here, shortest first, while a word goes on.
                var digest = Lexicon.emptyDigest
                var end = position
                while end < length {
                    digest = Lexicon.extend(digest, with: values[base + end])
                    guard let slot = table.slot(of: digest) else { break }
                    end += 1
                    var cost = table.cost(atSlot: slot)
                    if marking, cost < .infinity, marks.isMarked(slot: slot) {
                        cost = min(cost, marks.cost)
                        Self.record(MarkedWord(start: Int32(base + position), end: Int32(base + end), payload: marks.payload(slot: slot)), in: &met)
                    }
                    if cost < .infinity, cost + best[end] <= bestCost {
                        bestCost = cost + best[end]
                        bestEnd = end
                    }
                }
                if !extraHead.isEmpty {
                    var link = extraHead[position]
                    while link >= 0 {
                        let word = extraWords[extraBase + Int(link)]
                        let end = word.end - base
                        let total = word.cost + best[end]
                        if total < bestCost || (total == bestCost && end > bestEnd) {
                            bestCost = total
                            bestEnd = end
                        }
                        link = extraNext[Int(link)]
                    }
                }
                best[position] = bestCost
                next[position] = Int32(bestEnd)
                position -= 1
            }
          }
        }
    }
}
