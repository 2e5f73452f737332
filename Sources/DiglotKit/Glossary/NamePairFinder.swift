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
        // Where each pair's Chinese side starts (as far as the text before the bracket is the
        // name) and its bracket closes; nil for an English name before a bracketed Chinese one.
        var spans: [(start: Int, close: Int)?] = []
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard Self.isOpening(scalars[index].value) else { continue }
            var close = index + 1
            // A bracket inside this one holds the pair (（例如谷歌(Google Inc.)提供的服务）).
            while close < min(scalars.count, index + 64), !Self.isClosing(scalars[close].value),
                  !Self.isOpening(scalars[close].value) { close += 1 }
            guard close < scalars.count, Self.isClosing(scalars[close].value) else { continue }
            var innerStart = index + 1
            var innerEnd = close
            while innerStart < innerEnd, scalars[innerStart].properties.isWhitespace { innerStart += 1 }
            while innerEnd > innerStart, scalars[innerEnd - 1].properties.isWhitespace { innerEnd -= 1 }
            guard innerStart < innerEnd else { continue }
            var before = index
            while before > 0, scalars[before - 1].properties.isWhitespace { before -= 1 }
            let inner = Array(scalars[innerStart..<innerEnd])
            if let latin = Self.latinName(inner) ?? Self.firstClause(of: inner).flatMap(Self.latinName),
               let (title, titleStart) = Self.titleInMarks(endingAt: before, in: scalars) {
                // A title in marks is a pair only when it names a periodical, or a document
                // known by its acronym (a treaty, a law: 《联合国海洋法公约》（UNCLOS）).
                if let type = Self.titleType(chinese: title, latin: latin) {
                    result.append(Pair(chinese: title, latin: latin, type: type,
                                       context: Self.context(scalars, from: titleStart - 1, to: close + 1)))
                }
            } else if let latin = Self.latinName(inner) ?? Self.firstClause(of: inner).flatMap(Self.latinName) {
                // A brand's word before an institution's ending (捷克投资推广局 (CzechInvest)), and a
                // place named in ordinary words (巴拉卡核能发电厂 (Barakah Nuclear Energy Plant)),
                // are cut as organisations' names are.
                let placeName = Self.isPlaceName(latin)
                let organisation = Self.namesOrganisation(latin)
                    || (latin.contains(" ") && (Self.endsAsCompany(before: before, in: scalars) || Self.endsAsParty(before: before, in: scalars)))
                    || (Self.isBrandSpelling(latin) && !latin.contains(" ") && before > 0 && scalars[before - 1].isInstitutionEnd)
                    || placeName
                let institutionType = { (chinese: String) in
                    placeName ? TermType.place : Self.institutionType(chinese: chinese, latin: latin)
                }
                // What follows the bracket: its first words say what a name names (股价, 报道).
                let after = Self.string(Array(scalars[(close + 1)..<min(scalars.count, close + 6)]))
                // A romanised Chinese name says how many characters it has (33岁的|董家智 (Dong Jiazhi)).
                var ordinary = (acronymTerm(endingAt: before, in: scalars, latin: latin)
                    ?? romanisedChineseName(endingAt: before, in: scalars, latin: latin)
                    ?? chineseName(endingAt: before, in: scalars, latin: latin, inOrganisation: organisation))
                    .map { Self.withNumberBefore($0, in: scalars, latin: latin) }
                // A Japanese name its own characters spell, when the ordinary cut stops short in it.
                if let japanese = japaneseName(endingAt: before, in: scalars, latin: latin),
                   japanese.0.unicodeScalars.count > ordinary?.0.unicodeScalars.count ?? 0 {
                    ordinary = japanese
                }
                if organisation, let (chinese, _) = ordinary,
                   let (longer, longerStart) = institutionName(endingAt: before, in: scalars, latin: latin),
                   longer.unicodeScalars.count > chinese.unicodeScalars.count, longer.hasSuffix(chinese),
                   chinese.unicodeScalars.count < Self.impliedWords(latin) {
                    // An organisation's name the ordinary cut leaves shorter than its original says:
                    // its ordinary words before the name's head are its own (阿萨姆邦学生|联合会 (AASU)).
                    result.append(Pair(chinese: longer, latin: latin, type: institutionType(longer),
                                       context: Self.context(scalars, from: longerStart, to: close + 1)))
                } else if let (chinese, start) = ordinary {
                    let type = guessType(chinese: chinese, latin: latin, before: wordBefore(start, in: scalars),
                                         after: after)
                    result.append(Pair(chinese: chinese, latin: latin, type: type,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if organisation, let (chinese, start) = institutionName(endingAt: before, in: scalars, latin: latin) {
                    result.append(Pair(chinese: chinese, latin: latin, type: institutionType(chinese),
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if !organisation, let (chinese, start) = personName(endingAt: before, in: scalars, latin: latin) {
                    result.append(Pair(chinese: chinese, latin: latin, type: .person,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                } else if let (chinese, start, type) = companyName(endingAt: before, in: scalars,
                                                                   latin: Self.withoutLegalForm(latin)) {
                    // Its officers and shares follow a company only (微軟|執行長).
                    let followed = Self.companyFollowers.contains(where: ScriptFolding.simplified(after).hasPrefix)
                    result.append(Pair(chinese: chinese, latin: latin, type: followed ? .org : type,
                                       context: Self.context(scalars, from: start, to: close + 1)))
                }
                if result.count > spans.count, let chinese = result.last?.chinese {
                    spans.append((before - chinese.unicodeScalars.count, close))
                }
            } else if Self.isChineseName(inner), let (written, start) = Self.latinName(endingAt: before, in: scalars) {
                let chinese = Self.string(inner)
                let latin = Self.romanisedChineseName(endingWith: written, chinese: inner)
                // A note on the link or the edition is no name (URL（英文）, IDE（国内版）).
                guard !Self.isEditionNote(chinese) else { continue }
                // An organisation's Chinese name may be all ordinary words (环球时报 (Global Times)),
                // and so may a word the English writes in pinyin (Weibo (微博), hukou (户口)).
                guard isNameLike(chinese) || (latin.contains(" ") && Self.namesOrganisation(latin))
                        || PinyinSyllable.isPinyin(latin, of: inner[...]) else { continue }
                let type = guessType(chinese: chinese, latin: latin, spelledForReaders: Self.standsInChineseText(before: start, in: scalars))
                result.append(Pair(chinese: chinese, latin: latin, type: type,
                                   context: Self.context(scalars, from: start, to: close + 1)))
            }
            while spans.count < result.count { spans.append(nil) }
            index = close
        }
        return Self.agreeingInLists(result, spans: spans, in: scalars)
    }

    /// The pairs with the types of a list made one: names joined by 、, 和, 与, 及 or 或 name
    /// things of one kind (福尔多(Fordo)、纳坦兹(Natanz)和伊斯法罕(Isfahan): three places;
    /// 穆里略(Murillo)、萨沃纳(Nicolò Savona)与怀特: three players), so a type most of the list has
    /// is every item's. A list without such a majority keeps its guesses.
    static func agreeingInLists(_ pairs: [Pair], spans: [(start: Int, close: Int)?], in scalars: [Unicode.Scalar]) -> [Pair] {
        var pairs = pairs
        var first = 0
        while first < pairs.count {
            var last = first
            while last + 1 < pairs.count, let previous = spans[last], let next = spans[last + 1], previous.close < next.start,
                  listJoiners.contains(ScriptFolding.simplified(string(scalars[(previous.close + 1)..<next.start]
                    .filter { !$0.properties.isWhitespace }))) {
                last += 1
            }
            if last > first {
                let types = pairs[first...last].map(\.type)
                if let (type, count) = Dictionary(grouping: types, by: { $0 }).mapValues(\.count).max(by: { $0.value < $1.value }),
                   count * 2 > types.count {
                    for item in first...last { pairs[item].type = type }
                }
            }
            first = last + 1
        }
        return pairs
    }

    /// What joins the items of a list.
    static let listJoiners: Set<String> = ["、", "和", "与", "及", "以及", "或", "或者"]

    // MARK: The Chinese side

    /// The name at the end of the Han text that stops at `end`, cut from what precedes it,
    /// and where it starts. When the original (`latin`) has a hyphen, one between Han
    /// characters joins the parts of a name as a name separator does (安妮特·戈登-里德 (Annette
    /// Gordon-Reed)); otherwise it is no part of one (萨克森-安哈尔特州首府|马格德堡). A person's
    /// name cut one character off by its sound is mended (`startBySound`).
    func chineseName(endingAt bracket: Int, in scalars: [Unicode.Scalar], latin: String, inOrganisation: Bool) -> (String, Int)? {
        // A courtesy title or an office after a person's name is left out, as Ms or Senator is
        // in the original (冯德莱恩|女士 (Ursula von der Leyen), 范斯|参议员 (Senator JD Vance)).
        let end = inOrganisation ? bracket : bracket - titleLength(before: bracket, in: scalars, latin: latin)
        let hyphenated = latin.contains("-")
        let isJoin = { (index: Int) -> Bool in
            Self.isSeparator(scalars[index].value) || (hyphenated && Self.isHyphen(scalars[index].value) && index > 0
                && index + 1 < end && ScriptFolding.isHan(scalars[index - 1].value) && ScriptFolding.isHan(scalars[index + 1].value))
        }
        var start = end
        while start > 0, end - start < 24, ScriptFolding.isHan(scalars[start - 1].value) || isJoin(start - 1) { start -= 1 }
        while start < end, Self.isSeparator(scalars[start].value) { start += 1 }
        guard start < end, !Self.isSeparator(scalars[end - 1].value) else { return nil }
        // A name separator joins parts of one name (克里斯·考特尼): the last part is the name's
        // end; each part before it is cut, and the first one cut short starts the name
        // (特蕾莎·梅的财政大臣菲利普·哈蒙德 → 菲利普·哈蒙德).
        var partEnd = end
        var partStart = end
        while partStart > start, !isJoin(partStart - 1) { partStart -= 1 }
        let hasSeparator = partStart > start
        // A common word glued to the last part of a foreign name describes the person
        // (马斯•布雷克蒙|形象 (Mars Blackmon)).
        let nameEnd = hasSeparator && !inOrganisation ? end - describingWordLength(of: partStart..<end, in: scalars, latin: latin) : end
        var nameStart = partStart
        let regnal = inOrganisation ? 0 : Self.regnalNumberLength(before: end, in: scalars, latin: latin)
        if !hasSeparator, regnal > 0 { return regnalName(scalars[start..<end], numberLength: regnal) }
        if !hasSeparator {
            nameStart = end - namePart(of: Self.string(Array(scalars[start..<end])), requiringName: true,
                                       inOrganisation: inOrganisation)
        }
        while hasSeparator, nameStart > start {
            partEnd = nameStart - 1  // over the separator
            partStart = partEnd
            while partStart > start, !isJoin(partStart - 1) { partStart -= 1 }
            let kept = namePart(of: Self.string(Array(scalars[partStart..<partEnd])), requiringName: false,
                                inOrganisation: inOrganisation, beforeSeparator: true)
            guard kept > 0 else { break }
            nameStart = partEnd - kept
            guard kept == partEnd - partStart else { break }
        }
        if inOrganisation {
            nameStart = organisationStartBySound(nameStart, runStart: start, end: nameEnd, in: scalars, latin: latin)
        } else {
            nameStart = startBySound(nameStart, runStart: start, end: nameEnd, in: scalars, latin: latin)
            nameStart = startByReading(nameStart, runStart: start, end: nameEnd, in: scalars, latin: latin)
            if !hasSeparator { nameStart = startTrimmedByReading(nameStart, end: nameEnd, in: scalars, latin: latin) }
        }
        if nameStart > start, nameEnd - nameStart > 3, startsWithAnotherWordsCharacter(nameStart, in: scalars) { nameStart += 1 }
        guard nameEnd - nameStart >= 2 else { return nil }
        let name = Self.string(Array(scalars[nameStart..<nameEnd]))
        guard name.unicodeScalars.filter({ ScriptFolding.isHan($0.value) }).count >= 2 else { return nil }
        return (name, nameStart)
    }

    /// How many characters before `end` are the number of a reign, Han numerals and mostly 世
    /// (十四世, 路易十四), when the original ends in a Roman numeral (Leo XIV); 0 when they are not.
    static func regnalNumberLength(before end: Int, in scalars: [Unicode.Scalar], latin: String) -> Int {
        guard let last = latin.split(separator: " ").last, latin.contains(" "), last == "I" || isRomanNumeral(String(last)),
              end >= 3 else { return 0 }
        let numberEnd = scalars[end - 1] == "世" ? end - 1 : end
        var start = numberEnd
        while start > 0, numberEnd - start < 3, "一二三四五六七八九十".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        guard start < numberEnd, start > 0, ScriptFolding.isHan(scalars[start - 1].value) else { return 0 }
        return end - start
    }

    /// A monarch's or pope's name and the number of its reign at the end of `run` (良|十四世
    /// (Leo XIV), 拿破崙|三世 (Napoleon III)), and where it starts: however common the name, its
    /// last word is kept; a name the lexicon knows with its number (本笃十六世) whole; a title
    /// before it is the sentence's (教宗|利奥十四世, 英王|查理三世).
    func regnalName(_ run: ArraySlice<Unicode.Scalar>, numberLength: Int) -> (String, Int)? {
        let numberStart = run.endIndex - numberLength
        let part = Array(run[..<numberStart])
        var kept = namePart(of: Self.string(part), requiringName: true, inOrganisation: false)
        if kept == 0, let last = segmenter.words(in: Self.string(part)).last,
           wordClass(of: Self.string(Array(part.suffix(last.count)))) != .function {
            kept = last.count
        }
        if let whole = segmenter.words(in: Self.string(Array(run))).last, whole.count - numberLength > kept,
           wordClass(of: Self.string(Array(run.suffix(whole.count))))?.isName == true {
            kept = whole.count - numberLength
        }
        let name = part.suffix(kept)
        if let title = [3, 2].first(where: { kept > $0 && Self.isTitleBeforeRegnalName(Self.string(Array(name.prefix($0)))) }) {
            kept -= title
        }
        guard kept > 0 else { return nil }
        return (Self.string(Array(run[(numberStart - kept)...])), numberStart - kept)
    }

    /// Whether a word before a monarch's or pope's name is a title: one written after names
    /// too (教宗, 国王), or a country's one-character name and 王 or 皇 (英王, 法皇).
    static func isTitleBeforeRegnalName(_ word: String) -> Bool {
        let simplified = ScriptFolding.simplified(word)
        return titlesAfterNames.contains(simplified) || officesAfterNames.contains(simplified)
            || simplified.unicodeScalars.count == 2 && simplified.unicodeScalars.last.map { "王皇".unicodeScalars.contains($0) } == true
    }

    /// Courtesy titles written after a name, as Mr, Ms and Miss before one.
    static let courtesyTitles: Set<String> = ["女士", "先生", "小姐"]

    /// How many characters before `end` are a title after a name of at least two Han
    /// characters, left out as Ms or Senator is in the original: a courtesy title (冯德莱恩|女士
    /// (Ursula von der Leyen)), or an office or rank after a name (范斯|参议员 (Senator JD
    /// Vance), 黎培理|总主教 (Antonio Riberi)), unless the original keeps a title too (毛主席
    /// (Chairman Mao), 哈里王子 (Prince Harry)); 0 when there is none.
    func titleLength(before end: Int, in scalars: [Unicode.Scalar], latin: String) -> Int {
        guard end >= 4, (1...4).allSatisfy({ ScriptFolding.isHan(scalars[end - $0].value) }) else { return 0 }
        if Self.courtesyTitles.contains(ScriptFolding.simplified(Self.string([scalars[end - 2], scalars[end - 1]]))) { return 2 }
        let run = Self.hanRun(before: end, in: scalars, limit: 12)
        guard let firstWord = latin.split(separator: " ").first, !Self.titlesBeforeNames.contains(String(firstWord)),
              let last = segmenter.words(in: run.text).last,
              Self.officesAfterNames.contains(ScriptFolding.simplified(Self.string(Array(run.scalars[last])))),
              namePart(of: Self.string(Array(run.scalars[..<last.lowerBound])), requiringName: true, inOrganisation: false) >= 2
        else { return 0 }
        return last.count
    }

    /// Offices and ranks written after a person's name (范斯参议员, 黎培理总主教, 贾古玛教授).
    static let officesAfterNames: Set<String> = [
        "总统", "副总统", "主席", "总理", "首相", "部长", "议员", "参议员", "众议员", "大使", "教授", "博士", "医生", "律师",
        "法官", "牧师", "神父", "主教", "总主教", "大主教", "枢机", "枢机主教", "爵士", "将军", "上校", "州长", "市长",
        "院长", "校长", "总裁", "董事长", "局长", "司令", "总督", "国务卿", "外长", "总干事", "秘书长",
        "皇帝", "皇后", "女皇", "国王", "女王", "王后", "亲王", "王子", "公主", "教宗", "教皇",
    ]

    /// English titles before a name, which the Chinese keeps after it (Prince Harry, 哈里王子).
    static let titlesBeforeNames: Set<String> = honorifics.union(personTitles).union(officesBeforeNames).union([
        "Prince", "Princess", "King", "Queen", "Pope", "Lord", "Lady", "Sir", "Dame", "Emperor", "Empress", "Saint", "St.",
    ])

    /// The name with the number written just before it when its original holds that number
    /// (20|国集团 (G20)): the cut stops at the digits, which are no Han text.
    static func withNumberBefore(_ name: (String, Int), in scalars: [Unicode.Scalar], latin: String) -> (String, Int) {
        var start = name.1
        while start > 0, name.1 - start < 4, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
        guard start < name.1, start == 0 || !isLatinLetter(scalars[start - 1].value) else { return name }
        let digits = string(Array(scalars[start..<name.1]))
        guard latin.split(whereSeparator: { !$0.isNumber }).contains(where: { $0 == digits }) else { return name }
        return (digits + name.0, start)
    }

    /// How many characters at the end of a foreign name's last part are a common word that
    /// describes the person, not a piece of the name (布雷克蒙|形象, 约翰·史密斯|教授): an ordinary
    /// word of two or more characters, as common as 2,000 in the lexicon's counts, after at
    /// least two characters of the part; 0 when there is none.
    /// A part that reads whole as the original's last word keeps its last word, common as it
    /// may be (拉瓦雷達 (Antonio Lavareda), not 拉瓦|雷達, radar).
    func describingWordLength(of part: Range<Int>, in scalars: [Unicode.Scalar], latin: String) -> Int {
        let partScalars = Array(scalars[part])
        if let last = Self.soundedWords(of: latin).last, TransliterationLength.reads(partScalars[...], as: [last]) { return 0 }
        guard let last = segmenter.words(in: Self.string(partScalars)).last, last.count >= 2, last.lowerBound >= 2 else { return 0 }
        let word = Self.string(Array(partScalars[last]))
        let lexicon = segmenter.lexicon
        guard wordClass(of: word) == .word, !Self.titlesAfterNames.contains(ScriptFolding.simplified(word)),
              let cost = lexicon.cost(of: word), cost <= lexicon.cost(ofCount: 2_000) else { return 0 }
        return last.count
    }

    /// Whether the name's first character belongs to what stands before it: the head of an
    /// epithet, which is no surname (摇滚之王|普莱斯利, 流行之王|迈克尔·杰克逊), or a character that
    /// makes an adjective of the word before it (法律类|非政府组织, 新型|冠状病毒).
    func startsWithAnotherWordsCharacter(_ nameStart: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let first = ScriptFolding.simplified(scalars[nameStart])
        if scalars[nameStart - 1] == "之", "王后神父母".unicodeScalars.contains(first) { return true }
        guard "类型式性".unicodeScalars.contains(first) else { return false }
        return !segmenter.lexicon.contains(Self.string([scalars[nameStart], scalars[nameStart + 1]]))
    }

    /// Whether the Han text before `end` ends in a word for a company (海泰科技发展有限公司,
    /// 中國銀行): the original then names it, legal form left out (Haitai Technology Development).
    static func endsAsCompany(before end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end >= 2 else { return false }
        let last = [scalars[end - 2], scalars[end - 1]].map(ScriptFolding.simplified)
        return ["公司", "集团", "银行"].contains(string(last))
    }

    /// Whether the Han text before `end` ends as a political party's or alliance's name does
    /// (英国改革党 (Reform UK), 国民联盟 (Rassemblement National)), which the original may write
    /// in words no institution's list holds.
    static func endsAsParty(before end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end >= 3, ScriptFolding.isHan(scalars[end - 3].value) else { return false }
        let last = [scalars[end - 2], scalars[end - 1]].map(ScriptFolding.simplified)
        return last[1] == "党" || string(last) == "联盟"
    }

    /// The Han text just before `end`, at most `limit` characters: as text, as scalars, and
    /// where it starts in `scalars`. `listMarks`: an enumeration comma (、) between Han
    /// characters is part of the run.
    static func hanRun(before end: Int, in scalars: [Unicode.Scalar], limit: Int, listMarks: Bool = false)
        -> (text: String, scalars: [Unicode.Scalar], start: Int) {
        var start = end
        while start > 0, end - start < limit {
            let value = scalars[start - 1].value
            if ScriptFolding.isHan(value) || (listMarks && value == 0x3001 && start >= 2 && start < end
                                                && ScriptFolding.isHan(scalars[start - 2].value)) {
                start -= 1
            } else {
                break
            }
        }
        while start < end, !ScriptFolding.isHan(scalars[start].value) { start += 1 }
        let run = Array(scalars[start..<end])
        return (string(run), run, start)
    }

    /// The lexicon's class of a word, with Cantonese grammatical words as grammatical words:
    /// the lexicon is Mandarin's, and Hong Kong news writes 佢哋嘅|蓬佩奧 and 喺度嘅|李家超.
    func wordClass(of word: String) -> WordClass? {
        Self.cantoneseGrammar.contains(word) ? .function : segmenter.lexicon.wordClass(of: word)
    }

    /// Cantonese pronouns, particles, copulas and verbs of saying that stand before names.
    static let cantoneseGrammar: Set<String> = [
        "嘅", "喺", "佢", "哋", "佢哋", "我哋", "你哋", "咗", "畀", "嚟", "啲", "嗰", "唔", "冇", "咁", "噉", "㗎",
        "嘢", "乜", "邊", "嘞", "喇", "囉", "咩", "吖", "係", "話", "攞", "睇", "諗", "而家", "點解", "同埋",
    ]

    /// How many characters at the end of `part` (Han only) belong to the name; with
    /// `requiringName`, none unless some word of them is name-like.
    /// `inOrganisation`: the original names an organisation, whose Chinese name may end in
    /// common words (牛津|大学). `beforeSeparator`: a name separator follows the part, so its
    /// last word is a piece of the name whatever the lexicon calls it (大使|理查德·诺兰德,
    /// 萨尼·本·艾哈迈德), unless it is a grammatical word of two or more characters.
    func namePart(of part: String, requiringName: Bool, inOrganisation: Bool, beforeSeparator: Bool = false) -> Int {
        let scalars = Array(part.unicodeScalars)
        let words = segmenter.words(in: part)
        var kept = 0
        var hasName = false
        // Name-spelling characters kept in a row at the end: two make a transliteration.
        var spelling = 0
        // The word kept last (the name's first so far), if one character that spells no names.
        var firstIsPlainCharacter = false
        // Whether the word kept last is a whole name of the lexicon (吴作栋, 大西国).
        var afterWholeName = false
        // Whether an organisation's head alone is the name: a word of the sentence stands
        // right before it.
        var headIsName = false
        for (index, word) in words.reversed().enumerated() {
            let text = Self.string(Array(scalars[word]))
            let kind = wordClass(of: text)
            if index == 0, beforeSeparator, ScriptFolding.isHan(scalars[word.lowerBound].value),
               word.count == 1 || kind != .function {
                kept += word.count
                hasName = true
                spelling = kind == .nameCharacter ? 1 : 0
                continue
            }
            // A place's word is the sentence's (德国|汉斯·穆勒), unless it stands between characters
            // that spell names, one before it and only such after it: then it is a piece of a
            // transliteration (穆|利亚|尼·英德拉瓦蒂).
            if hasName && !inOrganisation && isLocation(text) {
                let between = spelling > 0 && kept == index && index + 1 < words.count
                    && words[words.count - index - 2].count == 1
                    && wordClass(of: Self.string(Array(scalars[words[words.count - index - 2]]))) == .nameCharacter
                if !between { break }
            }
            // A word for a kind of institution describes the name after it (通讯社|塔斯社 (Tass)),
            // and one for belonging relates it to what precedes (旗下|太空探索科技公司 (SpaceX)).
            if hasName && Self.institutionKinds.contains(ScriptFolding.simplified(text)) { break }
            if kept > 0 && Self.belongingWords.contains(ScriptFolding.simplified(text)) { break }
            // A role's last character after the word it makes a role of (安全|官|乔•沙利文, 快递|員|阿凡).
            if index > 0, word.count == 1, Self.roleEndings.contains(ScriptFolding.simplified(text)), index + 1 < words.count,
               case let previous = words[words.count - index - 2], previous.count >= 2,
               ScriptFolding.isHan(scalars[previous.lowerBound].value),
               let previousKind = wordClass(of: Self.string(Array(scalars[previous]))), !previousKind.isName {
                break
            }
            // Before a whole name, a common character that spells no names and is no surname is
            // a word of the sentence (请|吴作栋, 派|大西国), though a name's own character could be
            // as common. An organisation's name may start with one (跨|太平洋|贸易协定 (TPP)), so
            // there the whole name is all that is kept so far (请|全国大会党).
            // A grammatical word before an ordinary word kept as an organisation's or an
            // acronym's head leaves the head as the name (据|新华社 (Xinhua News Agency)).
            let afterHeadOnly = inOrganisation && !hasName && kept > 0 && kind == .function
            let wholeName = inOrganisation
                ? afterHeadOnly || kept >= 2 && segmenter.lexicon.wordClass(of: Self.string(Array(scalars[(scalars.count - kept)...])))?.isName == true
                : afterWholeName
            if wholeName, word.count == 1, kind != .nameCharacter, !spellsNamesOrIsRare(text),
               let first = text.unicodeScalars.first, !ChineseSurnames.contains(ScriptFolding.simplified(first.value)) {
                headIsName = afterHeadOnly
                break
            }
            if isNameWord(text, afterSpelling: spelling >= 2, inOrganisation: inOrganisation,
                          beforeBracket: true) {
                kept += word.count
                hasName = true
                spelling = kind == .nameCharacter ? spelling + 1 : (spelling >= 2 ? spelling : 0)
                firstIsPlainCharacter = word.count == 1 && kind != .nameCharacter
                afterWholeName = word.count >= 2 && kind?.isName == true
            } else if kept == 0 && word.count > 1 && requiringName && kind != .function {
                // The head of an institution's name (牛津|大学), kept only with a name before it.
                kept += word.count
                firstIsPlainCharacter = false
                afterWholeName = false
            } else {
                // After a demonstrative or a numeral, a character that spells no names is a
                // measure word, rare as it may be (这|款|红牛饮料, 一|颗|…).
                if firstIsPlainCharacter, kept > 1, Self.countingWords.contains(ScriptFolding.simplified(text)) { kept -= 1 }
                break
            }
        }
        return hasName || headIsName || !requiringName ? kept : 0
    }

    /// Words that put what follows under what precedes, a company under its owner (马斯克旗下|
    /// 太空探索科技公司): never part of a name.
    static let belongingWords: Set<String> = ["旗下", "麾下", "下属", "属下", "所属"]

    /// Demonstratives and numerals, which a measure word follows (这款, 一颗, 两辆).
    static let countingWords: Set<String> = ["这", "那", "该", "此", "每", "某", "哪", "一", "两", "几", "数", "各", "这一", "那一"]

    /// Characters that make a role of the word before them (安全|官, 发言|人, 理事|长).
    static let roleEndings: Set<String> = ["官", "员", "长", "人", "师", "家", "者", "手", "士"]

    /// A word that can be part of a name: a name in the lexicon that is not too common and
    /// not a description (英国首相), a character that spells names or is rare, or a character
    /// no word covers. `afterSpelling`: the name after it is spelled with characters that
    /// spell names (默瑟), and only such a character or a rare one goes on with it (狗|默瑟).
    /// `beforeBracket`: the word is cut from the text before a bracketed original.
    func isNameWord(_ word: String, afterSpelling: Bool = false, inOrganisation: Bool = false,
                            beforeBracket: Bool = false) -> Bool {
        let lexicon = segmenter.lexicon
        if wordClass(of: word) == .function { return false }
        guard let kind = lexicon.wordClass(of: word), let cost = lexicon.cost(of: word) else { return true }
        // Transliterations are spelled with characters that CC-CEDICT's names use often (斯, 拉,
        // 天) or rare ones (蕾); the particles and nouns that stand before them are neither
        // (据, 跟, 狗, 类). A Chinese name's characters are any but the most common (俞昊).
        if word.unicodeScalars.count == 1 {
            guard kind != .function else { return false }
            if spellsNamesOrIsRare(word) { return true }
            return !afterSpelling && cost > lexicon.cost(ofCount: 35_000)
        }
        // Before a bracketed person's name, a rare word spelled only with characters that spell
        // names is a transliteration or a piece of one, whatever jieba calls it: two characters
        // seen under 100 times (拉布 "v" 10, 博格 9), or three or four that only CC-CEDICT knows
        // (马克宏, Macron as Taiwan writes him; not 二维码). An institution's words are not
        // (环球|电视网), nor a gloss's (银翼|杀手 (Blade Runner)).
        let length = word.unicodeScalars.count
        if beforeBracket, !inOrganisation, (2...4).contains(length),
           cost > lexicon.cost(ofCount: length == 2 ? 100 : 2),
           word.unicodeScalars.allSatisfy({ lexicon.wordClass(of: String($0)) == .nameCharacter }) {
            return true
        }
        // A name as common as 美国 or 城市 (jieba calls both places) describes the name that
        // follows; individual names are far rarer (约翰 503, 普京 171), but for the best known
        // people's full names (毛泽东 8,994, 周恩来 3,067).
        let common = cost <= lexicon.cost(ofCount: 3_000) && !(kind == .person && word.unicodeScalars.count >= 3)
        return kind.isName && !common && (inOrganisation || !isDescription(word))
    }

    /// Whether one character spells names (斯, 拉: the lexicon's class) or is rarer than
    /// 2,000 in its counts (蕾); so is one the lexicon lacks.
    func spellsNamesOrIsRare(_ character: String) -> Bool {
        let lexicon = segmenter.lexicon
        guard let cost = lexicon.cost(of: character) else { return true }
        return lexicon.wordClass(of: character) == .nameCharacter || cost > lexicon.cost(ofCount: 2_000)
    }

    /// Whether a person's name or other proper noun of the lexicon is a description: a
    /// well-known place and a common word that is no name (英国|首相), not a name such as
    /// 约翰|逊 or an institution such as 北京大学.
    func isDescription(_ word: String) -> Bool {
        let lexicon = segmenter.lexicon
        guard let kind = lexicon.wordClass(of: word), kind == .person || kind == .properNoun else { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3 else { return false }
        // A people of a place (德國人|拉爾茲, 烏克蘭人|瓦莉亞): the place's word and 人.
        if ScriptFolding.simplified(scalars[scalars.count - 1].value) == 0x4EBA,
           lexicon.wordClass(of: Self.string(Array(scalars.dropLast()))) == .place {
            return true
        }
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
    /// 下萨克森州|勒讷): a place word of two or more characters and some currency, or one ending
    /// in 州, 郡, 省, 市, 县 or 国; rarer "places" are pieces of transliterations (巴纳|吉, 埃斯|珀).
    func isLocation(_ word: String) -> Bool {
        let lexicon = segmenter.lexicon
        // One character filed as a place (岱, 坤, 挪) is an old name or an abbreviation, and
        // spells transliterations far more often (格蘭|岱|爾 (Glendale)).
        guard word.unicodeScalars.count >= 2, lexicon.wordClass(of: word) == .place,
              let cost = lexicon.cost(of: word) else { return false }
        if cost <= lexicon.cost(ofCount: 100) { return true }
        return ScriptFolding.simplified(word).unicodeScalars.last.map { "州郡省市县国".unicodeScalars.contains($0) } ?? false
    }

    /// Whether a Chinese text in brackets reads as a name rather than a gloss of ordinary
    /// words (Memory Leak (内存泄漏)): some word of it is a name or no ordinary word, and none
    /// is a grammatical word a name does not hold (DNA (诸如刺突蛋白之类的突变), 刺突蛋白等突变,
    /// Falafel (附薯条和饮料)), and it does not end with a verb (Node (与中华电信合作)).
    func isNameLike(_ chinese: String) -> Bool {
        let scalars = Array(chinese.unicodeScalars)
        let words = segmenter.words(in: chinese)
        let explains = words.enumerated().contains { index, word in
            let text = Self.string(Array(scalars[word]))
            // A conjunction joins a list (薯条和饮料); other single grammatical characters may
            // stand in a name or a term (黑人的命也是命 (BLM), 对二甲苯 (PX)).
            if ["等", "了", "和", "与", "及", "或"].contains(ScriptFolding.simplified(text)) { return true }
            switch wordClass(of: text) {
            case .function: return word.count >= 2
            case .verb: return index == words.count - 1 && words.count > 1
            default: return false
            }
        }
        return !explains && words.contains { word in
            guard ScriptFolding.isHan(scalars[word.lowerBound].value) else { return false }
            let text = Self.string(Array(scalars[word]))
            // A name alone in brackets names what it names however well known (Wuhan (武汉));
            // with other words it may describe (Instacart (美国杂货配送公司)).
            return isNameWord(text)
                || (words.count == 1 && word.count >= 2 && segmenter.lexicon.wordClass(of: text)?.isName == true)
        }
    }

    /// Han text of two to twelve characters, parts joined by name separators: a bracketed
    /// Chinese name after an English one.
    static func isChineseName(_ scalars: [Unicode.Scalar]) -> Bool {
        let han = scalars.filter { ScriptFolding.isHan($0.value) }.count
        return han >= 2 && scalars.count <= 12 && scalars.allSatisfy { isHanOrSeparator($0.value) }
            && !isSeparator(scalars[0].value) && !isSeparator(scalars[scalars.count - 1].value)
    }

    // MARK: Text

    /// Whether a bracket after a Latin word says what language or edition it leads to (英文,
    /// 中文, 国内版, 繁體) rather than translating it.
    static func isEditionNote(_ chinese: String) -> Bool {
        let simplified = ScriptFolding.simplified(chinese)
        return simplified.hasSuffix("版") || ["英文", "中文", "日文", "韩文", "法文", "德文", "俄文", "英语", "汉语", "繁体", "简体"]
            .contains(simplified)
    }

    /// Whether the text before `start`, spaces skipped, is Han, a CJK mark or a full-width form.
    static func standsInChineseText(before start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = start
        while index > 0, scalars[index - 1].properties.isWhitespace { index -= 1 }
        return index > 0 && ScriptClass.isWideNonSpacing(scalars[index - 1])
    }

    static func isOpening(_ value: UInt32) -> Bool { value == 0x28 || value == 0xFF08 }
    static func isClosing(_ value: UInt32) -> Bool { value == 0x29 || value == 0xFF09 }

    /// A dot that joins the parts of a transliterated name (·, •, ‧, ・, ．).
    static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0xB7, 0x2022, 0x2027, 0x30FB, 0x02D9, 0x2219, 0x22C5, 0xFF65, 0x0387, 0xFF0E, 0xFE52: true
        default: false
        }
    }

    /// A hyphen or dash as it joins double-barrelled names (-, ‐, ‑, －).
    static func isHyphen(_ value: UInt32) -> Bool { [0x2D, 0x2010, 0x2011, 0xFF0D].contains(value) }

    static func isHanOrSeparator(_ value: UInt32) -> Bool {
        ScriptFolding.isHan(value) || isSeparator(value)
    }

    /// The scalars as a string.
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The pair with up to 12 characters either side, white space collapsed.
    static func context(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
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
    var isInstitutionEnd: Bool {
        let simplified = ScriptFolding.simplified(self)
        return NamePairFinder.institutionEnds.contains(simplified)
    }
}
