import Foundation

/// Where a transliterated name starts, checked by its sound against the original.
extension NamePairFinder {
    /// The name before a bracket whose original romanises a Chinese or Korean name, and where
    /// it starts; nil when the original is neither form below or the characters do not fit.
    /// - In pinyin, each character is one syllable: as many characters as the original has
    ///   syllables, each read with its syllable (33岁的|董家智 (Dong Jiazhi), 研究员|唐娟 (Tang
    ///   Juan)); the longest such when the original splits more than one way.
    /// - A surname before a given name of two hyphened syllables (Wade–Giles, Cantonese,
    ///   Korean: Chiu Kuo-cheng, Lam Cheuk-ting, Kim Jong-un) is three characters, the first a
    ///   surname that starts as the original's does (议员|林卓廷; not 员林, a town).
    func romanisedChineseName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        var length = 0
        for spelling in PinyinSyllable.spellings(of: latin) where spelling.count >= 2 && spelling.count > length {
            guard spelling.count <= end else { continue }
            if PinyinSyllable.reads(scalars[(end - spelling.count)..<end], as: spelling) { length = spelling.count }
        }
        if length == 0, end >= 3, Self.hasHyphenedGivenName(latin),
           let surname = latin.split(separator: " ").dropLast().last,
           scalars[(end - 3)..<end].allSatisfy({ ScriptFolding.isHan($0.value) }),
           ChineseSurnames.contains(scalars[end - 3].value),
           TransliterationOnset.fits(scalars[end - 3], TransliterationOnset.initials(ofWord: surname)) {
            length = 3
        }
        guard length > 0 else { return nil }
        return (Self.string(Array(scalars[(end - length)..<end])), end - length)
    }

    /// Whether `latin` ends in a surname and a given name of two hyphened syllables, each of
    /// one to six letters, the second lowercase (Tsai Ing-wen, Joshua Wong Chi-fung; not
    /// Jean-Luc or Kramp-Karrenbauer).
    static func hasHyphenedGivenName(_ latin: String) -> Bool {
        let words = latin.split(separator: " ")
        guard words.count >= 2, let surname = words.dropLast().last, surname.first?.isUppercase == true,
              (1...6).contains(surname.count), surname.allSatisfy(\.isLetter) else { return false }
        let parts = words[words.count - 1].split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...6).contains($0.count) && $0.allSatisfy(\.isLetter) }
            && parts[0].first?.isUppercase == true && parts[1].allSatisfy(\.isLowercase)
    }

    /// `nameStart` moved by one character where the sound says the cut is off by one (see
    /// `TransliterationOnset` for what fits the start of a word of the original):
    /// - when the name's first character fits no word, the character before it is taken in
    ///   if it fits, is a word of its own that may spell a name, and the name is spelled as a
    ///   transliteration and is no word without it: 民众|高沙尔 (Avishek Ghoshal), 主席|拉胡尔
    ///   (Rahul Gandhi), 作家|尤利娅 (Yulia); not 据, 看 or 叫天主 (God);
    /// - when a first part before a name separator is cut to one character that fits no word,
    ///   the two characters before it are taken in if they are words of their own and the
    ///   first of them fits the original's first word (阿道|司·赫胥黎 (Aldous Huxley));
    /// - when the second character fits and the first fits no word or is a common word of its
    ///   own (派, 请), the first is dropped if it is no surname and no part of a longer word,
    ///   and what follows is spelled as a transliteration: 女星|金卡戴珊 (Kim Kardashian),
    ///   杀人魔|帕特里克, 派|巴赫 (Bach); not 瑞|幸咖啡 (Luckin Coffee) or 邦|联主义者 (Confederate).
    ///
    /// A surname need not sound like anything (谢霆锋 (Nicholas Tse)), Japanese names are written
    /// with their own characters (菅义伟 (Yoshihide Suga)), and a title of a work is translated
    /// (Searching for Sugar Man), so none of these moves.
    func startBySound(_ nameStart: Int, runStart: Int, end: Int, in scalars: [Unicode.Scalar], latin: String) -> Int {
        let words = Self.soundedWords(of: latin)
        guard !words.isEmpty, !words.allSatisfy(Self.readsAsJapanese),
              words.allSatisfy({ $0.first?.isUppercase == true || Self.nameParticles.contains(String($0)) }) else { return nameStart }
        let fitting = words.reduce(PinyinInitial.Set()) { $0.union(TransliterationOnset.initials(ofWord: $1)) }
        // nil: no reading known, so no judgement.
        func fits(_ index: Int) -> Bool? {
            guard ScriptFolding.isHan(scalars[index].value) else { return nil }
            let initials = PinyinInitial.initials(of: scalars[index].value)
            return initials.isEmpty ? nil : !initials.isDisjoint(with: fitting)
        }
        guard !fitting.isEmpty, nameStart < end, let firstFits = fits(nameStart) else { return nameStart }
        let firstPart = Array(scalars[nameStart..<end].prefix { ScriptFolding.isHan($0.value) })
        if !firstFits, nameStart > runStart, fits(nameStart - 1) == true, spellsNames(scalars[nameStart - 1]),
           firstPart.count < 2 || !segmenter.lexicon.contains(Self.string(firstPart)),
           isSpelledAsTransliteration(firstPart, characterByCharacter: true),
           segmenter.words(in: Self.string(Array(scalars[runStart..<nameStart]))).last?.count == 1 {
            return nameStart - 1
        }
        // A first part before a name separator cut to one character (司·赫胥黎 (Aldous Huxley)):
        // two one-character words before it are taken in when the first of them fits the
        // original's first word and may start a transliteration (阿道司, 齐内丁).
        let firstOnset = TransliterationOnset.initials(ofWord: words[0])
        if !firstFits, firstPart.count == 1, nameStart + 1 < end, Self.isSeparator(scalars[nameStart + 1].value),
           nameStart - 2 >= runStart, ScriptFolding.isHan(scalars[nameStart - 2].value),
           TransliterationOnset.fits(scalars[nameStart - 2], firstOnset),
           spellsNames(scalars[nameStart - 2]), fits(nameStart - 1) != true,
           !segmenter.lexicon.contains(Self.string(Array(scalars[(nameStart - 2)...nameStart]))),
           segmenter.words(in: Self.string(Array(scalars[runStart..<nameStart]))).suffix(2).allSatisfy({ $0.count == 1 }) {
            return nameStart - 2
        }
        // A first part before a name separator cut to two characters: one or two
        // one-character words before it are taken in up to one that fits the original's first
        // word and may start a transliteration, no grammatical particle crossed (雷那|尔多·基哈达
        // → 雷那尔多·基哈达 (Reinaldo Quijada), 毛里|西奥·马克里 (Mauricio Macri)).
        if !firstFits, firstPart.count == 2, nameStart + 2 < end, Self.isSeparator(scalars[nameStart + 2].value),
           let start = startFitting(firstOnset, before: nameStart, runStart: runStart, in: scalars, within: 2) {
            return start
        }
        // A conjunction glued to a first part whose second character fits (和|玛丽·居里 (Marie Curie)).
        if !firstFits, firstPart.count >= 3, Self.conjunctions.contains(ScriptFolding.simplified(scalars[nameStart])),
           fits(nameStart + 1) == true {
            return nameStart + 1
        }
        if firstPart.count >= 3, !firstFits || isOrdinaryWordCharacter(scalars[nameStart]), fits(nameStart + 1) == true,
           !ChineseSurnames.contains(scalars[nameStart].value),
           segmenter.words(in: Self.string(firstPart)).first?.count == 1,
           isSpelledAsTransliteration(Array(firstPart.dropFirst())) {
            return nameStart + 1
        }
        // A name whose first character fits a later word of the original but not its first
        // one spells only that later word; a rare word before it that starts as the first word
        // does and ends in a character that spells names is the name's first part (领袖|边巴|次仁
        // (Penpa Tsering)). A Chinese surname starts its name (副总裁|张国威 (Victor Zhang)).
        if words.count >= 2, firstFits, !TransliterationOnset.fits(scalars[nameStart], firstOnset),
           !ChineseSurnames.contains(scalars[nameStart].value), nameStart - 2 >= runStart,
           spellsNamesOrIsRare(String(scalars[nameStart - 1])),
           let before = segmenter.words(in: Self.string(Array(scalars[runStart..<nameStart]))).last,
           (2...3).contains(before.count), TransliterationOnset.fits(scalars[nameStart - before.count], firstOnset) {
            let word = Self.string(Array(scalars[(nameStart - before.count)..<nameStart]))
            let kind = wordClass(of: word)
            if let cost = segmenter.lexicon.cost(of: word), cost > segmenter.lexicon.cost(ofCount: 50),
               kind != .function, kind != .verb {
                return nameStart - before.count
            }
        }
        // A transliteration cut short by a common character inside it: the original's last
        // word sounds two characters or more longer than the name (`TransliterationLength`), so
        // one or two one-character words before it are taken in, up to one that fits that
        // word's start and may start a transliteration, over no grammatical particle
        // (賞給|史道|斯卡斯 → 史道斯卡斯 (Nik Stauskas), 大師馬田|史高|西斯 → 史高西斯 (Martin Scorsese)).
        let length = end - nameStart
        if let last = words.last, firstPart.count == length, nameStart > runStart,
           case let missing = TransliterationLength.characters(ofWord: last) - length, missing >= 2,
           let start = startFitting(TransliterationOnset.initials(ofWord: last), before: nameStart, runStart: runStart,
                                    in: scalars, within: min(2, missing)) {
            return start
        }
        return nameStart
    }

    /// The words of an original a transliteration spells: not an initial (J.) or a
    /// generation's mark (Jr., III), which the Chinese writes apart (小|马可仕) or not at all.
    static func soundedWords(of latin: String) -> [Substring] {
        latin.split(separator: " ").filter { word in
            (!word.hasSuffix(".") || word.count > 2) && !generationMarks.contains(String(word)) && !isRomanNumeral(String(word))
        }
    }

    /// Marks of a generation after a name (Marcos Jr.).
    static let generationMarks: Set<String> = ["Jr.", "Jr", "Sr.", "Sr"]

    /// `nameStart` moved back to where the characters read, one syllable each, as the
    /// original (`TransliterationLength.reads`), when a grammatical or common character inside
    /// the transliteration stopped the cut: the name's first part before a name separator
    /// reads as the original's first word (若|泽·爱德华多… → 若泽 (José Eduardo dos Santos)); a
    /// name without one reads as all of the original's words, its last or its first one
    /// (汗尤|尼斯 → 汗尤尼斯 (Khan Younis); 穆里略 (Rosario Murillo), 福爾多 (Fordo) and 阿布都拉
    /// (Abdullah Ri'ayatuddin), which the cut lost whole). The longest reading wins, when:
    /// - the name holds a character that spells names;
    /// - what it adds are whole words, each of one character, a name or a rare word (因斯 in
    ///   蕾娜特瑞因斯夫), the first no particle that stands before names (的, 由) and none a
    ///   pronoun, a conjunction, 的 or 了 (他|见|马拉多纳);
    /// - a longer word, a particle or nothing stands before them, not another word of one
    ///   character (他|找|捷克);
    /// - a whole name the cut kept (南疆, 深井) is taken further only over a grammatical
    ///   character, not over a verb (看|南疆 (Southern Xinjiang), 请|桀王 (King Jie)).
    func startByReading(_ nameStart: Int, runStart: Int, end: Int, in scalars: [Unicode.Scalar], latin: String) -> Int {
        let named = Self.soundedWords(of: latin).filter { $0.first?.isUppercase == true }
        guard let first = named.first, let last = named.last, !named.allSatisfy(Self.readsAsJapanese) else { return nameStart }
        let separator = (nameStart..<end).first { Self.isSeparator(scalars[$0].value) }
        let partEnd = separator ?? end
        let readings: [[Substring]] = separator != nil ? [[first]] : named.count > 1 ? [named, [last], [first]] : [named]
        let isParticle = { (index: Int) in Self.particlesBeforeNames.contains(ScriptFolding.simplified(scalars[index])) }
        let before = segmenter.words(in: Self.string(Array(scalars[runStart..<nameStart])))
        let keptIsName = partEnd - nameStart >= 2
            && wordClass(of: Self.string(Array(scalars[nameStart..<partEnd])))?.isName == true
        // Whether the words from `first` on may be taken into the name.
        func mayBeAdded(from first: Int) -> Bool {
            let start = runStart + before[first].lowerBound
            let added = start..<nameStart
            let text = { (word: Range<Int>) in Self.string(Array(scalars[(runStart + word.lowerBound)..<(runStart + word.upperBound)])) }
            return before[first...].allSatisfy { $0.count == 1 || isNameOrRare(text($0)) }
                && (before[..<first].last.map { $0.count > 1 || isParticle(runStart + $0.lowerBound) } ?? true)
                && !isParticle(start)
                && !added.contains { Self.neverInTransliterations.contains(ScriptFolding.simplified(scalars[$0])) }
                && (!keptIsName || added.contains { wordClass(of: String(scalars[$0])) == .function })
        }
        var best = nameStart
        for words in readings {
            let syllables = TransliterationLength.syllables(ofWords: words)
            for length in TransliterationLength.lengths(of: syllables).reversed() where length >= (separator != nil ? 2 : 3) {
                let start = partEnd - length
                guard start >= runStart, start < best,
                      (start..<partEnd).contains(where: { wordClass(of: String(scalars[$0])) == .nameCharacter }),
                      TransliterationLength.reads(scalars[start..<partEnd], as: syllables),
                      let first = before.lastIndex(where: { runStart + $0.lowerBound == start }), mayBeAdded(from: first)
                else { continue }
                best = start
            }
        }
        return best
    }

    /// `nameStart` moved forward past words of the sentence the cut kept: when the name does
    /// not read as the original (`TransliterationLength.reads`) but its end does, as all of
    /// the original's words or its last one, and what stands before that end is whole words
    /// of two or more characters that name no person or place (亿万富豪|马斯克 (Elon Musk),
    /// 球王|约克维奇 (Novak Djokovic), 双星|约基治 (Nikola Jokic)).
    func startTrimmedByReading(_ nameStart: Int, end: Int, in scalars: [Unicode.Scalar], latin: String) -> Int {
        let named = Self.soundedWords(of: latin).filter { $0.first?.isUppercase == true }
        guard let last = named.last, end - nameStart >= 4, !named.allSatisfy(Self.readsAsJapanese),
              !(nameStart..<end).contains(where: { !ScriptFolding.isHan(scalars[$0].value) }) else { return nameStart }
        let readings = (named.count > 1 ? [named, [last]] : [named]).map(TransliterationLength.syllables(ofWords:))
        guard !readings.contains(where: { TransliterationLength.reads(scalars[nameStart..<end], as: $0) }) else { return nameStart }
        let name = Array(scalars[nameStart..<end])
        let words = segmenter.words(in: Self.string(name))
        for reading in readings {
            for length in TransliterationLength.lengths(of: reading).reversed() where length >= 2 && length < name.count {
                let cut = name.count - length
                guard let index = words.firstIndex(where: { $0.lowerBound == cut }),
                      TransliterationLength.reads(scalars[(end - length)..<end], as: reading),
                      words[..<index].allSatisfy({ word in
                          let text = Self.string(Array(name[word]))
                          return word.count >= 2 && segmenter.lexicon.contains(text)
                              && ![.person, .place, .organisation].contains(wordClass(of: text))
                      }) else { continue }
                return end - length
            }
        }
        return nameStart
    }

    /// Where a name starts that one or two one-character words before `nameStart` open, at
    /// most `within`: the nearest that fits `onset` and may start a transliteration, over no
    /// grammatical particle (雷|那|尔多 for Reinaldo); nil when none does.
    private func startFitting(_ onset: PinyinInitial.Set, before nameStart: Int, runStart: Int,
                              in scalars: [Unicode.Scalar], within: Int) -> Int? {
        let before = segmenter.words(in: Self.string(Array(scalars[runStart..<nameStart])))
        for back in 1...within where before.count >= back && before.suffix(back).allSatisfy({ $0.count == 1 }) {
            let character = scalars[nameStart - back]
            guard ScriptFolding.isHan(character.value),
                  !Self.particlesBeforeNames.contains(ScriptFolding.simplified(character))
            else { break }
            if TransliterationOnset.fits(character, onset), spellsNames(character) {
                return nameStart - back
            }
        }
        return nil
    }

    /// An organisation's `nameStart` moved to where the name its original opens with starts,
    /// when the first character does not fit that name's sound:
    /// - back over characters that spell names or are no common word of their own, at most
    ///   four and no grammatical word, to the first that fits, when a word of two or more
    ///   characters ends before it
    ///   (牛津大学|布拉瓦特|尼克政府学院 → 布拉瓦特尼克政府学院 (Blavatnik School of Government));
    /// - forward past whole words to a transliteration that fits (斯坦福大学|胡佛研究所 (Hoover
    ///   Institution)).
    /// Only when the original opens with a name: a capitalised word that is no institution's
    /// word, after "The". A translated name (美国传统基金会 (Heritage Foundation)) finds no
    /// fitting transliteration and stays.
    func organisationStartBySound(_ nameStart: Int, runStart: Int, end: Int, in scalars: [Unicode.Scalar],
                                  latin: String) -> Int {
        let words = latin.split(separator: " ").drop { $0 == "The" }
        guard words.count >= 2, let first = words.first, first.count >= 3, first.first?.isUppercase == true,
              first.dropFirst().allSatisfy({ $0.isLowercase }),
              !Self.isInstitutionWord(String(first)) else { return nameStart }
        let onset = TransliterationOnset.initials(ofWord: first)
        func fits(_ index: Int) -> Bool {
            TransliterationOnset.fits(scalars[index], onset)
        }
        guard !onset.isEmpty, nameStart < end, ScriptFolding.isHan(scalars[nameStart].value), !fits(nameStart) else {
            return nameStart
        }
        var back = nameStart
        while back > runStart, nameStart - back < 4, ScriptFolding.isHan(scalars[back - 1].value),
              wordClass(of: String(scalars[back - 1])) != .function,
              spellsNames(scalars[back - 1]) || !isOrdinaryWordCharacter(scalars[back - 1]) {
            back -= 1
            if fits(back), segmenter.words(in: Self.string(Array(scalars[runStart..<back]))).last.map({ $0.count >= 2 }) ?? true {
                return back
            }
        }
        // Forward: a whole word at a time, to a transliteration of two or more characters.
        for word in segmenter.words(in: Self.string(Array(scalars[nameStart..<end]))).dropFirst() {
            let start = nameStart + word.lowerBound
            guard end - start >= 4, fits(start) else { continue }
            let head = [scalars[start], scalars[start + 1]]
            let headWord = Self.string(head)
            if head.allSatisfy({ spellsNamesOrIsRare(String($0)) }),
               !segmenter.lexicon.contains(headWord) || segmenter.lexicon.wordClass(of: headWord)?.isName == true {
                return start
            }
        }
        return nameStart
    }

    /// Grammatical characters that stand before names and start none (的, 和, 在, 对, 据).
    static let particlesBeforeNames: Set<Unicode.Scalar> = [
        "的", "了", "和", "与", "及", "在", "是", "对", "将", "被", "把", "向", "给", "从", "由", "为", "说", "称", "等",
        "也", "都", "就", "又", "还", "而", "但", "或", "同", "跟", "于", "据",
    ]

    /// Characters no transliteration holds: personal pronouns, which a verb follows before a
    /// name (他|见|马拉多纳), structural particles and conjunctions between names. Other
    /// grammatical characters spell names too (都 in 阿布都拉, 尤 in 汗尤尼斯).
    static let neverInTransliterations: Set<Unicode.Scalar> = conjunctions.union(["他", "她", "我", "你", "您", "它", "的", "了"])

    /// Whether a word of two or more characters may be part of a transliteration: a name of
    /// the lexicon, or a word seen fewer than 100 times (因斯).
    /// A common word spelled only with characters that spell names counts too, but for a
    /// title (国王): inside a transliteration it is a piece of it (奇|克拉|約 (Chiclayo): 克拉, a carat).
    private func isNameOrRare(_ word: String) -> Bool {
        guard let cost = segmenter.lexicon.cost(of: word) else { return true }
        let simplified = ScriptFolding.simplified(word)
        return wordClass(of: word)?.isName == true || cost > segmenter.lexicon.cost(ofCount: 100)
            || word.unicodeScalars.allSatisfy { wordClass(of: String($0)) == .nameCharacter }
                && !Self.titlesAfterNames.contains(simplified) && !Self.officesAfterNames.contains(simplified)
    }

    /// Conjunctions that join two names (皮埃尔·居里和玛丽·居里).
    static let conjunctions: Set<Unicode.Scalar> = ["和", "与", "及", "同", "跟"]

    /// A common character that is a word and spells no names (派, 请, 问): before a
    /// transliteration it is a word of the sentence even when its sound would fit.
    private func isOrdinaryWordCharacter(_ character: Unicode.Scalar) -> Bool {
        let text = String(character)
        let lexicon = segmenter.lexicon
        guard wordClass(of: text) == .word, let cost = lexicon.cost(of: text) else { return false }
        return cost <= lexicon.cost(ofCount: 2_000)
    }

    /// Lowercase words a person's name holds (Ursula von der Leyen, Dulcidio de la Guardia,
    /// Luiz Inácio Lula da Silva, Maria do Rosário).
    static let nameParticles: Set<String> = [
        "de", "del", "della", "dei", "der", "den", "di", "da", "do", "dos", "das", "du", "la", "le", "van", "von", "zu",
        "al", "el", "bin", "ben", "ibn", "y", "e",
    ]

    /// Whether a character may start a transliteration: one that spells names, a surname (高)
    /// or a rare character, and no grammatical word as common as 据 or 与; not a common verb
    /// (看, 叫, 请).
    private func spellsNames(_ character: Unicode.Scalar) -> Bool {
        let text = String(character)
        let lexicon = segmenter.lexicon
        guard let cost = lexicon.cost(of: text) else { return true }
        if wordClass(of: text) == .function { return cost > lexicon.cost(ofCount: 10_000) }
        return spellsNamesOrIsRare(text) || ChineseSurnames.contains(character.value)
    }

    /// Whether Han text reads as a transliteration: no word of it is an ordinary word of some
    /// currency (咖啡, 主义); `characterByCharacter`, and each character spells names or is
    /// rare (沙尔, not 地中海 (Mediterranean Sea), which is translated).
    func isSpelledAsTransliteration(_ part: [Unicode.Scalar], characterByCharacter: Bool = false) -> Bool {
        let lexicon = segmenter.lexicon
        if characterByCharacter, !part.allSatisfy({ spellsNamesOrIsRare(String($0)) }) { return false }
        return segmenter.words(in: Self.string(part)).allSatisfy { word in
            guard word.count > 1, let kind = wordClass(of: Self.string(Array(part[word]))), !kind.isName,
                  let cost = lexicon.cost(of: Self.string(Array(part[word]))) else { return true }
            return cost > lexicon.cost(ofCount: 1_000)
        }
    }

    /// Whether a word is spelled in Japanese syllables as Hepburn writes them (Yoshihide,
    /// Kishida): a Japanese name's characters are read in Japanese, not as a transliteration.
    /// Hepburn has no si, zi, ti, di, tu, du, hu, wi or ye (shi, ji, chi, tsu, fu), so
    /// Zinedine and Zidane are no Japanese names.
    static func readsAsJapanese(_ word: Substring) -> Bool {
        let letters = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .filter { $0.isLetter }
        let syllables = #/(?:[kgbpmnrh]y[auo]|[kgbpmnr][aiueo]|h[aieo]|fu|sh[aiueo]|s[aueo]|j[aiueo]|z[aueo]|ch[aiueo]|tsu|t[aeo]|d[aeo]|y[auo]|w[ao]|[aiueo]|n)+/#
        return letters.count >= 2 && letters.wholeMatch(of: syllables) != nil
    }
}
