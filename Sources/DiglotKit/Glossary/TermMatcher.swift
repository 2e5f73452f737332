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
///
/// Chinese entries that are words of the segmenter's lexicon (nearly all of a CC-CEDICT
/// glossary) are not in the automaton: the segmentation walk meets them anyway, so each run of
/// Han text that may hold one (`LexiconWordMarks`) is segmented once and reports them. This
/// keeps a dictionary-sized glossary's automaton small and its pass close to the shipped one's.
///
/// Chinese has no spaces, so a substring is not a word: a hit whose edge falls inside a run
/// of Han characters stands only when the best word segmentation of that run
/// (`WordSegmenter`, with the glossary's own candidates as extra words) has a boundary
/// there — 克里 is not marked inside 提克里特, nor 人权 inside 黑人权益. Text and terms are
/// compared after folding Traditional characters to Simplified (`ScriptFolding`), so either
/// script matches the other. An entry of one Han character or one letter is not looked for
/// unless it names a person, organisation or place (dictionary-sized glossaries list 的, 是,
/// 在…). A term of several words written capitalised ("Human Rights") is not marked next to
/// another capitalised word: it is then part of a longer name ("Human Rights Watch"). A place
/// of one word is not marked inside another place's name (New Mexico, Northern Ireland,
/// Mexico City) or as a surname (Denzel Washington); `LatinNameContext` reads those contexts.
public struct TermMatcher: Sendable {
    private let entries: [GlossaryEntry]
    /// Each entry's type, beside the entries: asked for every candidate, and an entry is a
    /// boxed value that a dictionary-sized glossary scatters over the heap.
    private let types: [TermType]
    /// The entries that are words of the segmenter's lexicon, by lexicon slot: they are met
    /// on the segmentation walk instead of by the automaton. Nil when there are none.
    private let lexiconEntries: LexiconWordMarks?
    /// The case-preserving pattern of each entry, only for case-sensitive entries.
    private let casedPatterns: [[UInt32]?]
    /// What the walk must check of each entry, one byte each: a candidate asks it first.
    private let traits: [EntryTraits]
    private let segmenter: WordSegmenter

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

    /// - Parameters:
    ///   - singleCharacterTerms: also look for entries of one Han character or one letter
    ///   whatever their type (`glossary lookup` lists them; exports do not mark them).
    ///   - segmenter: the word segmenter deciding Chinese word boundaries (the shipped
    ///   lexicon by default, loaded here when the glossary has a Chinese entry).
    public init(glossary: Glossary, singleCharacterTerms: Bool = false, segmenter: WordSegmenter? = nil) {
        let entries = glossary.entries
        let keys = glossary.keys
        var casedPatterns: [[UInt32]?] = []
        var traits: [EntryTraits] = []
        casedPatterns.reserveCapacity(entries.count)
        traits.reserveCapacity(entries.count)

        let hasHan = keys.contains { $0.unicodeScalars.contains { ScriptFolding.isHan($0.value) } }
        let segmenter = segmenter ?? (hasHan ? .chinese : WordSegmenter(lexicon: Lexicon(data: "")))
        // A glossary term counts as a word at least as common as a fairly frequent one.
        var lexiconEntries = LexiconWordMarks(lexicon: segmenter.lexicon, cost: segmenter.lexicon.cost(ofCount: 100))
        // Entries the automaton looks for: not those the segmentation walk meets.
        // Surnames whose person the glossary also names in full (Johnson: Boris Johnson; Xi:
        // Xi Jinping): another full name with them is another person.
        var surnamesNamedInFull: Set<Substring> = []
        for entry in entries where entry.type == .person && Self.hasSpace(entry.source) {
            let words = Self.words(of: entry.source)
            if words.count >= 2, let first = words.first, let last = words.last {
                surnamesNamedInFull.insert(first)
                surnamesNamedInFull.insert(last)
            }
        }
        var automatonEntries: [Int] = []
        var automatonScalars = 0
        for (index, entry) in entries.enumerated() {
            // The glossary's key is the folded pattern; lowercasing keeps letters letters,
            // so it answers the word-boundary question too.
            let folded = keys[index].unicodeScalars
            casedPatterns.append(entry.caseSensitive ? TermNormaliser.pattern(entry.source).cased : nil)
            var entryTraits: EntryTraits = []
            if folded.first.map({ TermNormaliser.isSpacedWordCharacter($0.value) }) ?? false { entryTraits.insert(.boundaryBefore) }
            if folded.last.map({ TermNormaliser.isSpacedWordCharacter($0.value) }) ?? false { entryTraits.insert(.boundaryAfter) }
            if entry.caseSensitive { entryTraits.insert(.caseSensitive) }
            if Self.yieldsToLongerName(entry) { entryTraits.insert(.yieldsToLongerName) }
            if Self.isPlaceOfOneWord(entry) { entryTraits.insert(.placeOfOneWord) }
            if Self.isOrganisationOfOneWord(entry) { entryTraits.insert(.organisationOfOneWord) }
            if entry.type == .person, !Self.hasSpace(entry.source), entry.caseSensitive, surnamesNamedInFull.contains(Substring(entry.source)) {
                entryTraits.insert(.personOfOneWord)
            }
            if entry.type == .place, Self.isAllHan(folded) { entryTraits.insert(.hanPlace) }
            if !entry.caseSensitive, !Self.hasSpace(entry.source), entry.source.unicodeScalars.first?.properties.isLowercase == true {
                entryTraits.insert(.commonNoun)
            }
            if entry.caseSensitive, Self.isAcronymSpelledAsAWord(entry.source) { entryTraits.insert(.wordInCapitals) }
            if entry.type == .person, entryTraits.contains(.boundaryAfter) { entryTraits.insert(.latinPersonsName) }
            if Self.isAllHan(folded) { entryTraits.insert(.hanWord) }
            if entry.type == .exclude { entryTraits.insert(.exclusion) }
            traits.append(entryTraits)
            guard !folded.isEmpty else { continue }
            if !singleCharacterTerms, Self.isSingleCharacter(folded), ![.person, .org, .place].contains(entry.type) {
                continue
            }
            if entryTraits.contains(.hanWord), let slot = segmenter.lexicon.slot(ofWord: keys[index]) {
                lexiconEntries.mark(folded.map(\.value), slot: slot, payload: Int32(index))
                continue
            }
            automatonEntries.append(index)
            automatonScalars += folded.count
        }

        var transitions = TransitionTable(minimumCapacity: automatonScalars)
        var entryAtState: [Int32] = [-1]
        var depth: [Int32] = [0]
        // First-child / next-sibling lists, used only to walk the trie breadth-first.
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var label: [UInt32] = [0]

        for index in automatonEntries {
            let folded = keys[index].unicodeScalars
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
        self.types = entries.map(\.type)
        self.lexiconEntries = lexiconEntries.count > 0 ? lexiconEntries : nil
        self.casedPatterns = casedPatterns
        self.traits = traits
        self.segmenter = segmenter
        self.transitions = transitions
        self.failure = failure
        self.outputLink = outputLink
        self.entryAtState = entryAtState
        self.depth = depth
    }

    /// Number of entries the automaton was built from (exclusions included).
    public var entryCount: Int { entries.count }

    private static func isAllHan(_ folded: String.UnicodeScalarView) -> Bool {
        !folded.isEmpty && folded.allSatisfy { ScriptFolding.isHan($0.value) }
    }

    /// Whether a term has a space: asked of every entry of a glossary, so on bytes (Foundation's
    /// `contains` and splitting by `Character` were two thirds of a 100,000-entry build).
    private static func hasSpace(_ source: String) -> Bool { source.utf8.contains(0x20) }

    /// The words of a term, between its spaces.
    private static func words(of source: String) -> [Substring] {
        source.utf8.split(separator: 0x20).map { source[$0.startIndex..<$0.endIndex] }
    }

    /// One Han character or one letter: too common to mark as a term.
    private static func isSingleCharacter(_ folded: String.UnicodeScalarView) -> Bool {
        guard let only = folded.first, folded.index(after: folded.startIndex) == folded.endIndex else { return false }
        return ScriptFolding.isHan(only.value) || only.properties.isAlphabetic
    }

    /// Several words of a spaced script, and not a person's name (titles and other names
    /// stand next to those: "President Joe Biden").
    private static func yieldsToLongerName(_ entry: GlossaryEntry) -> Bool {
        guard entry.type != .person, entry.type != .exclude, hasSpace(entry.source) else { return false }
        let parts = words(of: entry.source)
        return parts.count >= 2 && parts.allSatisfy { word in
            word.unicodeScalars.first.map { TermNormaliser.isSpacedWordCharacter($0.value) } ?? false
        }
    }

    /// A place named by one word of a spaced script (Mexico, Ireland, Mongolia).
    private static func isPlaceOfOneWord(_ entry: GlossaryEntry) -> Bool {
        entry.type == .place && !hasSpace(entry.source)
            && entry.source.unicodeScalars.allSatisfy { TermNormaliser.isSpacedWordCharacter($0.value) }
    }

    /// An organisation named by one word in title case (Congress, Tesla, Bloomberg), perhaps
    /// with lowercase words after it (Congress party); not an acronym (UN, WHO).
    private static func isOrganisationOfOneWord(_ entry: GlossaryEntry) -> Bool {
        guard entry.type == .org else { return false }
        let parts = words(of: entry.source)
        guard let first = parts.first, first.unicodeScalars.count >= 2,
              first.unicodeScalars.first?.properties.isUppercase == true else { return false }
        return first.unicodeScalars.dropFirst().allSatisfy { $0.properties.isLowercase }
            && parts.dropFirst().allSatisfy { $0.unicodeScalars.first?.properties.isLowercase == true }
    }

    /// An acronym spelled like an English word (US, WHO): in a headline written in capitals
    /// the two cannot be told apart.
    private static func isAcronymSpelledAsAWord(_ source: String) -> Bool {
        source.unicodeScalars.allSatisfy { $0.properties.isUppercase } && englishWordsLikeAcronyms.contains(source.lowercased())
    }

    /// Short English words that acronyms spell.
    private static let englishWordsLikeAcronyms: Set<String> = [
        "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on",
        "or", "so", "to", "up", "us", "we", "who", "all", "and", "are", "can", "may", "new", "now", "one", "our",
        "out", "see", "she", "the", "was", "war", "win", "won", "you", "aim", "art", "cap", "man",
    ]

    /// Whether an entry that failed `accepts` failed only because it is part of a longer name.
    private func isOnlyInsideLongerName(_ entryIndex: Int, start: Int, end: Int, in text: NormalisedText) -> Bool {
        fitsWordsAndCase(entryIndex, start: start, end: end, in: text)
            && LatinNameContext.isInsideLongerName(start: start, end: end, in: text)
    }

    /// Whether a hit starts and ends on word boundaries where its entry needs them (spaced
    /// scripts) and has the entry's letter case where that matters.
    private func fitsWordsAndCase(_ entryIndex: Int, start: Int, end: Int, in text: NormalisedText) -> Bool {
        let entryTraits = traits[entryIndex]
        if entryTraits.contains(.boundaryBefore), start > 0, TermNormaliser.isSpacedWordCharacter(text.cased(at: start - 1)) {
            return false
        }
        if entryTraits.contains(.boundaryAfter), end < text.count, TermNormaliser.isSpacedWordCharacter(text.cased(at: end)) {
            return false
        }
        if let cased = casedPatterns[entryIndex], !text.cased(start..<end).elementsEqual(cased) { return false }
        return true
    }

    /// Whether a place written in Han characters is a part of a person's name: a name
    /// separator joins it to Han text that reads as a name (杰克·伦敦, 乔治·华盛顿, 华盛顿·欧文),
    /// not to a place (the dateline 中国·北京) or an ordinary word (《中国人口·上海分册》).
    private func isPartOfPersonsName(start: Int, end: Int, in text: NormalisedText) -> Bool {
        let folded = text.folded
        if start >= 2, NamePairFinder.isSeparator(text.cased(at: start - 1)), ScriptFolding.isHan(folded[start - 2]) {
            var partStart = start - 1
            while partStart > 0, start - 1 - partStart < 4, ScriptFolding.isHan(folded[partStart - 1]) { partStart -= 1 }
            if readsAsName(folded[partStart..<(start - 1)], atEnd: true) { return true }
        }
        if end + 1 < text.count, NamePairFinder.isSeparator(text.cased(at: end)), ScriptFolding.isHan(folded[end + 1]) {
            var partEnd = end + 1
            while partEnd < text.count, partEnd - end - 1 < 4, ScriptFolding.isHan(folded[partEnd]) { partEnd += 1 }
            if readsAsName(folded[(end + 1)..<partEnd], atEnd: false) { return true }
        }
        return false
    }

    /// Whether the word of `part` next to a name separator (its last word, or its first)
    /// reads as a piece of a person's name: the longest lexicon word there is no place, no
    /// verb or grammatical word and no ordinary word as common as 人口; or there is none.
    private func readsAsName(_ part: ArraySlice<UInt32>, atEnd: Bool) -> Bool {
        guard part.count >= 2 else { return true }
        let lexicon = segmenter.lexicon
        for length in stride(from: part.count, through: 2, by: -1) {
            let piece = atEnd ? part.suffix(length) : part.prefix(length)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: piece.compactMap(Unicode.Scalar.init))
            guard let slot = lexicon.slot(ofWord: String(view)) else { continue }
            switch lexicon.wordClass(atSlot: slot) {
            case .place, .verb, .function: return false
            case .word: return lexicon.cost(atSlot: slot) > lexicon.cost(ofCount: 1_000)
            case .person, .organisation, .properNoun, .nameCharacter: return true
            }
        }
        return true
    }

    /// The longest valid candidate starting at a position: its end and entry (-1: none).
    private struct Longest {
        var end: Int32 = -1
        var entry: Int32 = -1

        /// The entry of a range that no entry may mark: a name inside a longer one.
        static let blocked: Int32 = -2
    }

    /// A hit inside a run of Han characters, waiting for the run's segmentation.
    private struct Candidate {
        var start: Int
        var end: Int
        var entry: Int32
    }

    /// The terms in `text`, leftmost-longest and non-overlapping, exclusions left out.
    /// Ranges are Unicode scalar offsets into `text` itself.
    public func matches(in text: String) -> [TermMatch] {
        guard !entries.isEmpty, !text.isEmpty else { return [] }
        let normalised = TermNormaliser.normalise(text)
        let count = normalised.count
        // For each start position, the longest valid candidate found: (end, entry). Made on
        // the first candidate only: most text runs have none.
        var longest: [Longest] = []
        // Han hits with an edge inside a run of Han characters wait for the word boundaries;
        // every all-Han hit is also a word the segmenter may use.
        var pending: [Candidate] = []
        var hanWords: [WordSegmenter.ExtraWord] = []
        let folded = normalised.folded
        var state: Int32 = 0
        for position in 0..<count {
            let scalar = folded[position]
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
                if longest.isEmpty {
                    longest = [Longest](repeating: Longest(), count: count)
                }
                let cutsHanBefore = start > 0 && ScriptFolding.isHan(folded[start]) && ScriptFolding.isHan(folded[start - 1])
                let cutsHanAfter = end < count && ScriptFolding.isHan(folded[end - 1]) && ScriptFolding.isHan(folded[end])
                let entryTraits = traits[entryIndex]
                if entryTraits.contains(.hanWord) && (cutsHanBefore || cutsHanAfter) {
                    hanWords.append(WordSegmenter.ExtraWord(start: start, end: end, cost: 0))
                }
                if (cutsHanBefore || cutsHanAfter) && !entryTraits.contains(.exclusion) {
                    if accepts(entryIndex, start: start, end: end, in: normalised) {
                        pending.append(Candidate(start: start, end: end, entry: Int32(entryIndex)))
                    }
                } else if end > Int(longest[start].end) {
                    if accepts(entryIndex, start: start, end: end, in: normalised) {
                        longest[start].end = Int32(end)
                        longest[start].entry = Int32(entryIndex)
                    } else if entryTraits.contains(.yieldsToLongerName),
                              isOnlyInsideLongerName(entryIndex, start: start, end: end, in: normalised) {
                        // Its parts are inside the longer name too: none of them is marked
                        // (Congress in "National People's Congress Standing Committee").
                        longest[start].end = Int32(end)
                        longest[start].entry = Longest.blocked
                    }
                }
                output = outputLink[Int(output)]
            }
        }
        // Made on the first run that needs segmenting: most text runs have none.
        var segmented: WordBoundaries?
        if let lexiconEntries {
            // Runs of Han text that may hold an entry are segmented, and the walk meets them.
            var met: [WordSegmenter.MarkedWord] = []
            var runStart = 0
            while runStart < count {
                guard ScriptFolding.isHan(folded[runStart]) else {
                    runStart += 1
                    continue
                }
                var runEnd = runStart + 1
                while runEnd < count, ScriptFolding.isHan(folded[runEnd]) { runEnd += 1 }
                guard folded.withUnsafeBufferPointer({ lexiconEntries.mayHoldMarkedWord($0, in: runStart..<runEnd) }) else {
                    runStart = runEnd
                    continue
                }
                met.removeAll(keepingCapacity: true)
                if segmented == nil { segmented = WordBoundaries(folded: folded, words: hanWords, segmenter: segmenter) }
                // In place (`segmented!`): a copy of the table would cost a retain per array.
                segmented!.segment(runStart..<runEnd, marks: lexiconEntries, met: &met)
                if !met.isEmpty && longest.isEmpty {
                    longest = [Longest](repeating: Longest(), count: count)
                }
                if pending.count + met.count > pending.capacity {
                    // Reserve only to grow, and geometrically: `reserveCapacity` reallocates
                    // whenever it is called on a shared or too small buffer.
                    pending.reserveCapacity(max(pending.count + met.count, pending.capacity * 2, 64))
                }
                for word in met {
                    let (start, end, entryIndex) = (Int(word.start), Int(word.end), Int(word.payload))
                    if (start > runStart || end < runEnd) && !traits[entryIndex].contains(.exclusion) {
                        if accepts(entryIndex, start: start, end: end, in: normalised) {
                            pending.append(Candidate(start: start, end: end, entry: word.payload))
                        }
                    } else if end > Int(longest[start].end), accepts(entryIndex, start: start, end: end, in: normalised) {
                        longest[start].end = Int32(end)
                        longest[start].entry = word.payload
                    }
                }
                runStart = runEnd
            }
        }
        guard !longest.isEmpty else { return [] }
        if !pending.isEmpty {
            // Moved out of the optional, so that each question below is a plain call.
            var boundaries = segmented.take() ?? WordBoundaries(folded: folded, words: hanWords, segmenter: segmenter)
            // Backwards: the segmentation walk and the automaton both add the candidates of one
            // start shortest first, so the longest is asked first and the shorter ones it beats
            // need no boundary. One range is one entry, so the order decides nothing else.
            for candidate in pending.reversed() where candidate.end > Int(longest[candidate.start].end) {
                let type = types[Int(candidate.entry)]
                let range = candidate.start..<candidate.end
                let startsWord = boundaries.isBoundary(candidate.start)
                let endsWord = boundaries.isBoundary(candidate.end)
                if startsWord && !endsWord && boundaries.isModifier(range, type: type) {
                    // The text's name is a longer entry from the same start that also ends
                    // inside the word: if that one does not stand, this part of it does not
                    // either (印度 in 印度尼西亚语).
                    let wordEnd = Int(boundaries.pathWordEnd(at: candidate.start))
                    if pending.contains(where: { $0.start == candidate.start && $0.end > candidate.end && $0.end < wordEnd }) { continue }
                } else if startsWord && !endsWord, let compound = boundaries.compound(cutBy: range),
                          Int(longest[compound.lowerBound].end) == compound.upperBound
                            || pending.contains(where: { $0.start == compound.lowerBound && $0.end == compound.upperBound }) {
                    // The word it cuts into is an entry the path takes whole (中共|中央军委, not
                    // 中共中央|军委): that one is the text's.
                    continue
                } else if !boundaries.stands(range, type: type, startsWord: startsWord, endsWord: endsWord) {
                    continue
                }
                longest[candidate.start].end = Int32(candidate.end)
                longest[candidate.start].entry = candidate.entry
            }
        }
        var result: [TermMatch] = []
        var hits = 0
        var position = 0
        while position < count {
            let end = Int(longest[position].end)
            if end > position {
                hits += 1
                position = end
            } else {
                position += 1
            }
        }
        if hits > 0 { result.reserveCapacity(hits) }
        position = 0
        while position < count {
            let end = Int(longest[position].end)
            guard end > position else {
                position += 1
                continue
            }
            let entryIndex = Int(longest[position].entry)
            if entryIndex >= 0, !traits[entryIndex].contains(.exclusion) {
                result.append(TermMatch(range: normalised.originalRange(of: position..<end), entry: entries[entryIndex]))
            }
            position = end
        }
        return result
    }

    private func accepts(_ entryIndex: Int, start: Int, end: Int, in text: NormalisedText) -> Bool {
        let entryTraits = traits[entryIndex]
        guard !entryTraits.isDisjoint(with: EntryTraits.checkedOnEachHit) else { return true }
        guard fitsWordsAndCase(entryIndex, start: start, end: end, in: text) else { return false }
        if entryTraits.contains(.yieldsToLongerName), LatinNameContext.isInsideLongerName(start: start, end: end, in: text) {
            return false
        }
        if entryTraits.contains(.placeOfOneWord),
           LatinNameContext.isInsideOtherPlace(start: start, end: end, in: text) || LatinNameContext.followsAName(start: start, in: text) {
            return false
        }
        if entryTraits.contains(.organisationOfOneWord),
           LatinNameContext.followsAName(start: start, in: text, allowingNationality: true) {
            return false
        }
        if entryTraits.contains(.personOfOneWord), LatinNameContext.isAnotherPersonsName(start: start, end: end, in: text) {
            return false
        }
        if entryTraits.contains(.hanPlace), isPartOfPersonsName(start: start, end: end, in: text) {
            return false
        }
        if entryTraits.contains(.latinPersonsName), LatinNameContext.isFollowedByJunior(end: end, in: text) {
            return false
        }
        if entryTraits.contains(.wordInCapitals), LatinNameContext.isInCapitals(start: start, end: end, in: text) {
            return false
        }
        if entryTraits.contains(.commonNoun), LatinNameContext.isUppercase(text.cased(at: start)),
           LatinNameContext.isWrittenAsName(start: start, end: end, in: text) {
            return false
        }
        return true
    }
}

/// What matching must know of a glossary entry beyond its text.
private struct EntryTraits: OptionSet {
    let rawValue: UInt16

    /// The entry's first or last scalar needs a word boundary (spaced scripts).
    static let boundaryBefore = EntryTraits(rawValue: 1 << 0)
    static let boundaryAfter = EntryTraits(rawValue: 1 << 1)
    /// Letter case must match the entry as written.
    static let caseSensitive = EntryTraits(rawValue: 1 << 2)
    /// A name of several capitalised words that yields to a longer one.
    static let yieldsToLongerName = EntryTraits(rawValue: 1 << 3)
    /// All Han characters: a word of its own for the segmenter.
    static let hanWord = EntryTraits(rawValue: 1 << 4)
    /// An exclusion entry: it blocks shorter hits and is never marked.
    static let exclusion = EntryTraits(rawValue: 1 << 5)
    /// A place of one word, not marked inside another place's name (New Mexico).
    static let placeOfOneWord = EntryTraits(rawValue: 1 << 6)
    /// A place written in Han characters, not marked as part of a person's name (杰克·伦敦).
    static let hanPlace = EntryTraits(rawValue: 1 << 7)
    /// A common noun of one word (written lowercase, any case matches), not marked where the
    /// text writes it as a name (Yuan Ling, the Yuan dynasty, Euro 2020). A term of several
    /// words is the same term capitalised (the National Security Law).
    static let commonNoun = EntryTraits(rawValue: 1 << 8)
    /// An organisation named by one capitalised word, not marked inside another name (African
    /// National Congress, Nikola Tesla), but after a nationality (the Peruvian Congress).
    static let organisationOfOneWord = EntryTraits(rawValue: 1 << 9)
    /// A person named by one word whom the glossary also names in full (Xi: Xi Jinping; Johnson:
    /// Boris Johnson), not marked in another person's full name (Li Xi, Xi Mingze, Ian Johnson).
    static let personOfOneWord = EntryTraits(rawValue: 1 << 10)
    /// An acronym spelled like an English word (US, WHO), not marked in a headline in
    /// capitals (LET US GO, WHO KNEW).
    static let wordInCapitals = EntryTraits(rawValue: 1 << 11)
    /// A person's name ending in a spaced script, not marked before Jr. (Donald Trump Jr.).
    static let latinPersonsName = EntryTraits(rawValue: 1 << 12)

    /// The traits that make a hit's acceptance depend on its context.
    static let checkedOnEachHit: EntryTraits = [.boundaryBefore, .boundaryAfter, .caseSensitive, .yieldsToLongerName, .placeOfOneWord,
                                                .hanPlace, .commonNoun, .organisationOfOneWord, .personOfOneWord,
                                                .wordInCapitals, .latinPersonsName]
}

