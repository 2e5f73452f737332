/// The cuts tried when the ordinary one finds no name before the bracket: an institution
/// named in ordinary words, a person's name with common characters, a company named with an
/// ordinary word.
extension NamePairFinder {
    /// An organisation's Chinese name made of ordinary words (国际原子能总署, 美国疾病控制和预防
    /// 中心): the words before the bracket back to a grammatical word, a verb, a very common
    /// character or the word before a name (据|彼得森国际经济研究所, 认定|中国环球电视网,
    /// 智库|斯德哥尔摩国际和平研究所); 与 and 及 stay, and 和 when the original has "and" or
    /// "&". Nil when that leaves one word of fewer than four characters.
    func institutionName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        let latinWords = latin.split(separator: " ")
        let length = latinWords.count > 1 || Self.isBrandSpelling(latin) ? Self.impliedWords(latin) : 0
        // The letters of an acronym standing alone (FCA: 3), 0 for anything else.
        let lone = latinWords.count == 1 && Self.isAcronym(latinWords[0]) ? latinWords[0].count : 0
        if let (name, start) = institutionName(endingAt: end, in: scalars, latin: latinWords, length: length, letters: lone) {
            // A transliterated name opening the original may reach further back, or start
            // later (布拉瓦特|尼克政府学院, 斯坦福大学|胡佛研究所): its sound says where.
            let runStart = Self.hanRun(before: end, in: scalars, limit: 24).start
            let moved = organisationStartBySound(start, runStart: min(runStart, start), end: end, in: scalars, latin: latin)
            return moved == start ? (name, start) : (Self.string(Array(scalars[moved..<end])), moved)
        }
        // An acronym alone: its letters count only when the name is too short without
        // (英国|金融|行为|监管局 (FCA)), and then the name has at most one word more than it has
        // letters (not 美国|经济|占|全球|产出|总值 (GDP)); otherwise a verb before it stays out
        // (认定|中国环球电视网 (CGTN)).
        guard lone > 0 else { return nil }
        return institutionName(endingAt: end, in: scalars, latin: latinWords, length: lone, maximumWords: lone + 1)
    }

    /// A lone acronym's term or office that the lexicon has as one ordinary word of five
    /// characters or more, no institution's, and where it starts: that word is all of it
    /// (国防预算|占|国内生产总值 (GDP), 副社长兼|首席运营官 (COO); not 美国|在台协会 (AIT) or
    /// 净|利息收入 (NII), whose words are fewer).
    func acronymTerm(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        guard !latin.contains(" "), Self.isAcronym(latin[...]), let (word, start) = lastWord(before: end, in: scalars),
              word.unicodeScalars.count >= 5, segmenter.lexicon.contains(word), wordClass(of: word) == .word,
              let last = word.unicodeScalars.last, !last.isInstitutionEnd else { return nil }
        return (word, start)
    }

    /// The word of the Han text that ends at `end`, as the segmenter cuts it, and where it
    /// starts.
    func lastWord(before end: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
        let (run, runScalars, runStart) = Self.hanRun(before: end, in: scalars, limit: 24)
        guard let last = segmenter.words(in: run).last else { return nil }
        return (Self.string(Array(runScalars[last])), runStart + last.lowerBound)
    }

    /// How many Chinese words an organisation's original says its name has: one for each
    /// capitalised word and each capital inside a brand's word, and one for each letter of an
    /// acronym (Center for Global Development: 3, CzechInvest: 2, US CDC: 5, AASU: 4). Verbs
    /// among them count; 和, 与 and 及 do not (全球|开发|中心, 美国|疾病|控制|和|预防|中心).
    static func impliedWords(_ latin: String) -> Int {
        latin.split(separator: " ").map { word in
            if isAcronym(word) { return word.count }
            guard word.first?.isUppercase == true else { return 0 }
            return isBrandSpelling(String(word)) ? 1 + innerCapitals(word) : 1
        }.reduce(0, +)
    }

    /// The walk behind `institutionName(endingAt:in:latin:)`: `length` Chinese words may hold
    /// verbs and conjunctions; a name of more than `maximumWords` words is none. `letters`: the
    /// letters of a lone acronym, when they do not set `length`; a name stopped at a joining
    /// word with fewer words than that is too short (和|发展|办公室 (FCDO)), and none.
    func institutionName(endingAt end: Int, in scalars: [Unicode.Scalar], latin latinWords: [Substring],
                         length: Int, maximumWords: Int = .max, letters: Int = 0) -> (String, Int)? {
        // A list mark may stand inside a name the original says is long
        // (外交、联邦和发展办公室 (FCDO)), so the run goes on over it.
        let (run, runScalars, _) = Self.hanRun(before: end, in: scalars, limit: 24, listMarks: length > 0)
        guard runScalars.count >= 3 else { return nil }
        let lexicon = segmenter.lexicon
        let joins = latinWords.contains { $0 == "and" || $0 == "&" }
        var kept = 0
        var words = 0
        var named = false
        // Stopped by a grammatical word, a verb or a common character, not by the start of the
        // text, a name or a word for a kind of institution.
        var stoppedEarly = false
        // Characters of the verbs and conjunctions let in last: a name does not start with one
        // (相应|美联储 (FED)), and where it seems to, its start is unclear (禁止|化学武器|组织 or
        // 化学武器|组织 (OPCW)), so nothing is proposed, unless 的 stands before them.
        var openingVerbs = 0
        // Over a list mark, the name takes only the words its original still asks for.
        var afterList = false
        // Stopped by 和, 与 or 及: with fewer words than a lone acronym has letters, the name
        // goes on past it (外交、联邦|和|发展办公室 (FCDO)).
        var stoppedAtJoin = false
        let runWords = segmenter.words(in: run)
        for position in runWords.indices.reversed() {
            let word = runWords[position]
            let text = Self.string(Array(runScalars[word]))
            if text == "、" {
                // Inside the name while it is shorter than the original says; a name does not
                // start with one, nor with the list's last word alone.
                guard words >= 2, length >= 3, words < length else { break }
                openingVerbs += 1
                kept += 1
                afterList = true
                continue
            }
            if afterList && words >= length { break }
            let kind = wordClass(of: text)
            // Before a name the institution's name starts: what precedes describes it
            // (智库|彼得森国际经济研究所), as does a word for a kind of institution (智库|全球开发中心).
            let isName = kind?.isName == true && isNameWord(text)
            if named && !isName { break }
            // The head may be filed as a name (联合会): it names the kind, not the institution.
            if words == 0 && isName && word.count >= 2 && runScalars[word.upperBound - 1].isInstitutionEnd {
                kept += word.count
                words += 1
                continue
            }
            let simplified = ScriptFolding.simplified(text)  // 與 in Traditional text is 与
            if words > 0 && (Self.institutionKinds.contains(simplified) || Self.belongingWords.contains(simplified)) { break }
            named = named || isName
            let joining = simplified == "与" || simplified == "及" || simplified == "和"
            if (kind == .verb || joining) && words > 0 && words < length {
                // inside a name of several words (禁止|化学武器, 全球|开发|中心, 控制|和|预防)
                openingVerbs += word.count
                kept += word.count
                if !joining { words += 1 }
                continue
            } else if kind == .verb && words == 0 && length > 0 && word.count > 1
                        && runScalars[word.upperBound - 1].isInstitutionEnd {
                // a noun jieba files as a verb, ending the name (禁止化学武器|组织 (OPCW))
            } else if kind == .function || kind == .verb {
                guard simplified == "与" || simplified == "及" || (joins && simplified == "和"), words > 0 else {
                    if opensTransliteration(runWords, at: position, in: runScalars), words > 0, words < length {
                        // A grammatical character after one that spells names is a
                        // transliteration, which opens the name (皮尤|研究中心 (Pew Research Center)).
                        kept += word.count + runWords[position - 1].count
                        words += 1
                        openingVerbs = 0
                        break
                    }
                    // After 的 the name starts, with a verb too (荷兰的|禁止化学武器组织 (OPCW)).
                    if simplified == "的" { openingVerbs = 0 }
                    stoppedEarly = true
                    stoppedAtJoin = joining
                    break
                }
                // With all the words its original asks for, the name does not start with 与:
                // the text joins it to what precedes (我们与|西南大学 (Southwest University)).
                if length > 0 && words >= length { break }
            } else if word.count == 1, kind != .nameCharacter, let cost = lexicon.cost(of: text),
                      cost <= lexicon.cost(ofCount: 35_000) {
                // A name still shorter than its original may open with a common character that
                // qualifies it (大|联合|运河 (Grand Union Canal), 新|印度|钢铁); then it ends.
                if words > 0, words < length, Self.qualifyingCharacters.contains(simplified) {
                    kept += 1
                    words += 1
                    openingVerbs = 0
                }
                stoppedEarly = true
                break
            }
            // A name ends in a word, or in a character that ends institutions' names (署, 局).
            if words == 0 && word.count < 2 && !(runScalars[word.lowerBound]).isInstitutionEnd { return nil }
            kept += word.count
            words += 1
            openingVerbs = 0
        }
        // The country an institution is of opens its name and is no word of the original's
        // (美国|疾病|控制|与|预防|中心 (CDC)).
        let opensWithPlace = runWords.first { $0.lowerBound == runScalars.count - kept }
            .map { isLocation(Self.string(Array(runScalars[$0]))) } ?? false
        guard openingVerbs == 0, words - (opensWithPlace ? 1 : 0) <= maximumWords, words >= 2 || kept >= 4 else { return nil }
        // Stopped early with fewer than one and a half characters for each word of the
        // original: the name was cut short (皮尤|慈善信托 (Pew Charitable Trusts) stops at 尤,
        // 共同|未来项目 (Common Future Fund) at 共同), so nothing is proposed. At least one
        // character a word in any case (欧洲商会 (European Chamber of Commerce)).
        guard kept >= length, !stoppedEarly || 2 * kept >= 3 * length, !stoppedAtJoin || words >= letters else { return nil }
        return (String(run.unicodeScalars.suffix(kept)), end - kept)
    }

    /// Common characters that open a name as its original's first word does (Grand, New, Old,
    /// East…).
    static let qualifyingCharacters: Set<String> = ["大", "新", "老", "小", "东", "西", "南", "北", "上", "下", "中", "高", "总"]

    /// Whether the word at `position` is one grammatical character, not a common one, after
    /// one character that spells names, the two no word of the lexicon (皮|尤 for Pew; not 的).
    private func opensTransliteration(_ words: [Range<Int>], at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard position > 0, words[position].count == 1, words[position - 1].count == 1 else { return false }
        let lexicon = segmenter.lexicon
        let previous = Self.string(Array(scalars[words[position - 1]]))
        let current = Self.string(Array(scalars[words[position]]))
        guard let cost = lexicon.cost(of: current), cost > lexicon.cost(ofCount: 10_000) else { return false }
        return lexicon.wordClass(of: previous) == .nameCharacter && !lexicon.contains(previous + current)
    }

    /// Two or more capital letters and nothing else (CDC, EIA, CGTN).
    static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Words for a kind of institution, which stand before its name (智库|全球开发中心).
    static let institutionKinds: Set<String> = [
        "智库", "机构", "组织", "团体", "媒体", "公司", "集团", "企业", "银行", "基金会", "协会", "大学", "监管机构",
        "非政府组织", "慈善机构", "研究机构", "科技公司", "政党", "通讯社", "电视台", "报社", "党派",
    ]

    /// A person's name with common characters in it (蔬菜销售商|毛里雅 (Ashutosh Maurya),
    /// 行政长官|林郑月娥 (Carrie Lam)), when the ordinary cut keeps fewer than two characters:
    /// the single characters (and rare names of the lexicon) before the bracket back to another
    /// word or a grammatical one, four characters at most, if the original has two or more
    /// words and at least half of those characters spell names or are rare; mended by its
    /// sound as the ordinary cut is (`startBySound`).
    func personName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        guard latin.split(separator: " ").count >= 2 else { return nil }
        let (run, runScalars, _) = Self.hanRun(before: end, in: scalars, limit: 8)
        guard runScalars.count >= 2 else { return nil }
        let lexicon = segmenter.lexicon
        var kept = 0
        var spelling = 0
        // The last character kept is a particle, which no name starts with.
        var particleFirst = false
        let runWords = segmenter.words(in: run)
        for position in runWords.indices.reversed() {
            let word = runWords[position]
            let text = Self.string(Array(runScalars[word]))
            let kind = wordClass(of: text)
            guard kept + word.count <= 4 else { break }
            particleFirst = false
            if word.count > 1 {
                // A rare name of the lexicon goes on with it (林郑|月|娥).
                guard kind?.isName == true, isNameWord(text) else { break }
                spelling += word.count
            } else if kind == .function {
                // Given names have a few grammatical characters in them (黄之锋, 陈敏而), and any
                // one may follow a surname the original names (李|在|镕 (Jay Y. Lee)).
                guard Self.givenNameParticles.contains(text) || isNamedSurname(before: position, in: runWords, of: runScalars,
                                                                                  latin: latin) else { break }
                particleFirst = true
            } else if kind == .nameCharacter || kind == .person
                        || (lexicon.cost(of: text) ?? .infinity) > lexicon.cost(ofCount: 2_000) {
                spelling += 1
            }
            kept += word.count
        }
        if particleFirst { kept -= 1 }
        guard kept >= 2, 2 * spelling >= kept else { return nil }
        let start = startBySound(end - kept, runStart: end - runScalars.count, end: end, in: scalars, latin: latin)
        guard end - start >= 2 else { return nil }
        return (Self.string(Array(scalars[start..<end])), start)
    }

    /// Whether the word before `position` is one character, a surname that fits a word of the
    /// original's sound (李 for Lee).
    private func isNamedSurname(before position: Int, in words: [Range<Int>], of scalars: [Unicode.Scalar],
                                latin: String) -> Bool {
        guard position > 0, words[position - 1].count == 1 else { return false }
        let surname = scalars[words[position - 1].lowerBound]
        guard ChineseSurnames.contains(ScriptFolding.simplified(surname.value)) else { return false }
        return latin.split(separator: " ").contains { TransliterationOnset.fits(surname, TransliterationOnset.initials(ofWord: $0)) }
    }

    /// A Japanese person's name written in its own characters, when the original is a given
    /// name and a family name in Hepburn's syllables (Sanae Takaichi) and not the characters'
    /// pinyin: the characters back to a title or a role (a noun ending as 首相, 总裁, 社长 or
    /// 创办人 do), three to five of them (总裁|高市早苗, 創辦人|柳井正).
    /// Such names hold characters that are words of their own (是枝裕和, 植田和男), which stop
    /// the ordinary cut. Another word before them (他们派|…, 昨天看|…), or a particle that
    /// stands before names and in none of these (的, 在, 对; not 和, 是, 也), means the name's
    /// start is unclear: nil, as for a span too short or too long.
    func japaneseName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        let words = latin.split(separator: " ")
        guard words.count == 2, words.allSatisfy(Self.readsAsJapanese) else { return nil }
        let (run, runScalars, runStart) = Self.hanRun(before: end, in: scalars, limit: 8)
        var kept = 0
        var afterTitle = false
        for word in segmenter.words(in: run).reversed() {
            let text = Self.string(Array(runScalars[word]))
            if word.count > 1 {
                let kind = wordClass(of: text)
                if kind?.isName == true || !segmenter.lexicon.contains(text) {
                    // a piece of the name
                } else if kind == .word || kind == .verb, let last = ScriptFolding.simplified(text).last,
                          Self.titleEndings.contains(String(last)) {
                    afterTitle = true
                    break
                } else {
                    return nil
                }
            } else if case let character = ScriptFolding.simplified(runScalars[word.lowerBound]),
                      Self.particlesBeforeNames.contains(character), !Self.japaneseNameParticles.contains(String(character)) {
                return nil
            }
            kept += word.count
            guard kept <= 5 else { return nil }
        }
        guard afterTitle, kept >= 3, !(2...kept).contains(where: { PinyinSyllable.isPinyin(latin, of: runScalars.suffix($0)) }) else { return nil }
        return (Self.string(Array(runScalars.suffix(kept))), runStart + runScalars.count - kept)
    }

    /// Last characters of titles and roles (首相, 总裁, 社长, 创办人, 导演, 球星).
    static let titleEndings: Set<String> = roleEndings.union(["相", "理", "裁", "统", "臣", "星", "演", "席", "授", "督", "帅", "监", "任", "事"])

    /// Particles before names that Japanese names hold too (植田和男, 是枝裕和, 達也, 由美).
    static let japaneseNameParticles: Set<String> = ["和", "是", "也", "由", "与", "又", "为", "同"]

    /// Grammatical characters that given names use (黄之锋, 陈敏而, 胡以晴).
    static let givenNameParticles: Set<String> = ["之", "而", "以"]

    /// A company or product whose Chinese name is an ordinary word (制造商思科 (Cisco), 苹果
    /// (Apple), 美联储 (Fed)), or an institution's short name (欧盟 (EU)): one capitalised word, or
    /// an acronym when the word ends as an institution's name does, in the bracket, and before it one word of
    /// the lexicon, not a grammatical word or a verb, rarer than 2,000 in the lexicon's count,
    /// after the start of the Han text, a grammatical word, a verb or a word for companies.
    /// An organisation when the word before it says so (制造商, 公司) or it ends as an
    /// institution's name does (路透社 (Reuters)), otherwise a term.
    func companyName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int, TermType)? {
        let latinScalars = Array(latin.unicodeScalars)
        guard !latinScalars.contains(" "), latinScalars.first?.properties.isUppercase == true else { return nil }
        let (run, runScalars, start) = Self.hanRun(before: end, in: scalars, limit: 24)
        guard runScalars.count >= 2 else { return nil }
        let words = segmenter.words(in: run)
        guard let last = words.last, last.count >= 2 else { return nil }
        // An acronym names an institution by a word that ends as one's name does (欧盟 (EU)).
        guard latinScalars.contains(where: { $0.properties.isLowercase })
                || (Self.isAcronym(latin[...]) && runScalars[last.upperBound - 1].isInstitutionEnd) else { return nil }
        let lexicon = segmenter.lexicon
        let text = Self.string(Array(runScalars[last]))
        guard let kind = wordClass(of: text), kind != .function, kind != .verb,
              let cost = lexicon.cost(of: text), cost > lexicon.cost(ofCount: 2_000) else { return nil }
        // What stands before it is a grammatical word, a verb or a word for companies: a noun
        // there makes the word the head of a longer name (喜力|啤酒, 皇后|合唱团).
        guard words.count >= 2 else {
            // At the start of the Han text, a Latin word before it may be part of the name
            // (Obsidian 收件箱 (Telegram)).
            var before = start
            while before > 0, scalars[before - 1].properties.isWhitespace { before -= 1 }
            if before > 0, scalars[before - 1].properties.isAlphabetic || scalars[before - 1].properties.numericType != nil {
                return nil
            }
            return (text, end - last.count, Self.institutionType(chinese: text, latin: latin))
        }
        let previous = Self.string(Array(runScalars[words[words.count - 2]]))
        if Self.companyWords.contains(ScriptFolding.simplified(previous)) || previous.hasSuffix("商") {
            return (text, end - last.count, .org)
        }
        let previousKind = wordClass(of: previous)
        guard previousKind == .function || previousKind == .verb else { return nil }
        return (text, end - last.count, Self.institutionType(chinese: text, latin: latin))
    }

    /// Words that say the name after them is a company's (制造商|思科).
    static let companyWords: Set<String> = [
        "公司", "企业", "品牌", "集团", "巨头", "车企", "银行", "网站", "平台", "财团", "厂", "工厂",
        "公司的", "科技公司", "互联网公司", "科技巨头", "收购", "并购",
    ]

    /// The characters that end the Chinese name of an institution (中心, 银行, 研究所, 电视网).
    static let institutionEnds: Set<Unicode.Scalar> = [
        "会", "院", "所", "局", "署", "部", "台", "社", "团", "司", "心", "行", "网", "处", "室", "党", "军",
        "队", "厅", "委", "盟", "校", "馆", "府", "织", "金", "组", "报",
    ]

    /// An organisation when the original's words say so or the Chinese name ends as an
    /// institution's does; otherwise a term written with its acronym (人工智能 (AI)).
    static func institutionType(chinese: String, latin: String) -> TermType {
        if technicalNetworks.contains(where: ScriptFolding.simplified(chinese).hasSuffix) { return .term }
        if latin.split(separator: " ").count > 1 { return .org }
        return chinese.unicodeScalars.last?.isInstitutionEnd == true || endsInInstitutionWord(ScriptFolding.simplified(chinese))
            ? .org : .term
    }

    /// Whether a Simplified name ends in a word for an institution whose last character
    /// alone says nothing (空军基地, 商业频道, 世界经济论坛, 南部非洲发展共同体, 国民阵线).
    static func endsInInstitutionWord(_ simplified: String) -> Bool {
        ["基地", "频道", "论坛", "共同体", "阵线"].contains(where: simplified.hasSuffix)
    }
}
