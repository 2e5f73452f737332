/// The word boundaries of one text's Han runs, segmented on demand, each run once: what
/// glossary matching asks before a Han hit that does not fall on both edges of a run stands.
struct WordBoundaries {
    let folded: ArraySlice<UInt32>
    /// All-Han glossary hits, in order of their end: extra words for the segmenter.
    var words: [WordSegmenter.ExtraWord]
    let segmenter: WordSegmenter
    /// For each position of a segmented run, the end of the path's word starting there, or
    /// -1 when none starts there; -2 where the run is not segmented yet. Empty until the
    /// first run is segmented.
    private var wordEnd: [Int32] = []

    init(folded: ArraySlice<UInt32>, words: [WordSegmenter.ExtraWord], segmenter: WordSegmenter) {
        self.folded = folded
        self.segmenter = segmenter
        // A glossary term counts as a word at least as common as a fairly frequent one.
        let cost = segmenter.lexicon.cost(ofCount: 100)
        self.words = words.map { WordSegmenter.ExtraWord(start: $0.start, end: $0.end, cost: cost) }
    }

    /// Whether a word boundary falls before `position`: outside Han runs always, inside one
    /// where the run's best path has one.
    mutating func isBoundary(_ position: Int) -> Bool {
        guard position > 0, position < folded.count,
              ScriptFolding.isHan(folded[position - 1]), ScriptFolding.isHan(folded[position]) else { return true }
        return pathWordEnd(at: position) >= 0
    }

    /// Whether a hit that starts a word of the path ends inside it as a modifier: the rest of
    /// the word is a common word on its own (美国|国会, 克里米亚|半岛, 司法部|长). Chinese
    /// compounds put the head last, so the first part still names what the glossary names;
    /// a name's tail in a transliteration (克里|斯, 巴西|利亚) is no common word and fails.
    ///
    /// A term (not a name) keeps its mark before any one character (天然气|井); a place keeps
    /// it before any word that is no name (香港|立法会, 欧洲|央行). No hit stands before one
    /// character that mostly ends a word begun by the hit's last one (公安|部门, the police;
    /// 中|东部). A person's name is no modifier where the word is another name (李希|光,
    /// 刘鹤|真) or the hit is a common word (汪洋|大海), and no hit cuts a country's
    /// one-character abbreviation off its institution (美国|防部 is 美|国防部).
    mutating func isModifier(_ hit: Range<Int>, type: TermType) -> Bool {
        guard hit.lowerBound < folded.count, ScriptFolding.isHan(folded[hit.lowerBound]) else { return false }
        let wordEnd = Int(pathWordEnd(at: hit.lowerBound))
        guard wordEnd > hit.upperBound else { return false }
        if type == .person, !nameOpensWord(hit, wordEnd: wordEnd) { return false }
        if isInstitutionAfterAbbreviation(hit.lowerBound + 1..<wordEnd) { return false }
        let single = wordEnd - hit.upperBound == 1
        if single, endsWordOfLastCharacter(hit, wordEnd: wordEnd) { return false }
        if single && type == .term { return true }
        guard let (slot, kind) = word(hit.upperBound..<wordEnd) else {
            return type == .place && isCommonWords(hit.upperBound..<wordEnd)
        }
        if !single, type == .place, kind != .person, kind != .place { return true }
        // One character that is a word and spells no names may be as rare as 核 (伊朗|核协议).
        let singleCost = kind == .word ? singleWordModifiedCost : singleModifiedCost
        return segmenter.lexicon.cost(atSlot: slot) <= (single ? singleCost : modifiedCost)
    }

    /// Whether a hit that ends a word of the path is a unit counted by the numeral that
    /// opens the word (亿|美元, 万|港元: jieba counts 亿美元 as one word).
    private mutating func isUnitAfterNumeral(_ hit: Range<Int>) -> Bool {
        guard hit.lowerBound > 0, ScriptFolding.isHan(folded[hit.lowerBound]) else { return false }
        var wordStart = hit.lowerBound
        while wordStart > 0, Self.numerals.contains(folded[wordStart - 1]) {
            wordStart -= 1
            if Int(pathWordEnd(at: wordStart)) == hit.upperBound { return true }
        }
        return false
    }

    /// Han numerals and the characters that count thousands (一, 十, 百, 千, 万, 亿).
    private static let numerals: Set<UInt32> = Set("零一二两三四五六七八九十百千万亿兆".unicodeScalars.map(\.value))

    /// Whether a Han hit that is no modifier (`isModifier`) stands, given which of its edges
    /// fall on the path's boundaries: both, unless it ends in an adverb of amount before a
    /// number; only its start, when it takes the first word of a compound (全国人大|代表); only
    /// its end, when it is the head after a place, a term after a word that qualifies it, the
    /// object of a preposition or the unit of a numeral; neither, never.
    mutating func stands(_ hit: Range<Int>, type: TermType, startsWord: Bool, endsWord: Bool) -> Bool {
        switch (startsWord, endsWord) {
        case (true, true):
            return !endsInAmountBeforeNumber(hit)
        case (true, false):
            return isModifierAcrossCompound(hit)
        case (false, true):
            let head = isHeadAfterPlace(hit, type: type) || isTermAfterQualifier(hit, type: type)
                || isNameAfterPreposition(hit, type: type) || isUnitAfterNumeral(hit)
            return head && !endsInAmountBeforeNumber(hit)
        case (false, false):
            return false
        }
    }

    /// Whether a term (not a name) ends a word of the path after a word that qualifies it, an
    /// ordinary word or a verb: 经济|制裁 (economic sanctions), 基准|利率, 降低|利率, 进口|关税.
    /// Names are left out: 自由|民主党 is no Democratic Party.
    private mutating func isTermAfterQualifier(_ hit: Range<Int>, type: TermType) -> Bool {
        guard type == .term, let wordStart = pathWordStart(endingWith: hit),
              let (_, kind) = word(wordStart..<hit.lowerBound) else { return false }
        return kind == .word || kind == .verb
    }

    /// Whether a hit that starts on a boundary and ends inside the path's next compound takes
    /// that compound's first word as its own last one: 全国|人大代表 is 全国人大 (NPC) and 代表
    /// (deputy), 世界|银行行长 is 世界银行 (World Bank) and 行长 (president). Both parts of the
    /// compound are words of two characters or more, the second as common as a modifier's rest.
    private mutating func isModifierAcrossCompound(_ hit: Range<Int>) -> Bool {
        guard let compound = compound(cutBy: hit), hit.upperBound - compound.lowerBound >= 2,
              compound.upperBound - hit.upperBound >= 2, word(compound.lowerBound..<hit.upperBound) != nil,
              let (rest, _) = word(hit.upperBound..<compound.upperBound) else { return false }
        return segmenter.lexicon.cost(atSlot: rest) <= compoundRestCost
    }

    /// The word of the path that a hit starting on a boundary ends inside, when it starts
    /// after the hit does (银行行长 for 世界银行 in 世界|银行行长).
    mutating func compound(cutBy hit: Range<Int>) -> Range<Int>? {
        var start = hit.upperBound - 1
        while start > hit.lowerBound, pathWordEnd(at: start) < 0 { start -= 1 }
        guard start > hit.lowerBound else { return nil }
        let end = Int(pathWordEnd(at: start))
        return end > hit.upperBound ? start..<end : nil
    }

    /// Whether a two-character name is the object of a preposition that the path glued to its
    /// first character: 对华|为 is 对|华为 (against Huawei). The path's word is the preposition
    /// and that character (对华, towards China), and the name's second character stands alone
    /// after it; a name is what a preposition takes there, far more often than a word of its
    /// own followed by one character.
    private mutating func isNameAfterPreposition(_ hit: Range<Int>, type: TermType) -> Bool {
        let start = hit.lowerBound
        guard type == .person || type == .org || type == .place, hit.count == 2, start > 0,
              ScriptFolding.isHan(folded[start - 1]), pathWordEnd(at: start - 1) == start + 1,
              pathWordEnd(at: start + 1) == hit.upperBound, let (_, kind) = word(start - 1..<start) else { return false }
        return kind == .function
    }

    /// Whether the rest of a long word is common words of two or more characters, as the
    /// segmenter splits it: a place opens such a word as its modifier (中国|特色|社会主义,
    /// 伊朗|伊斯兰|共和国, 北美|自由贸易|协定).
    private mutating func isCommonWords(_ rest: Range<Int>) -> Bool {
        guard rest.count >= 4 else { return false }
        let next = segmenter.bestPath(Array(folded[rest]), in: 0..<rest.count)
        var start = 0
        while start < rest.count {
            let end = Int(next[start])
            guard end - start >= 2, let (slot, kind) = word(rest.lowerBound + start..<rest.lowerBound + end),
                  !kind.isName, segmenter.lexicon.cost(atSlot: slot) <= modifiedCost else { return false }
            start = end
        }
        return true
    }

    /// Whether the hit ends in an adverb of amount before a number, which the character before
    /// the hit takes as a word with the rest of it: 以北|约 20 公里 (about 20 km north of), whose
    /// unigram path 以|北约 (NATO) no count can mend, since both readings are common; not
    /// 北约30国 or 与北约 30 国 (NATO's thirty members), where no such word stands before.
    private func endsInAmountBeforeNumber(_ hit: Range<Int>) -> Bool {
        let (start, end) = (hit.lowerBound, hit.upperBound)
        guard hit.count >= 2, start > 0, Self.amountAdverbs.contains(folded[end - 1]) else { return false }
        var next = end
        while next < folded.count, folded[next] == 0x20 { next += 1 }
        guard next < folded.count, (0x30...0x39).contains(folded[next]) || (0xFF10...0xFF19).contains(folded[next]),
              ScriptFolding.isHan(folded[start - 1]) else { return false }
        return word(start - 1..<end - 1) != nil
    }

    /// Adverbs of amount that stand before a number (约 about, 近 nearly, 逾 over, 超 above).
    private static let amountAdverbs: Set<UInt32> = Set("约近逾超".unicodeScalars.map(\.value))

    /// Where the path's word starts that ends with the hit and begins before it (德国|总理 in
    /// 德国总理); nil when the hit is no such word's end.
    private mutating func pathWordStart(endingWith hit: Range<Int>) -> Int? {
        guard hit.lowerBound > 0, ScriptFolding.isHan(folded[hit.lowerBound]) else { return nil }
        var wordStart = hit.lowerBound - 1
        while wordStart > 0, ScriptFolding.isHan(folded[wordStart - 1]), pathWordEnd(at: wordStart) < 0 { wordStart -= 1 }
        return Int(pathWordEnd(at: wordStart)) == hit.upperBound ? wordStart : nil
    }

    /// Whether a hit that ends a word of the path is that word's head after a place: the word
    /// is a place and the hit (德国|总理, 香港|立法会). 自由|民主党 is no place: the Liberal
    /// Democrats are not the Democratic Party. A person's name is never a head.
    ///
    /// A hit after a country's one-character abbreviation in an organisation's name is a head
    /// too (俄|国防部, 美|国务院): the news writes the country short.
    private mutating func isHeadAfterPlace(_ hit: Range<Int>, type: TermType) -> Bool {
        guard type != .person, let wordStart = pathWordStart(endingWith: hit) else { return false }
        if hit.lowerBound - wordStart == 1 { return type != .place && isInstitutionAfterAbbreviation(hit) }
        return word(wordStart..<hit.lowerBound)?.kind == .place
    }

    /// Whether `rest` (a common word) follows a country's one-character abbreviation, and the
    /// two are one organisation's name in the lexicon (俄国防部, 美国务院). Not where the
    /// country's full name could end before a common word: 美国会 is the US Congress or "the
    /// US will", and only the segmenter's path may choose.
    private mutating func isInstitutionAfterAbbreviation(_ rest: Range<Int>) -> Bool {
        guard rest.lowerBound > 0, rest.count >= 2, Self.countryAbbreviations.contains(folded[rest.lowerBound - 1]),
              word(rest.lowerBound - 1..<rest.upperBound)?.kind == .organisation,
              let (slot, _) = word(rest), segmenter.lexicon.cost(atSlot: slot) <= modifiedCost else { return false }
        guard let (tail, _) = word(rest.lowerBound + 1..<rest.upperBound) else { return true }
        return segmenter.lexicon.cost(atSlot: tail) > (rest.count == 2 ? singleModifiedCost : modifiedCost)
    }

    /// The one-character names of countries and regions that news writes before an
    /// institution (美国防部, 俄外交部, 英议会).
    private static let countryAbbreviations: Set<UInt32> = Set("美俄英法德日韩朝印澳加意越泰以伊土欧菲荷乌巴台港".unicodeScalars.map(\.value))

    /// Whether the one character after the hit mostly ends a word that the hit's last
    /// character begins: 部门 is 41 % of 门's count and 部队 96 % of 队's, so 外交部|门 is
    /// 外交|部门 whatever the counts of 外交部 say; 部长 is 14 % of 长's (司法部|长 stays).
    private func endsWordOfLastCharacter(_ hit: Range<Int>, wordEnd: Int) -> Bool {
        guard let (pair, _) = word(hit.upperBound - 1..<wordEnd), let (tail, _) = word(hit.upperBound..<wordEnd) else {
            return false
        }
        return segmenter.lexicon.cost(atSlot: pair) <= segmenter.lexicon.cost(atSlot: tail) + Self.boundTailCost
    }

    /// A pair at least 30 % as common as its second character alone: −ln 0.3.
    private static let boundTailCost: Float = 1.204

    /// Whether a person's name hit can open the path's word `hit.lowerBound..<wordEnd`: not
    /// when the hit is a common word of the lexicon (汪洋, a vast ocean), nor when the word is
    /// another person's name and the hit no name of the lexicon (李希光 is not 李希).
    private func nameOpensWord(_ hit: Range<Int>, wordEnd: Int) -> Bool {
        if let (_, kind) = word(hit) { return kind == .person }
        return word(hit.lowerBound..<wordEnd)?.kind != .person
    }

    /// The lexicon's slot and class of the word at `range` of the text, if it is a word.
    private func word(_ range: Range<Int>) -> (slot: Int, kind: WordClass)? {
        var digest = Lexicon.emptyDigest
        for position in range { digest = Lexicon.extend(digest, with: folded[position]) }
        guard let slot = segmenter.lexicon.slot(of: digest), segmenter.lexicon.cost(atSlot: slot) < .infinity else { return nil }
        return (slot, segmenter.lexicon.wordClass(atSlot: slot))
    }

    /// The rest of a compound must be at least this common: a word seen 500 times in jieba's
    /// counts (国会 1,447, 半岛 1,520; 利亚 262), a single character 10,000 times (长 40,281,
    /// 人 313,209; 斯 4,120, 特 7,898).
    private lazy var modifiedCost = segmenter.lexicon.cost(ofCount: 500)
    /// The second word of a compound the path took whole is a word of its own, and need only
    /// be seen 300 times (行长 419 in 世界银行|行长; 利亚 262 is no word of its own).
    private lazy var compoundRestCost = segmenter.lexicon.cost(ofCount: 300)
    private lazy var singleModifiedCost = segmenter.lexicon.cost(ofCount: 10_000)
    /// A single character that is a word of its own (the lexicon's class, not one that spells
    /// names) need only be seen 2,000 times (核 4,229).
    private lazy var singleWordModifiedCost = segmenter.lexicon.cost(ofCount: 2_000)

    /// The end of the path's word that starts at `position` (a Han character), or -1;
    /// segments the run around it first if need be.
    mutating func pathWordEnd(at position: Int) -> Int32 {
        if !wordEnd.isEmpty && wordEnd[position] != -2 { return wordEnd[position] }
        var start = position
        while start > 0, ScriptFolding.isHan(folded[start - 1]) { start -= 1 }
        var end = position + 1
        while end < folded.count, ScriptFolding.isHan(folded[end]) { end += 1 }
        var met: [WordSegmenter.MarkedWord] = []
        segment(start..<end, marks: .none, met: &met)
        return wordEnd[position]
    }

    /// Segments the run `start..<end` (a whole run of Han characters) and keeps its path;
    /// the words of `marks` met on the way are added to `met`.
    mutating func segment(_ run: Range<Int>, marks: LexiconWordMarks, met: inout [WordSegmenter.MarkedWord]) {
        let (start, end) = (run.lowerBound, run.upperBound)
        if wordEnd.isEmpty { wordEnd = [Int32](repeating: -2, count: folded.count) }
        // Words are in order of their end: those ending inside the run are one slice.
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        var upper = low
        while upper < words.count, words[upper].end <= end { upper += 1 }
        let inRun = low == upper ? [] : words[low..<upper].filter { $0.start >= start }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: end - start + 1) { next in
            folded.withUnsafeBufferPointer {
                segmenter.bestPath($0, in: run, extraWords: inRun[...], marks: marks, met: &met, into: next)
            }
            for offset in start..<end { wordEnd[offset] = -1 }
            var offset = 0
            while offset < end - start {
                wordEnd[start + offset] = Int32(start) + next[offset]
                offset = Int(next[offset])
            }
        }
    }
}
