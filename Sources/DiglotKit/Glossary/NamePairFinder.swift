/// Finds the name pairs news writes for its readers: a Chinese name with its original in
/// brackets — 众议员帝芬尼(Tom Tiffany), 克里斯·考特尼（Chris Courtney） — or an English name
/// with its Chinese form, "Tedros Adhanom Ghebreyesus (谭德塞)".
///
/// The Chinese side of the first kind is whatever Han text stands before the bracket, so it
/// is cut to the name with the word segmenter: from the bracket backwards, words that are
/// names in the lexicon (jieba's name classes) but not descriptions (英国首相), characters
/// that spell names (斯, 拉: CC-CEDICT's names use them often) and rare characters are
/// kept; the first ordinary word — a title, a role, a grammatical word,
/// a verb (众议员, 发言人, 的, 据, 表示) — or a place before a name (芬兰|诺基亚) ends the
/// name. Parts joined by a name separator (克里斯·考特尼) are one name. An organisation's
/// name keeps its place (美国国家安全局).
public struct NamePairFinder: Sendable {
    public let segmenter: WordSegmenter

    public init(segmenter: WordSegmenter = .chinese) {
        self.segmenter = segmenter
    }

    /// One name and its original, as found in a text.
    public struct Pair: Hashable, Sendable {
        /// The Chinese name as written (Simplified or Traditional).
        public var chinese: String
        /// The name in Latin script.
        public var latin: String
        /// A guess at what the name names.
        public var type: TermType
        /// The pair with some text around it, on one line.
        public var context: String
    }

    /// Every pair in `text`, in order.
    public func pairs(in text: String) -> [Pair] {
        let scalars = Array(text.unicodeScalars)
        var result: [Pair] = []
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard Self.isOpening(scalars[index].value) else { continue }
            var close = index + 1
            while close < min(scalars.count, index + 64), !Self.isClosing(scalars[close].value) { close += 1 }
            guard close < scalars.count, Self.isClosing(scalars[close].value) else { continue }
            var innerStart = index + 1
            var innerEnd = close
            while innerStart < innerEnd, scalars[innerStart].properties.isWhitespace { innerStart += 1 }
            while innerEnd > innerStart, scalars[innerEnd - 1].properties.isWhitespace { innerEnd -= 1 }
            guard innerStart < innerEnd else { continue }
            var before = index
            while before > 0, scalars[before - 1].properties.isWhitespace { before -= 1 }
            let inner = Array(scalars[innerStart..<innerEnd])
            if let latin = Self.latinName(inner) ?? Self.firstClause(of: inner).flatMap(Self.latinName) {
                let organisation = Self.namesOrganisation(latin)
                if let (chinese, start) = chineseName(endingAt: before, in: scalars, inOrganisation: organisation) {
                    let type = guessType(chinese: chinese, latin: latin, before: wordBefore(start, in: scalars),
                                         after: Self.string(Array(scalars[(close + 1)..<min(scalars.count, close + 3)])))
                    result.append(Pair(chinese: chinese, latin: latin, type: type,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if organisation, let (chinese, start) = institutionName(endingAt: before, in: scalars, latin: latin) {
                    result.append(Pair(chinese: chinese, latin: latin, type: Self.institutionType(chinese: chinese, latin: latin),
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if !organisation, let (chinese, start) = personName(endingAt: before, in: scalars, latin: latin) {
                    result.append(Pair(chinese: chinese, latin: latin, type: .person,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if let (chinese, start, type) = companyName(endingAt: before, in: scalars, latin: latin) {
                    result.append(Pair(chinese: chinese, latin: latin, type: type,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                }
            } else if Self.isChineseName(inner), let (latin, start) = Self.latinName(endingAt: before, in: scalars) {
                let chinese = Self.string(inner)
                guard isNameLike(chinese) else { continue }
                result.append(Pair(chinese: chinese, latin: latin, type: guessType(chinese: chinese, latin: latin),
                                   context: Self.context(scalars, from: start, to: close + 1)))
            }
            index = close
        }
        return result
    }

    // MARK: The Chinese side

    /// The name at the end of the Han text that stops at `end`, cut from what precedes it,
    /// and where it starts.
    private func chineseName(endingAt end: Int, in scalars: [Unicode.Scalar], inOrganisation: Bool) -> (String, Int)? {
        var start = end
        while start > 0, end - start < 24, Self.isHanOrSeparator(scalars[start - 1].value) { start -= 1 }
        while start < end, Self.isSeparator(scalars[start].value) { start += 1 }
        guard start < end, !Self.isSeparator(scalars[end - 1].value) else { return nil }
        // A name separator joins parts of one name (克里斯·考特尼): the last part is the name's
        // end; each part before it is cut, and the first one cut short starts the name
        // (特蕾莎·梅的财政大臣菲利普·哈蒙德 → 菲利普·哈蒙德).
        var partEnd = end
        var partStart = end
        while partStart > start, !Self.isSeparator(scalars[partStart - 1].value) { partStart -= 1 }
        let hasSeparator = partStart > start
        var nameStart = partStart
        if !hasSeparator {
            nameStart = end - namePart(of: Self.string(Array(scalars[start..<end])), requiringName: true,
                                       inOrganisation: inOrganisation)
        }
        while hasSeparator, nameStart > start {
            partEnd = nameStart - 1  // over the separator
            partStart = partEnd
            while partStart > start, !Self.isSeparator(scalars[partStart - 1].value) { partStart -= 1 }
            let kept = namePart(of: Self.string(Array(scalars[partStart..<partEnd])), requiringName: false,
                                inOrganisation: inOrganisation)
            guard kept > 0 else { break }
            nameStart = partEnd - kept
            guard kept == partEnd - partStart else { break }
        }
        guard end - nameStart >= 2 else { return nil }
        let name = Self.string(Array(scalars[nameStart..<end]))
        guard name.unicodeScalars.filter({ ScriptFolding.isHan($0.value) }).count >= 2 else { return nil }
        return (name, nameStart)
    }

    /// An organisation's Chinese name made of ordinary words (国际原子能总署, 美国疾病控制和预防
    /// 中心): the words before the bracket back to a grammatical word, a verb, a very common
    /// character or the word before a name (据|彼得森国际经济研究所, 认定|中国环球电视网,
    /// 智库|斯德哥尔摩国际和平研究所); 与 and 及 stay, and 和 when the original has "and" or
    /// "&". Nil when that leaves one word of fewer than four characters.
    private func institutionName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        let latinWords = latin.split(separator: " ")
        // An original of several words says how long the name is: its capitalised words, an
        // acronym's letters each (Center for Global Development: 3, US CDC: 5) are about as
        // many Chinese words, verbs and conjunctions among them (全球|开发|中心,
        // 美国|疾病|控制|和|预防|中心).
        let length = latinWords.count > 1
            ? latinWords.map { Self.isAcronym($0) ? $0.count : ($0.first?.isUppercase == true ? 1 : 0) }.reduce(0, +) : 0
        if let found = institutionName(endingAt: end, in: scalars, latin: latinWords, length: length) { return found }
        // An acronym alone: its letters count only when the name is too short without
        // (英国|金融|行为|监管局 (FCA)), and then the name has at most one word more than it has
        // letters (not 美国|经济|占|全球|产出|总值 (GDP)); otherwise a verb before it stays out
        // (认定|中国环球电视网 (CGTN)).
        guard latinWords.count == 1, let only = latinWords.first, Self.isAcronym(only) else { return nil }
        return institutionName(endingAt: end, in: scalars, latin: latinWords, length: only.count,
                               maximumWords: only.count + 1)
    }

    private func institutionName(endingAt end: Int, in scalars: [Unicode.Scalar], latin latinWords: [Substring],
                                 length: Int, maximumWords: Int = .max) -> (String, Int)? {
        let (run, runScalars, _) = Self.hanRun(before: end, in: scalars, limit: 24)
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
        // 化学武器|组织 (OPCW)), so nothing is proposed.
        var openingVerbs = 0
        for word in segmenter.words(in: run).reversed() {
            let text = Self.string(Array(runScalars[word]))
            let kind = wordClass(of: text)
            // Before a name the institution's name starts: what precedes describes it
            // (智库|彼得森国际经济研究所), as does a word for a kind of institution (智库|全球开发中心).
            let isName = kind?.isName == true && isNameWord(text)
            if named && !isName { break }
            if words > 0 && Self.institutionKinds.contains(ScriptFolding.simplified(text)) { break }
            named = named || isName
            let joining = text == "与" || text == "及" || text == "和"
            if (kind == .verb || joining) && words > 0 && words < length {
                // inside a name of several words (禁止|化学武器, 全球|开发|中心, 控制|和|预防)
                openingVerbs += word.count
                kept += word.count
                words += 1
                continue
            } else if kind == .verb && words == 0 && length > 0 && word.count > 1
                        && runScalars[word.upperBound - 1].isInstitutionEnd {
                // a noun jieba files as a verb, ending the name (禁止化学武器|组织 (OPCW))
            } else if kind == .function || kind == .verb {
                guard text == "与" || text == "及" || (joins && text == "和"), words > 0 else {
                    stoppedEarly = true
                    break
                }
            } else if word.count == 1, kind != .nameCharacter, let cost = lexicon.cost(of: text),
                      cost <= lexicon.cost(ofCount: 35_000) {
                stoppedEarly = true
                break
            }
            // A name ends in a word, or in a character that ends institutions' names (署, 局).
            if words == 0 && word.count < 2 && !(runScalars[word.lowerBound]).isInstitutionEnd { return nil }
            kept += word.count
            words += 1
            openingVerbs = 0
        }
        guard openingVerbs == 0, words <= maximumWords, words >= 2 || kept >= 4 else { return nil }
        // Stopped early with fewer than one and a half characters for each word of the
        // original: the name was cut short (皮尤|慈善信托 (Pew Charitable Trusts) stops at 尤,
        // 共同|未来项目 (Common Future Fund) at 共同), so nothing is proposed. At least one
        // character a word in any case (欧洲商会 (European Chamber of Commerce)).
        guard kept >= length, !stoppedEarly || 2 * kept >= 3 * length else { return nil }
        return (String(run.unicodeScalars.suffix(kept)), end - kept)
    }

    /// The Han text just before `end`, at most `limit` characters: as text, as scalars, and
    /// where it starts in `scalars`.
    private static func hanRun(before end: Int, in scalars: [Unicode.Scalar], limit: Int)
        -> (text: String, scalars: [Unicode.Scalar], start: Int) {
        var start = end
        while start > 0, end - start < limit, ScriptFolding.isHan(scalars[start - 1].value) { start -= 1 }
        let run = Array(scalars[start..<end])
        return (string(run), run, start)
    }

    /// Two or more capital letters and nothing else (CDC, EIA, CGTN).
    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Titles written after a person's name (拉法叶|侯爵, 哈里|王子).
    private static let titlesAfterNames: Set<String> = [
        "侯爵", "公爵", "伯爵", "子爵", "男爵", "勋爵", "爵士", "夫人", "女士", "先生", "小姐", "王子", "公主", "国王",
        "女王", "王后", "亲王", "主教", "大主教", "教宗", "教皇", "公爵夫人",
    ]

    /// Words for a kind of institution, which stand before its name (智库|全球开发中心).
    private static let institutionKinds: Set<String> = [
        "智库", "机构", "组织", "团体", "媒体", "公司", "集团", "企业", "银行", "基金会", "协会", "大学", "监管机构",
        "非政府组织", "慈善机构", "研究机构", "科技公司",
    ]

    /// A person's name with common characters in it (蔬菜销售商|毛里雅 (Ashutosh Maurya),
    /// 行政长官|林郑月娥 (Carrie Lam)), when the ordinary cut keeps fewer than two characters:
    /// the single characters (and rare names of the lexicon) before the bracket back to another
    /// word or a grammatical one, four characters at most, if the original has two or more
    /// words and at least half of those characters spell names or are rare.
    private func personName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int)? {
        guard latin.split(separator: " ").count >= 2 else { return nil }
        let (run, runScalars, _) = Self.hanRun(before: end, in: scalars, limit: 8)
        guard runScalars.count >= 2 else { return nil }
        let lexicon = segmenter.lexicon
        var kept = 0
        var spelling = 0
        for word in segmenter.words(in: run).reversed() {
            let text = Self.string(Array(runScalars[word]))
            let kind = wordClass(of: text)
            guard kept + word.count <= 4 else { break }
            if word.count > 1 {
                // A rare name of the lexicon goes on with it (林郑|月|娥).
                guard kind?.isName == true, isNameWord(text) else { break }
                spelling += word.count
            } else {
                guard kind != .function else { break }
                if kind == .nameCharacter || kind == .person
                    || (lexicon.cost(of: text) ?? .infinity) > lexicon.cost(ofCount: 2_000) {
                    spelling += 1
                }
            }
            kept += word.count
        }
        guard kept >= 2, 2 * spelling >= kept else { return nil }
        return (String(run.unicodeScalars.suffix(kept)), end - kept)
    }

    /// A company or product whose Chinese name is an ordinary word (制造商思科 (Cisco), 苹果
    /// (Apple), 美联储 (Fed)): one capitalised word in the bracket, and before it one word of
    /// the lexicon, not a grammatical word or a verb, rarer than 2,000 in the lexicon's count,
    /// after the start of the Han text, a grammatical word, a verb or a word for companies.
    /// An organisation when the word before it says so (制造商, 公司), otherwise a term.
    private func companyName(endingAt end: Int, in scalars: [Unicode.Scalar], latin: String) -> (String, Int, TermType)? {
        let latinScalars = Array(latin.unicodeScalars)
        guard !latinScalars.contains(" "), latinScalars.first?.properties.isUppercase == true,
              latinScalars.contains(where: { $0.properties.isLowercase }) else { return nil }
        let (run, runScalars, start) = Self.hanRun(before: end, in: scalars, limit: 24)
        guard runScalars.count >= 2 else { return nil }
        let words = segmenter.words(in: run)
        guard let last = words.last, last.count >= 2 else { return nil }
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
            return (text, end - last.count, .term)
        }
        let previous = Self.string(Array(runScalars[words[words.count - 2]]))
        if Self.companyWords.contains(previous) || previous.hasSuffix("商") { return (text, end - last.count, .org) }
        let previousKind = wordClass(of: previous)
        guard previousKind == .function || previousKind == .verb else { return nil }
        return (text, end - last.count, .term)
    }

    /// The lexicon's class of a word, with Cantonese grammatical words as grammatical words:
    /// the lexicon is Mandarin's, and Hong Kong news writes 佢哋嘅|蓬佩奧 and 喺度嘅|李家超.
    private func wordClass(of word: String) -> WordClass? {
        Self.cantoneseGrammar.contains(word) ? .function : segmenter.lexicon.wordClass(of: word)
    }

    /// Cantonese pronouns, particles, copulas and verbs of saying that stand before names.
    private static let cantoneseGrammar: Set<String> = [
        "嘅", "喺", "佢", "哋", "佢哋", "我哋", "你哋", "咗", "畀", "嚟", "啲", "嗰", "唔", "冇", "咁", "噉", "㗎",
        "嘢", "乜", "邊", "嘞", "喇", "囉", "咩", "吖", "係", "話", "攞", "睇", "諗", "而家", "點解", "同埋",
    ]

    /// Words that say the name after them is a company's (制造商|思科).
    private static let companyWords: Set<String> = [
        "公司", "企业", "品牌", "集团", "巨头", "车企", "银行", "网站", "平台", "财团", "厂", "工厂",
        "公司的", "科技公司", "互联网公司", "科技巨头",
    ]

    /// The characters that end the Chinese name of an institution (中心, 银行, 研究所, 电视网).
    fileprivate static let institutionEnds: Set<Unicode.Scalar> = [
        "会", "院", "所", "局", "署", "部", "台", "社", "团", "司", "心", "行", "网", "处", "室", "党", "军",
        "队", "厅", "委", "盟", "校", "馆", "府", "织", "金", "组",
    ]

    /// An organisation when the original's words say so or the Chinese name ends as an
    /// institution's does; otherwise a term written with its acronym (人工智能 (AI)).
    private static func institutionType(chinese: String, latin: String) -> TermType {
        if latin.split(separator: " ").count > 1 { return .org }
        return chinese.unicodeScalars.last?.isInstitutionEnd == true ? .org : .term
    }

    /// How many characters at the end of `part` (Han only) belong to the name; with
    /// `requiringName`, none unless some word of them is name-like.
    /// `inOrganisation`: the original names an organisation, whose Chinese name may end in
    /// common words (牛津|大学).
    private func namePart(of part: String, requiringName: Bool, inOrganisation: Bool) -> Int {
        let scalars = Array(part.unicodeScalars)
        let words = segmenter.words(in: part)
        var kept = 0
        var hasName = false
        // Name-spelling characters kept in a row at the end: two make a transliteration.
        var spelling = 0
        for word in words.reversed() {
            let text = Self.string(Array(scalars[word]))
            let kind = wordClass(of: text)
            if hasName && !inOrganisation && isLocation(text) { break }
            if isNameWord(text, afterSpelling: spelling >= 2, inOrganisation: inOrganisation,
                          beforeBracket: true) {
                kept += word.count
                hasName = true
                spelling = kind == .nameCharacter ? spelling + 1 : (spelling >= 2 ? spelling : 0)
            } else if kept == 0 && word.count > 1 && requiringName && kind != .function {
                // The head of an institution's name (牛津|大学), kept only with a name before it.
                kept += word.count
            } else {
                break
            }
        }
        return hasName || !requiringName ? kept : 0
    }

    /// A word that can be part of a name: a name in the lexicon that is not too common and
    /// not a description (英国首相), a character that spells names or is rare, or a character
    /// no word covers. `afterSpelling`: the name after it is spelled with characters that
    /// spell names (默瑟), and only such a character or a rare one goes on with it (狗|默瑟).
    /// `beforeBracket`: the word is cut from the text before a bracketed original.
    private func isNameWord(_ word: String, afterSpelling: Bool = false, inOrganisation: Bool = false,
                            beforeBracket: Bool = false) -> Bool {
        let lexicon = segmenter.lexicon
        if wordClass(of: word) == .function { return false }
        guard let kind = lexicon.wordClass(of: word), let cost = lexicon.cost(of: word) else { return true }
        // Transliterations are spelled with characters that CC-CEDICT's names use often (斯, 拉,
        // 天) or rare ones (蕾); the particles and nouns that stand before them are neither
        // (据, 跟, 狗, 类). A Chinese name's characters are any but the most common (俞昊).
        if word.unicodeScalars.count == 1 {
            guard kind != .function else { return false }
            if kind == .nameCharacter || cost > lexicon.cost(ofCount: 2_000) { return true }
            return !afterSpelling && cost > lexicon.cost(ofCount: 35_000)
        }
        // Before a bracketed person's name, a rare two-character word spelled only with
        // characters that spell names is a piece of a transliteration, whatever jieba calls it
        // (拉布 "v" 10, 博格 9); an institution's words are not (环球|电视网), nor a gloss's
        // (银翼|杀手 (Blade Runner)).
        if beforeBracket, !inOrganisation, word.unicodeScalars.count == 2, cost > lexicon.cost(ofCount: 100),
           word.unicodeScalars.allSatisfy({ lexicon.wordClass(of: String($0)) == .nameCharacter }) {
            return true
        }
        // A name as common as 美国 or 城市 (jieba calls both places) describes the name that
        // follows; individual names are far rarer (约翰 503, 普京 171).
        return kind.isName && cost > lexicon.cost(ofCount: 3_000) && (inOrganisation || !isDescription(word))
    }

    /// Whether a person's name or other proper noun of the lexicon is a description: a
    /// well-known place and a common word that is no name (英国|首相), not a name such as
    /// 约翰|逊 or an institution such as 北京大学.
    private func isDescription(_ word: String) -> Bool {
        let lexicon = segmenter.lexicon
        guard let kind = lexicon.wordClass(of: word), kind == .person || kind == .properNoun else { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return false }
        for split in 1...(scalars.count - 2) {
            let head = Self.string(Array(scalars[..<split]))
            let tail = Self.string(Array(scalars[split...]))
            guard lexicon.wordClass(of: head) == .place, let headCost = lexicon.cost(of: head),
                  headCost <= lexicon.cost(ofCount: 1_000),
                  let tailKind = lexicon.wordClass(of: tail), !tailKind.isName, tailKind != .nameCharacter,
                  let tailCost = lexicon.cost(of: tail), tailCost <= lexicon.cost(ofCount: 500) else { continue }
            return true
        }
        return false
    }

    /// A place that says where a name is when it stands before it (芬兰|诺基亚,
    /// 下萨克森州|勒讷): a place word of some currency, or one ending in 州, 郡, 省, 市, 县
    /// or 国; rarer "places" are pieces of transliterations (巴纳|吉, 埃斯|珀).
    private func isLocation(_ word: String) -> Bool {
        let lexicon = segmenter.lexicon
        guard lexicon.wordClass(of: word) == .place, let cost = lexicon.cost(of: word) else { return false }
        if cost <= lexicon.cost(ofCount: 100) { return true }
        return word.unicodeScalars.last.map { "州郡省市县国".unicodeScalars.contains($0) } ?? false
    }

    /// Whether a Chinese text in brackets reads as a name rather than a gloss of ordinary
    /// words (Memory Leak (内存泄漏)): some word of it is a name or no ordinary word.
    private func isNameLike(_ chinese: String) -> Bool {
        let scalars = Array(chinese.unicodeScalars)
        return segmenter.words(in: chinese).contains { word in
            guard ScriptFolding.isHan(scalars[word.lowerBound].value) else { return false }
            return isNameWord(Self.string(Array(scalars[word])))
        }
    }

    private static func isChineseName(_ scalars: [Unicode.Scalar]) -> Bool {
        let han = scalars.filter { ScriptFolding.isHan($0.value) }.count
        return han >= 2 && scalars.count <= 12 && scalars.allSatisfy { isHanOrSeparator($0.value) }
            && !isSeparator(scalars[0].value) && !isSeparator(scalars[scalars.count - 1].value)
    }

    // MARK: The Latin side

    /// Small words that may stand inside a name (Ursula von der Leyen, Bank of England).
    private static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "of", "and", "the", "for", "y",
        "on", "in", "at", "to", "des", "du", "&",
    ]

    /// The text as a Latin-script name: one to six words, the first and last capitalised,
    /// letters and name punctuation only; nil otherwise.
    private static func latinName(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count <= 60 else { return nil }
        for scalar in scalars {
            let value = scalar.value
            let allowed = isLatinLetter(value) || value == 0x20 || value == 0x2E || value == 0x27 || value == 0x2019
                || value == 0x2D || value == 0x26
            guard allowed else { return nil }
        }
        var words = string(scalars).split(separator: " ")
        // A courtesy title is not part of the name (Dr. Anthony Fauci).
        if words.count > 2, honorifics.contains(String(words[0])) { words.removeFirst() }
        guard (1...6).contains(words.count), let first = words.first, let last = words.last,
              isCapitalised(first), isCapitalised(last) else { return nil }
        for word in words where !isCapitalised(word) && !particles.contains(String(word)) { return nil }
        return words.joined(separator: " ")
    }

    /// Courtesy titles that may stand before a name in the bracket.
    private static let honorifics: Set<String> = [
        "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Prof", "Rev.", "Mme.", "Mme",
    ]

    /// The bracket's text up to its first comma or semicolon when a note in Chinese follows,
    /// white space trimmed: the name in (Dominic Raab，又译蓝韬文) or (Li Xiaoyu, 音译); nil for
    /// a list (IMAP、POP3) or a second original (Free and Open Source, FOSS).
    private static func firstClause(of inner: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let end = inner.firstIndex(where: { [0x2C, 0xFF0C, 0x3B, 0xFF1B].contains($0.value) }),
              inner[end...].contains(where: { ScriptFolding.isHan($0.value) }) else { return nil }
        var clause = inner[..<end]
        while let last = clause.last, last.properties.isWhitespace { clause = clause.dropLast() }
        return Array(clause)
    }

    /// The capitalised words just before `end` (an English name before its Chinese form),
    /// and where they start.
    private static func latinName(endingAt end: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
        var words: [String] = []
        var position = end
        var start = end
        while words.count < 5 {
            var wordStart = position
            while wordStart > 0, isLatinLetter(scalars[wordStart - 1].value) || [0x2E, 0x27, 0x2D].contains(scalars[wordStart - 1].value) {
                wordStart -= 1
            }
            guard wordStart < position else { break }
            let word = string(Array(scalars[wordStart..<position]))
            guard isCapitalised(word[...]) || (!words.isEmpty && particles.contains(word)) else { break }
            words.insert(word, at: 0)
            start = wordStart
            guard wordStart > 0, scalars[wordStart - 1].value == 0x20 else { break }
            position = wordStart - 1
        }
        while let first = words.first, particles.contains(first) || (words.count > 1 && honorifics.contains(first)) {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        return (withoutTitle(words).joined(separator: " "), start)
    }

    /// A person's name in English without the title before it: the words after the last
    /// title word (President Xi Jinping → Xi Jinping, Hong Kong Chief Executive Carrie Lam →
    /// Carrie Lam), or the last two words when the title goes on with "of" (Secretary of State
    /// Mike Pompeo → Mike Pompeo). An organisation's name is left whole.
    private static func withoutTitle(_ words: [String]) -> [String] {
        guard !words.contains(where: orgWords.contains) else { return words }
        var lastTitle: Int?
        for (index, word) in words.enumerated().dropLast() {
            if personTitles.contains(word) || (word == "Executive" && index > 0 && words[index - 1] == "Chief") {
                lastTitle = index
            }
        }
        guard let lastTitle else { return words }
        let rest = Array(words[(lastTitle + 1)...])
        guard rest.first != "of" else { return rest.count > 2 ? Array(rest.suffix(2)) : words }
        return rest
    }

    /// Words of titles and offices that stand before a person's name in English. Royal titles
    /// are not among them: the Chinese keeps them (哈里王子 (Prince Harry)).
    private static let personTitles: Set<String> = [
        "President", "Vice-President", "Premier", "Minister", "Secretary", "Senator", "Sen.", "Representative",
        "Rep.", "Congressman", "Congresswoman", "Governor", "Mayor", "Chancellor", "Ambassador", "Envoy", "Spokesman",
        "Spokeswoman", "Spokesperson", "Commissioner", "Chairman", "Chairwoman", "Director", "Director-General",
        "Professor", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Adm.", "Admiral", "Col.", "Lt.", "Capt.", "Leader",
        "Lawmaker", "Legislator", "Judge", "CEO", "Founder", "Editor", "Dean",
    ]

    /// Capitalised, or a name with a lowercase prefix (al-Assad, el-Qaddafi, McKenzie).
    private static func isCapitalised(_ word: Substring) -> Bool {
        word.split(separator: "-").contains { part in part.unicodeScalars.first?.properties.isUppercase ?? false }
            && word.unicodeScalars.first.map { isLatinLetter($0.value) } ?? false
    }

    private static func isLatinLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true
        default: false
        }
    }

    // MARK: Type

    /// Whether a Latin-script name reads as an organisation's: an acronym or a name with an
    /// institution's word (University, Agency).
    private static func namesOrganisation(_ latin: String) -> Bool {
        let words = latin.split(separator: " ").map(String.init)
        if words.count == 1, let only = words.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "&" || $0 == "." }) {
            return true
        }
        // An acronym among several words (European CDC, US CDC); a person's name has none.
        if words.count > 1, words.contains(where: { isAcronym($0[...]) && $0.count >= 3 }) { return true }
        return words.contains(where: orgWords.contains)
    }

    private static let orgWords: Set<String> = [
        "University", "College", "Institute", "School", "Academy", "Company", "Corporation", "Corp", "Inc", "Ltd",
        "Group", "Bank", "Party", "Council", "Agency", "Organization", "Organisation", "Association", "Centre", "Center",
        "Ministry", "Department", "Committee", "Commission", "Foundation", "Court", "Times", "News", "Post", "Journal",
        "Fund", "Union", "Federation", "Office", "Bureau", "Capital", "Airlines", "Motors", "Network", "Watch", "Forum",
        "Society", "Trust", "Trusts", "Initiative", "Chamber", "Clearinghouse", "Alliance", "Coalition", "Authority",
        "Administration", "Service", "Board", "Museum", "Hospital", "Church", "Club", "Institution", "Laboratory",
        "Holdings", "Technologies", "Partners", "Broadcasting", "Television", "Radio", "Press", "Assembly",
        "Parliament", "Congress", "Senate", "Secretariat", "Programme", "Program", "Movement", "League",
    ]
    private static let placeWords: Set<String> = [
        "River", "Valley", "Island", "Islands", "Mountain", "Mountains", "Lake", "Bay", "County", "Province", "City",
        "Street", "Square", "Sea", "Strait", "Gulf", "Peninsula", "Desert", "Park", "Port", "Coast", "Region",
        "Avenue", "Boulevard", "Road", "Canal", "Plaza", "Bridge", "Place",
    ]

    /// The Han word just before `start`, if any (the title or role the name was cut from).
    private func wordBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> String {
        let (run, runScalars, _) = Self.hanRun(before: start, in: scalars, limit: 8)
        return segmenter.words(in: run).last.map { Self.string(Array(runScalars[$0])) } ?? ""
    }

    /// Words before a name that say it is a place's (位于|休斯敦, 城市|瑙姆堡).
    private static let placeContext: Set<String> = [
        "位于", "前往", "来到", "抵达", "城市", "小镇", "小城", "城镇", "地区", "首都", "首府",
        "港口", "附近", "村", "镇", "市", "州", "省", "岛", "出生地", "家乡",
    ]
    /// Latin endings of place names (Magdeburg, Neustadt, Ghatkopar).
    private static let placeEndings = [
        "burg", "bourg", "stadt", "dorf", "heim", "hausen", "ville", "shire", "abad", "istan", "pur", "grad",
        "polis", "ford", "furt", "haven", "ingen",
    ]
    /// Han characters that end a place's name (州, 市, 堡, 岛).
    private static let placeEnds: Set<Unicode.Scalar> = [
        "州", "市", "县", "縣", "省", "郡", "岛", "島", "港", "湾", "灣", "镇", "鎮", "村", "堡", "城", "区", "區",
        "园", "園", "场", "場",
    ]

    /// person, org or place, from the words of both sides and around them: an acronym or an
    /// institution's word (University) or an organisation in the lexicon is an organisation,
    /// a geographical word a place, two or more capitalised words a person. A one-word name
    /// is read from what surrounds it: a role before it (议员, 主播, 创始人) or 说 after it
    /// makes a person, a word for companies (公司, 制造商) an organisation, a word of place
    /// (位于, 城市) or a place's ending (瑙姆堡, Magdeburg) a place; a place otherwise.
    func guessType(chinese: String, latin: String, before: String = "", after: String = "") -> TermType {
        let words = latin.split(separator: " ").map(String.init)
        if Self.namesOrganisation(latin) { return .org }
        if words.contains(where: Self.placeWords.contains) { return .place }
        let lowered = latin.lowercased()
        if words.count == 1 {
            // What surrounds a one-word name says more than jieba's tag of it (华为 "nr").
            if Self.placeEndings.contains(where: lowered.hasSuffix) { return .place }
            let simplifiedBefore = ScriptFolding.simplified(before)
            if Self.companyWords.contains(simplifiedBefore) || simplifiedBefore.hasSuffix("商") { return .org }
            if Self.placeContext.contains(simplifiedBefore) { return .place }
        }
        let scalars = Array(chinese.unicodeScalars)
        // The class of the name's last word, if it is a word of several characters (single
        // characters of a transliteration say nothing).
        let lastClass = segmenter.words(in: chinese).last.flatMap { word in
            word.count > 1 ? segmenter.lexicon.wordClass(of: Self.string(Array(scalars[word]))) : nil
        }
        switch lastClass {
        case .organisation: return .org
        case .person: return .person
        case .place where words.count == 1: return .place
        default: break
        }
        // A name that ends in an ordinary word names a thing: an institution by its ending
        // (半岛电视台), a place by its ending (黄岩岛), else a term (福克斯顿船闸, 会话完整性).
        // A surname and a given name that is also a word (孟|建国) are a person's, and so is a
        // name in parts (拉吉夫·比斯|瓦斯).
        let chineseWords = segmenter.words(in: chinese)
        if let lastWord = chineseWords.last, lastWord.count > 1,
           !(chineseWords.count == 2 && chineseWords[0].count == 1),
           !chinese.unicodeScalars.contains(where: { Self.isSeparator($0.value) }) {
            let text = Self.string(Array(scalars[lastWord]))
            if Self.titlesAfterNames.contains(ScriptFolding.simplified(text)) { return .person }
            if let kind = segmenter.lexicon.wordClass(of: text), kind != .person {
                let end = chinese.unicodeScalars.last.map { Unicode.Scalar(ScriptFolding.simplified($0.value)) ?? $0 }
                if chinese.unicodeScalars.last?.isInstitutionEnd == true { return .org }
                if end.map(Self.placeEnds.contains) == true { return .place }
                if kind == .word || kind == .verb, let cost = segmenter.lexicon.cost(of: text),
                   cost <= segmenter.lexicon.cost(ofCount: 100) {
                    return .term
                }
            }
        }
        if words.count >= 2 { return .person }
        let last = chinese.unicodeScalars.last.map { Unicode.Scalar(ScriptFolding.simplified($0.value)) ?? $0 }
        if last.map(Self.placeEnds.contains) == true { return .place }
        let role = ScriptFolding.simplified(before).unicodeScalars
        if role.count >= 2, let end = role.last, "员长家师者手士官人".unicodeScalars.contains(end) { return .person }
        if after.hasPrefix("说") || after.hasPrefix("說") { return .person }
        return .place
    }

    // MARK: Text

    private static func isOpening(_ value: UInt32) -> Bool { value == 0x28 || value == 0xFF08 }
    private static func isClosing(_ value: UInt32) -> Bool { value == 0x29 || value == 0xFF09 }

    private static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0xB7, 0x2022, 0x2027, 0x30FB, 0x02D9, 0x2219, 0x22C5, 0xFF65, 0x0387, 0xFF0E, 0xFE52: true
        default: false
        }
    }

    private static func isHanOrSeparator(_ value: UInt32) -> Bool {
        ScriptFolding.isHan(value) || isSeparator(value)
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The pair with up to 12 characters either side, white space collapsed.
    private static func context(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        let lower = max(0, start - 12)
        let upper = min(scalars.count, end + 12)
        var text = ""
        var lastWasSpace = false
        for scalar in scalars[lower..<upper] {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { text.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return (lower > 0 ? "…" : "") + text.trimmingSpaces() + (upper < scalars.count ? "…" : "")
    }
}

extension Unicode.Scalar {
    /// Whether the character (either script) ends the Chinese name of an institution (署, 局, 網).
    fileprivate var isInstitutionEnd: Bool {
        let simplified = Unicode.Scalar(ScriptFolding.simplified(value)) ?? self
        return NamePairFinder.institutionEnds.contains(simplified)
    }
}
