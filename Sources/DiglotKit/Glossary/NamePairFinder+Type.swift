/// The type guess of a pair: person, org, place or term, from the words of both sides and
/// what stands around them.
extension NamePairFinder {
    /// Titles written after a person's name (拉法叶|侯爵, 哈里|王子).
    static let titlesAfterNames: Set<String> = [
        "侯爵", "公爵", "伯爵", "子爵", "男爵", "勋爵", "爵士", "夫人", "女士", "先生", "小姐", "王子", "公主", "国王",
        "女王", "王后", "亲王", "主教", "大主教", "教宗", "教皇", "公爵夫人", "皇帝", "皇后", "女皇",
    ]

    /// Whether a Latin-script name reads as an organisation's: an acronym or a name with an
    /// institution's word (University, Agency).
    static func namesOrganisation(_ latin: String) -> Bool {
        let words = latin.split(separator: " ").map(String.init)
        if words.count == 1, let only = words.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "&" || $0 == "." }) {
            return true
        }
        // An acronym among several words (European CDC, US CDC); a person's name has none,
        // but may end in a generation's numeral (Trey Murphy III).
        if words.count > 1, words.contains(where: { isAcronym($0[...]) && $0.count >= 3 && !isRomanNumeral($0) }) { return true }
        // The generic head may be written lowercase (Pacific Light Cable network), a legal
        // form with its full stop (Google Inc.).
        return words.contains { word in
            let bare = word.hasSuffix(".") ? word.dropLast() : word[...]
            return isInstitutionWord(bare.prefix(1).uppercased() + bare.dropFirst())
        }
    }

    /// Whether a word is a Roman numeral of the kind that follows a name, II to XXXIX (Trey
    /// Murphy III, Leo XIV); not a single letter, which may be an initial (Malcolm X).
    static func isRomanNumeral(_ word: String) -> Bool {
        guard word.count >= 2 else { return false }
        var rest = Substring(word)
        while rest.hasPrefix("X"), word.count - rest.count < 3 { rest = rest.dropFirst() }
        return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"].contains(rest)
    }

    /// A company's name without the legal form after it (Google Inc. → Google); the name as
    /// it is when it has none or is nothing else.
    static func withoutLegalForm(_ latin: String) -> String {
        var words = latin.split(separator: " ")
        guard words.count > 1, let last = words.last, legalForms.contains(last.hasSuffix(".") ? String(last.dropLast()) : String(last))
        else { return latin }
        words.removeLast()
        if let comma = words.last, comma.hasSuffix(",") { words[words.count - 1] = comma.dropLast() }
        return words.joined(separator: " ")
    }

    /// The legal forms written after companies' names.
    static let legalForms: Set<String> = ["Inc", "Ltd", "Corp", "Co", "LLC", "Plc", "plc", "AG", "GmbH", "SA", "S.A", "NV", "BV", "SE"]

    /// Whether a capitalised word names a kind of institution, in English or another language
    /// news quotes (University, Collège, Stiftung).
    static func isInstitutionWord(_ word: String) -> Bool {
        orgWords.contains(word) || foreignOrgWords.contains(word)
    }

    /// Institutions' words of the languages whose names news quotes most after English ones
    /// (Collège de France, Universidad de Chile, Fondation Cartier).
    static let foreignOrgWords: Set<String> = [
        "Université", "Universität", "Universidad", "Università", "Universidade", "Collège", "Institut", "Instituto",
        "Istituto", "Banque", "Banco", "Société", "Compagnie", "Gesellschaft", "Stiftung", "Partei", "Parti", "Partido",
        "Partito", "Fondation", "Fundación", "Fondazione", "Ministère", "Ministerium", "Académie", "Akademie", "École",
        "Hochschule", "Verband", "Kommission", "Comité", "Consejo", "Conseil",
    ]

    /// English words that make a name an organisation's (University, Agency, Trust).
    static let orgWords: Set<String> = [
        "University", "College", "Institute", "School", "Academy", "Company", "Corporation", "Corp", "Inc", "Ltd",
        "Co", "LLC", "Plc", "AG", "GmbH",
        "Group", "Bank", "Party", "Council", "Agency", "Organization", "Organisation", "Association", "Centre", "Center",
        "Ministry", "Department", "Committee", "Commission", "Foundation", "Court", "Times", "News", "Post", "Journal", "Daily",
        "Fund", "Union", "Federation", "Office", "Bureau", "Capital", "Airlines", "Motors", "Network", "Watch", "Forum",
        "Society", "Trust", "Trusts", "Initiative", "Chamber", "Clearinghouse", "Alliance", "Coalition", "Authority", "Voice",
        "Administration", "Service", "Board", "Museum", "Hospital", "Church", "Club", "Institution", "Laboratory",
        "Holdings", "Technologies", "Partners", "Broadcasting", "Television", "Radio", "Press", "Assembly",
        "Parliament", "Congress", "Senate", "Secretariat", "Programme", "Program", "Movement", "League", "Campaign",
        "Pictures", "Studios", "Records", "Entertainment", "Airways", "Industries", "Electronics", "Pharmaceuticals",
        "Securities", "Insurance", "Ventures",
    ]
    /// Words after a name that make it a company's (摩根士丹利|分析师, 汇丰|总裁, 特斯拉|首席执行官); not 旗下 or 首席 alone,
    /// which follow people too (马斯克|旗下的特斯拉, 拜登|首席医疗顾问).
    static let companyFollowers = ["分析师", "总裁", "董事", "股价", "股票", "公司", "首席执行官", "执行长", "创始人", "市值"]

    /// Characters that end an agency's, a society's or a party's name and never a person's
    /// (通讯社, 统计局, 卫生署, 教育厅, 乐施会, 蒂萨党).
    static let agencyEnds: Set<Unicode.Scalar> = ["社", "局", "署", "厅", "会", "党"]

    /// English words that make a name a place's (River, Island, Avenue).
    static let placeWords: Set<String> = [
        "River", "Valley", "Island", "Islands", "Mountain", "Mountains", "Lake", "Bay", "County", "Province", "City",
        "Street", "Square", "Sea", "Strait", "Gulf", "Peninsula", "Desert", "Park", "Port", "Coast", "Region",
        "Avenue", "Boulevard", "Road", "Canal", "Plaza", "Bridge", "Place", "Shoal", "Reef", "Atoll", "Archipelago",
        "Lagoon", "Harbour", "Harbor", "Cape", "Plateau", "Basin", "Delta", "Station", "Airport", "Gare", "Plant",
        "Column", "Monument", "Memorial", "Cathedral", "Palace", "Castle", "Temple", "Abbey", "District", "Township",
        "Prefecture", "Territory", "Mount", "Strip", "Heights", "Hills", "Falls", "Canyon", "Glacier", "Corridor", "Ocean",
        "Ridge", "Peak", "Beach", "Oasis",
    ]

    /// Words after a news outlet's name: it reports, or is quoted.
    static let reportingWords = ["报道", "报导", "引述", "援引", "披露"]

    /// Words for a body of people that stand before its name (武装组织|哈马斯, 政党|前进党).
    static let bodyWords = ["组织", "机构", "团体", "政党"]

    /// Whether a word is one capital and a full stop (J.).
    static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.first?.isUppercase == true && word.last == "."
    }

    /// Last words of the names of periods, events and documents.
    static let termHeads: Set<String> = [
        "Dynasty", "Era", "Period", "Age", "War", "Battle", "Revolution", "Uprising", "Incident", "Massacre",
        "Treaty", "Agreement", "Accord", "Accords", "Act", "Protocol", "Doctrine", "Declaration", "Convention",
    ]

    /// First words of places' names that start no person's name.
    static let placeOpeners: Set<String> = LatinNameContext.placeQualifiers.union([
        "San", "Santa", "Los", "Las", "Port", "Fort", "Mount", "Mt", "Lake", "Cape",
    ])

    /// The Han word just before `start`, if any (the title or role the name was cut from).
    func wordBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> String {
        let (run, runScalars, _) = Self.hanRun(before: start, in: scalars, limit: 8)
        return segmenter.words(in: run).last.map { Self.string(Array(runScalars[$0])) } ?? ""
    }

    /// Words before a name that say it is a place's (位于|休斯敦, 城市|瑙姆堡).
    static let placeContext: Set<String> = [
        "位于", "前往", "来到", "抵达", "城市", "小镇", "小城", "城镇", "地区", "首都", "首府",
        "港口", "附近", "村", "镇", "市", "州", "省", "岛", "出生地", "家乡",
    ]
    /// Latin endings of place names (Magdeburg, Neustadt, Ghatkopar).
    static let placeEndings = [
        "burg", "bourg", "stadt", "dorf", "heim", "hausen", "ville", "shire", "abad", "istan", "pur", "grad",
        "polis", "ford", "furt", "haven", "ingen",
    ]
    /// Han characters (Simplified) that end a place's name (州, 市, 堡, 岛, 站).
    static let placeEnds: Set<Unicode.Scalar> = [
        "州", "市", "县", "省", "郡", "岛", "港", "湾", "镇", "村", "堡", "城", "区", "园", "场", "站",
    ]

    /// Whether the Chinese name, in either script, ends as a place's does (瑙姆堡, 黃岩島).
    static func endsAsPlace(_ chinese: String) -> Bool {
        lastCharacter(of: chinese).map(placeEnds.contains) == true
    }

    /// The last character of a Chinese name, in Simplified script.
    static func lastCharacter(of chinese: String) -> Unicode.Scalar? {
        chinese.unicodeScalars.last.map(ScriptFolding.simplified)
    }

    /// person, org or place, from the words of both sides and around them: an acronym or an
    /// institution's word (University) or an organisation in the lexicon is an organisation,
    /// a geographical word a place, two or more capitalised words a person. A one-word name
    /// is read from what surrounds it: a role before it (议员, 主播, 创始人) or 说 after it
    /// makes a person, a word for companies or bodies (公司, 制造商, 组织) or 报道 after it an
    /// organisation, a word of place (位于, 城市) or a place's ending (瑙姆堡, Magdeburg) a
    /// place; a place otherwise. A middle initial (Michael J. Fox) makes a person.
    /// `spelledForReaders`: the Latin name stands first, in Chinese text, and the bracket
    /// spells it for the reader (好友Duke（杜克）): an interview's people are written so, and a
    /// one-word name with nothing else to go by is a person's there rather than a place's.
    func guessType(chinese: String, latin: String, before: String = "", after: String = "",
                   spelledForReaders: Bool = false) -> TermType {
        let words = latin.split(separator: " ").map(String.init)
        // A code of letters and digits reads as an acronym does (G7, COVID-19).
        if words.count == 1, Self.isAcronym(latin[...]) || latin.contains(where: \.isNumber) { return acronymType(chinese: chinese) }
        if Self.isPlaceName(latin) { return .place }
        if Self.namesOrganisation(latin) { return .org }
        // A period, an event or a document (Western Han Dynasty, Battle of Stalingrad, Paris Agreement).
        if words.count > 1, let last = words.last, Self.termHeads.contains(last) { return .term }
        // A Korean surname, not a park (Park Geun-hye).
        let koreanName = words.count == 2 && words[0] == "Park" && words[1].contains("-")
        if !koreanName, words.contains(where: Self.placeWords.contains) { return .place }
        // A place named from a place (New Delhi, West Java, Mount Jiuhua): no person's name
        // starts so.
        if words.count > 1, Self.placeOpeners.contains(words[0]) { return .place }
        if words.count == 1, Self.isCompoundOfWords(latin) { return Self.isPlaceCompound(latin) ? .place : .term }
        if words.contains(where: Self.isBrandSpelling) { return .org }
        // A middle initial is a person's (Michael J. Fox, not Fox the broadcaster).
        if words.count >= 3, words.dropFirst().dropLast().contains(where: Self.isInitial) { return .person }
        // What follows only a company: its analysts, officers, shares (摩根士丹利|分析师).
        let simplifiedAfter = ScriptFolding.simplified(after)
        if Self.companyFollowers.contains(where: simplifiedAfter.hasPrefix) { return .org }
        let lowered = latin.lowercased()
        if words.count == 1 {
            // What surrounds a one-word name says more than jieba's tag of it (华为 "nr").
            if Self.placeEndings.contains(where: { lowered.hasSuffix($0) && lowered.count >= $0.count + 3 }) { return .place }
            // A society's or a party's ending names one (乐施会 (Oxfam), 蒂萨党 (Tisza)); 社 ends
            // places too (榆社).
            if Self.lastCharacter(of: chinese).map({ $0 == "会" || $0 == "党" }) == true { return .org }
            // What reports is a news outlet (据彭博（Bloomberg）报道).
            if Self.reportingWords.contains(where: ScriptFolding.simplified(after).hasPrefix) { return .org }
            let simplifiedBefore = ScriptFolding.simplified(before)
            if Self.companyWords.contains(simplifiedBefore) || simplifiedBefore.hasSuffix("商")
                || Self.bodyWords.contains(where: simplifiedBefore.hasSuffix) { return .org }
            if Self.placeContext.contains(simplifiedBefore) { return .place }
        }
        let scalars = Array(chinese.unicodeScalars)
        let chineseWords = segmenter.words(in: chinese)
        // The class of the name's last word, if it is a word of several characters (single
        // characters of a transliteration say nothing).
        let lastClass = chineseWords.last.flatMap { word in
            word.count > 1 ? segmenter.lexicon.wordClass(of: Self.string(Array(scalars[word]))) : nil
        }
        switch lastClass {
        case .organisation: return .org
        case .person:
            // jieba files some agencies as people (彭博社); no name of a person ends so.
            return Self.lastCharacter(of: chinese).map(Self.agencyEnds.contains) == true ? .org : .person
        case .place where words.count == 1: return .place
        default: break
        }
        // A name that ends in an ordinary word names a thing: an institution by its ending
        // (半岛电视台), a place by its ending (黄岩岛), else a term (福克斯顿船闸, 会话完整性).
        // A surname and a given name that is also a word (孟|建国) are a person's, and so is a
        // name in parts (拉吉夫·比斯|瓦斯).
        if let lastWord = chineseWords.last, lastWord.count > 1,
           !(chineseWords.count == 2 && chineseWords[0].count == 1),
           !chinese.unicodeScalars.contains(where: { Self.isSeparator($0.value) }) {
            let text = Self.string(Array(scalars[lastWord]))
            if Self.titlesAfterNames.contains(ScriptFolding.simplified(text)) { return .person }
            if let kind = segmenter.lexicon.wordClass(of: text), kind != .person {
                if chinese.unicodeScalars.last?.isInstitutionEnd == true { return .org }
                if Self.endsAsPlace(chinese) { return .place }
                if kind == .word || kind == .verb, let cost = segmenter.lexicon.cost(of: text),
                   cost <= segmenter.lexicon.cost(ofCount: 100) {
                    return .term
                }
            }
        }
        if words.count >= 2 {
            // A title of a work or a brand reads as English words (Searching for Sugar Man,
            // Under Armour); a person's name holds none.
            return words.contains(where: Self.isEnglishGrammaticalWord) ? .term : .person
        }
        if Self.endsAsPlace(chinese) { return .place }
        let role = ScriptFolding.simplified(before).unicodeScalars
        if role.count >= 2, let end = role.last, Self.roleEndings.contains(String(end)) { return .person }
        if after.hasPrefix("说") || after.hasPrefix("說") { return .person }
        // A one-word name with nothing around it: a place if the Chinese is its
        // transliteration; translated (日誌 (Logbook), 女同志 (Lesbians)), a term.
        if isTranslation(chinese: chinese, of: latin) { return .term }
        return spelledForReaders ? .person : .place
    }

    /// An acronym alone names an organisation, unless its Chinese name is an agreement's
    /// (美墨加协定 (USMCA)) or ends in an ordinary word or a proper noun (jieba's class for
    /// products, diseases, substances) that is no institution's: a term (深度嗅探 (DPI),
    /// 聚氯乙烯 (PVC), 艾滋病病毒 (HIV)); not 慕尼黑大学 (LMU), 今天日报 (DNES), 盟总 (SCAP).
    func acronymType(chinese: String) -> TermType {
        let simplified = ScriptFolding.simplified(chinese)
        if (Self.agreementWords + Self.technicalNetworks).contains(where: simplified.hasSuffix) { return .term }
        if chinese.unicodeScalars.last?.isInstitutionEnd == true { return .org }
        let scalars = Array(chinese.unicodeScalars)
        guard let last = segmenter.words(in: chinese).last, last.count >= 2 else { return .org }
        let word = Self.string(Array(scalars[last]))
        let simplifiedWord = ScriptFolding.simplified(word)
        if Self.institutionKinds.contains(simplifiedWord) || Self.endsInInstitutionWord(simplifiedWord) { return .org }
        switch wordClass(of: word) {
        case .word?, .verb?, .properNoun?: return .term
        default: return .org
        }
    }

    /// Words that end an agreement's name (美墨加协定, 联合国海洋法公约), and a network's that is a
    /// technology, not a broadcaster (虚拟专用网 (VPN), 无线局域网 (WiFi)).
    static let agreementWords = ["协定", "条约", "公约", "协议"]
    static let technicalNetworks = ["局域网", "专用网", "互联网", "以太网", "物联网", "广域网", "城域网", "内联网", "因特网", "万维网"]

    /// Whether several words end in a place's word, the head of the name (Grand Union Canal,
    /// Barakah Nuclear Energy Plant); not Port Authority.
    static func isPlaceName(_ latin: String) -> Bool {
        let words = latin.split(separator: " ")
        return words.count > 1 && words.last.map { placeWords.contains(String($0)) } == true
    }

    /// Whether the Chinese side translates a one-word original rather than spelling its
    /// sound: its first character cannot start it (日 for Logbook, 女 for Lesbians), and not
    /// every character spells names (加特寇帕尔 (Ghatkopar) is a transliteration).
    func isTranslation(chinese: String, of latin: String) -> Bool {
        guard !isSpelledAsTransliteration(Array(chinese.unicodeScalars), characterByCharacter: true) else { return false }
        let onset = TransliterationOnset.initials(ofWord: latin[...])
        guard let first = chinese.unicodeScalars.first(where: { ScriptFolding.isHan($0.value) }), !onset.isEmpty else {
            return false
        }
        let initials = PinyinInitial.initials(of: first.value)
        return !initials.isEmpty && initials.isDisjoint(with: onset)
    }

    /// Whether a word alone joins words with a hyphen, the later ones lowercase (Sneaker-net,
    /// Zero-fill): a compound of the language, not a name (Gordon-Reed, al-Assad); beside
    /// other words, a Korean or Taiwanese given name (Kim Kye-gwan, Lai Ching-te).
    static func isCompoundOfWords(_ word: String) -> Bool {
        word.split(separator: "-").dropFirst().contains { $0.first?.isLowercase == true }
    }

    /// Whether a compound joins two capitalised names over lowercase particles, as French and
    /// English places do (Boulogne-sur-Mer, Stratford-upon-Avon, Aix-en-Provence).
    static func isPlaceCompound(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count >= 3 && parts.first?.first?.isUppercase == true && parts.last?.first?.isUppercase == true
            && parts.dropFirst().dropLast().allSatisfy { placeParticles.contains(String($0)) }
    }

    /// The lowercase words inside a compound place name.
    static let placeParticles: Set<String> = [
        "sur", "sous", "en", "le", "la", "les", "lès", "de", "du", "des", "upon", "on", "under", "by", "am", "an", "der",
        "im", "in", "ob", "bei",
    ]

    /// Whether a word is spelled as brands are, a capital inside after a lowercase letter
    /// (TikTok, CanSino, GoldenFrog); not as names are (McEwan, DuVernay, LeBron, O'Neill).
    static func isBrandSpelling(_ word: String) -> Bool {
        !namePrefixes.contains(where: word.hasPrefix) && innerCapitals(word[...]) > 0
    }

    /// How many capitals follow a lowercase letter inside a word (CzechInvest: 1).
    static func innerCapitals(_ word: Substring) -> Int {
        zip(word, word.dropFirst()).filter { $0.isLowercase && $1.isUppercase }.count
    }

    /// The starts of surnames written with a capital inside (McEwan, MacArthur, DeSantis).
    static let namePrefixes = ["Mc", "Mac", "Fitz", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von", "St"]

    /// Whether a word of a Latin original is an English grammatical word no person's name
    /// holds: lowercase (for, of, the) or a capitalised one that starts a title (The, Under).
    static func isEnglishGrammaticalWord(_ word: String) -> Bool {
        ["for", "of", "the", "and", "in", "on", "at", "with", "from", "to", "by", "a", "an", "into", "over", "under"]
            .contains(word) || ["The", "Of", "For", "And", "Under", "With", "From", "Into", "Over"].contains(word)
    }
}
