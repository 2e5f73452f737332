/// Finds every glossary term in a text in one pass: an Aho–Corasick automaton.
///
/// The automaton is built once per glossary over the normalised, case-folded source terms
/// (see `TermNormaliser`) and stored in flat arrays — an open-addressing transition table keyed by
/// (state, scalar) and one array per state attribute — because 100,000 CC-CEDICT entries
/// would otherwise cost a million small allocations. Matching walks the text once, collects
/// every candidate that passes the entry's rules (word boundaries for spaced scripts,
/// letter case for case-sensitive entries), and keeps the leftmost-longest non-overlapping
/// ones. Exclusion entries take part in that choice and are then dropped, so a blocking
/// entry such as 克里米亚 silences 克里 inside it.
public struct TermMatcher: Sendable {
    private let entries: [GlossaryEntry]
    /// The case-preserving pattern of each entry, only for case-sensitive entries.
    private let casedPatterns: [[UInt32]?]
    /// Whether the entry's first or last scalar needs a word boundary.
    private let needsBoundaryBefore: [Bool]
    private let needsBoundaryAfter: [Bool]

    /// (state, scalar) → next state.
    private let transitions: TransitionTable
    /// The root's transitions for the Basic Multilingual Plane, indexed by scalar (0 = none):
    /// most positions of running text restart at the root, and this spares them the hash.
    private let rootTargets: [Int32]
    private let failure: [Int32]
    /// Nearest proper suffix state (via failure links) that ends a pattern, or -1.
    private let outputLink: [Int32]
    /// Entry index a state completes, or -1.
    private let entryAtState: [Int32]
    private let depth: [Int32]

    public init(glossary: Glossary) {
        let entries = glossary.entries
        let keys = glossary.keys
        var casedPatterns: [[UInt32]?] = []
        var before: [Bool] = []
        var after: [Bool] = []
        casedPatterns.reserveCapacity(entries.count)
        before.reserveCapacity(entries.count)
        after.reserveCapacity(entries.count)

        var transitions = TransitionTable(minimumCapacity: entries.count * 3)
        var entryAtState: [Int32] = [-1]
        var depth: [Int32] = [0]
        // First-child / next-sibling lists, used only to walk the trie breadth-first.
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var label: [UInt32] = [0]

        for (index, entry) in entries.enumerated() {
            // The glossary's key is the folded pattern; lowercasing keeps letters letters,
            // so it answers the word-boundary question too.
            let folded = keys[index].unicodeScalars
            casedPatterns.append(entry.caseSensitive ? TermNormaliser.pattern(entry.source).cased : nil)
            before.append(folded.first.map { TermNormaliser.isSpacedWordCharacter($0.value) } ?? false)
            after.append(folded.last.map { TermNormaliser.isSpacedWordCharacter($0.value) } ?? false)
            guard !folded.isEmpty else { continue }
            var state: Int32 = 0
            for scalar in folded {
                if let next = transitions.target(from: state, on: scalar.value) {
                    state = next
                } else {
                    let next = Int32(entryAtState.count)
                    transitions.insert(from: state, on: scalar.value, to: next)
                    entryAtState.append(-1)
                    depth.append(depth[Int(state)] + 1)
                    firstChild.append(-1)
                    label.append(scalar.value)
                    nextSibling.append(firstChild[Int(state)])
                    firstChild[Int(state)] = next
                    state = next
                }
            }
            entryAtState[Int(state)] = Int32(index)
        }

        var failure = [Int32](repeating: 0, count: entryAtState.count)
        var outputLink = [Int32](repeating: -1, count: entryAtState.count)
        var queue: [Int32] = []
        queue.reserveCapacity(entryAtState.count)
        var child = firstChild[0]
        while child >= 0 {
            queue.append(child)
            child = nextSibling[Int(child)]
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            var child = firstChild[Int(state)]
            while child >= 0 {
                let scalar = label[Int(child)]
                var fallback = failure[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = transitions.target(from: fallback, on: scalar) {
                        target = next
                        break
                    }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = target
                outputLink[Int(child)] = entryAtState[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(child)
                child = nextSibling[Int(child)]
            }
        }

        var rootTargets = [Int32](repeating: 0, count: 0x1_0000)
        var rootChild = firstChild[0]
        while rootChild >= 0 {
            if label[Int(rootChild)] < 0x1_0000 { rootTargets[Int(label[Int(rootChild)])] = rootChild }
            rootChild = nextSibling[Int(rootChild)]
        }

        self.rootTargets = rootTargets
        self.entries = entries
        self.casedPatterns = casedPatterns
        self.needsBoundaryBefore = before
        self.needsBoundaryAfter = after
        self.transitions = transitions
        self.failure = failure
        self.outputLink = outputLink
        self.entryAtState = entryAtState
        self.depth = depth
    }

    /// Number of entries the automaton was built from (exclusions included).
    public var entryCount: Int { entries.count }

    /// The terms in `text`, leftmost-longest and non-overlapping, exclusions left out.
    /// Ranges are Unicode scalar offsets into `text` itself.
    public func matches(in text: String) -> [TermMatch] {
        guard !entries.isEmpty, !text.isEmpty else { return [] }
        let normalised = TermNormaliser.normalise(text)
        let count = normalised.count
        // For each start position, the longest valid candidate found: (end, entry). Made on
        // the first candidate only: most text runs have none.
        var longestEnd: [Int32] = []
        var longestEntry: [Int32] = []
        var state: Int32 = 0
        for position in 0..<count {
            let scalar = normalised.folded[position]
            while true {
                if state == 0 {
                    state = scalar < 0x1_0000 ? rootTargets[Int(scalar)] : (transitions.target(from: 0, on: scalar) ?? 0)
                    break
                }
                if let next = transitions.target(from: state, on: scalar) {
                    state = next
                    break
                }
                state = failure[Int(state)]
            }
            guard state != 0 else { continue }
            var output = entryAtState[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while output >= 0 {
                let entryIndex = Int(entryAtState[Int(output)])
                let end = position + 1
                let start = end - Int(depth[Int(output)])
                if longestEnd.isEmpty {
                    longestEnd = [Int32](repeating: -1, count: count)
                    longestEntry = [Int32](repeating: -1, count: count)
                }
                if end > Int(longestEnd[start]), accepts(entryIndex, start: start, end: end, in: normalised) {
                    longestEnd[start] = Int32(end)
                    longestEntry[start] = Int32(entryIndex)
                }
                output = outputLink[Int(output)]
            }
        }
        guard !longestEnd.isEmpty else { return [] }
        var result: [TermMatch] = []
        var position = 0
        while position < count {
            let end = Int(longestEnd[position])
            guard end > position else {
                position += 1
                continue
            }
            let entry = entries[Int(longestEntry[position])]
            if entry.type != .exclude {
                result.append(TermMatch(range: normalised.originalRange(of: position..<end), entry: entry))
            }
            position = end
        }
        return result
    }

    private func accepts(_ entryIndex: Int, start: Int, end: Int, in text: NormalisedText) -> Bool {
        if needsBoundaryBefore[entryIndex], start > 0, TermNormaliser.isSpacedWordCharacter(text.cased[start - 1]) {
            return false
        }
        if needsBoundaryAfter[entryIndex], end < text.count, TermNormaliser.isSpacedWordCharacter(text.cased[end]) {
            return false
        }
        if let cased = casedPatterns[entryIndex], !text.cased[start..<end].elementsEqual(cased) {
            return false
        }
        return true
    }
}
