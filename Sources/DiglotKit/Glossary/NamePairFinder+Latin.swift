/// The Latin side of a pair: a name in the bracket, or the capitalised words before a
/// bracketed Chinese name, without courtesy titles, English titles or notes.
extension NamePairFinder {
    /// Small words that may stand inside a name: a person's particles (Ursula von der Leyen,
    /// José Eduardo dos Santos) and the words that join an institution's (Bank of England).
    static let particles: Set<String> = nameParticles.union(["of", "and", "the", "for", "on", "in", "at", "to", "des", "am", "&"])

    /// The text as a Latin-script name: one to eight words, the first and last capitalised
    /// (or the last a generic noun, see `genericHeads`), letters and name punctuation only;
    /// nil otherwise.
    static func latinName(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count <= 60 else { return nil }
        for scalar in scalars {
            let value = scalar.value
            let allowed = isLatinLetter(value) || value == 0x20 || value == 0x2E || value == 0x27 || value == 0x2019
                || value == 0x2D || value == 0x26 || (0x30...0x39).contains(value)
            guard allowed else { return nil }
        }
        var words = string(scalars).split(separator: " ")
        // Digits only inside a word that starts with a capital (G7, COVID-19, MH370), not as
        // words of their own (Windows 10).
        guard words.allSatisfy({ word in !word.contains(where: \.isNumber) || word.first?.isUppercase == true }) else { return nil }
        // A courtesy title or an office is not part of the name (Dr. Anthony Fauci, Senator JD
        // Vance); the Chinese leaves out its own (范斯|参议员).
        if words.count > 2, honorifics.contains(String(words[0])) || officesBeforeNames.contains(String(words[0])),
           isCapitalised(words[1]) {
            words.removeFirst()
        }
        guard (1...8).contains(words.count), let first = words.first, let last = words.last, isCapitalised(first) else { return nil }
        // A name may end in a generic noun written lowercase (Pacific Light Cable network,
        // African National Congress party) after at least two capitalised words.
        let lowercaseHead = !isCapitalised(last) && words.count >= 3 && genericHeads.contains(String(last))
            && isCapitalised(words[words.count - 2])
        guard isCapitalised(last) || lowercaseHead else { return nil }
        for word in words.dropLast() where !isCapitalised(word) && !particles.contains(String(word)) { return nil }
        return words.joined(separator: " ")
    }

    /// Conjunctions and the like that open a sentence before a name (Both, But, While).
    static let sentenceOpeners: Set<String> = [
        "Both", "But", "And", "Or", "Yet", "So", "While", "When", "Whereas", "After", "Before", "Unlike", "Including",
        "Despite", "As", "If", "Although", "Though", "Because", "Since", "Meanwhile", "Even", "Also", "Then", "Until",
        "Unless", "Whether", "Once", "Where", "Neither", "Either",
        // Prepositions no brand starts with (In Shenzhen (深圳), From Beijing; not Under Armour, On Running).
        "In", "At", "From", "Across", "Inside", "Outside", "Near", "Through", "During", "Among", "Between", "Against",
        "Without", "Into", "Within", "Around", "Beyond", "Behind", "Toward", "Towards", "Via",
    ]

    /// Words that open a sentence and go on with "to" (According to, Thanks to).
    static let wordsBeforeTo: Set<String> = ["According", "Thanks", "Due", "Next", "Close", "Prior", "Compared", "Contrary"]

    /// Words that open a sentence and go on with "of": people of a place or a body, and
    /// quantities (Critics of Oklahoma City, Residents of Guam, Many of …). Names that start
    /// so (Friends of the Earth, Sisters of Mercy, Veterans of Foreign Wars) use other words.
    static let wordsBeforeOf: Set<String> = [
        "Critics", "Supporters", "Opponents", "Residents", "Members", "Officials", "Fans", "Leaders", "Citizens",
        "Students", "Researchers", "Scientists", "Experts", "Analysts", "Investors", "Shareholders", "Employees",
        "Users", "Customers", "Voters", "Victims", "Families", "Relatives", "Parents", "Lawyers", "Representatives",
        "Delegates", "Executives", "Staff", "Leaks", "Reports", "Photos", "Images", "Videos", "Copies", "Details",
        "Many", "Some", "Most", "None", "All", "Each", "Several", "Few", "Thousands", "Hundreds", "Millions",
        "Dozens", "Part", "Parts", "Much", "One", "Two", "Three", "Half", "Others",
        "Police", "Protesters", "Demonstrators", "Authorities", "Workers", "People", "Doctors", "Officers", "Troops",
        "Soldiers", "Farmers", "Reporters", "Journalists", "Activists", "Teachers", "Locals", "Businesses",
        "Companies", "Schools", "Hospitals", "Prices", "Cases", "Deaths", "Factories", "Villagers",
    ]

    /// Whether the word at `position` opens the text or a sentence: before it, after spaces,
    /// is nothing, or a full stop, question or exclamation mark, or an opening quote.
    static func startsSentence(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = position - 1
        while before >= 0, scalars[before].properties.isWhitespace { before -= 1 }
        guard before >= 0 else { return true }
        return [0x2E, 0x21, 0x3F, 0x22, 0x201C, 0x2018, 0x3002, 0xFF01, 0xFF1F].contains(scalars[before].value)
    }

    /// Particles that stand inside an organisation's name but not a person's.
    static let sentencePrepositions: Set<String> = ["to", "on", "in", "at"]

    /// Generic nouns that end a name even when written lowercase.
    static let genericHeads: Set<String> = [
        "party", "network", "project", "programme", "program", "plant", "company", "group", "movement", "campaign",
        "agency", "council", "committee", "foundation", "institute", "university", "bank", "fund", "act", "law",
    ]

    /// Courtesy titles that may stand before a name in the bracket.
    static let honorifics: Set<String> = [
        "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Prof", "Rev.", "Mme.", "Mme", "Messrs",
    ]

    /// The bracket's text up to its first comma or semicolon when a note in Chinese follows,
    /// white space trimmed: the name in (Dominic Raab，又译蓝韬文) or (Li Xiaoyu, 音译); nil for
    /// a list (IMAP、POP3) or a second original (Free and Open Source, FOSS).
    ///
    /// An organisation's name followed by its acronym is the name too (Australian Strategic
    /// Policy Institute, ASPI); other words followed by one are not.
    static func firstClause(of inner: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let end = inner.firstIndex(where: { [0x2C, 0xFF0C, 0x3B, 0xFF1B].contains($0.value) }) else { return nil }
        var clause = inner[..<end]
        while let last = clause.last, last.properties.isWhitespace { clause = clause.dropLast() }
        if inner[end...].contains(where: { ScriptFolding.isHan($0.value) }) { return Array(clause) }
        let rest = string(Array(inner[(end + 1)...])).trimmingCharacters(in: .whitespaces)
        guard isAcronym(rest[...]), let name = latinName(Array(clause)), name.contains(" "),
              name.split(separator: " ").contains(where: { orgWords.contains(String($0)) }) else { return nil }
        return Array(clause)
    }

    /// The capitalised words just before `end` (an English name before its Chinese form),
    /// and where they start.
    static func latinName(endingAt end: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
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
        // A particle, a courtesy title or an article opening a sentence is no part of the name
        // (The Cyberspace Administration of China).
        while let first = words.first, particles.contains(first) || (words.count > 1 && (honorifics.contains(first) || first == "The")) {
            words.removeFirst()
        }
        // A word that opens the sentence is the sentence's, not the name's, when it is a
        // conjunction or the like (Both Ray Romano), a word that goes on with "to"
        // (According to Xinhua, Speaking to Xinhua) or one that goes on with "of" for the
        // people or a part of what follows (Critics of Oklahoma City).
        if words.count >= 2, startsSentence(at: start, in: scalars) {
            if sentenceOpeners.contains(words[0]) {
                start += words[0].unicodeScalars.count + 1
                words.removeFirst()
            } else if words.count >= 3, words[1] == "to", wordsBeforeTo.contains(words[0])
                        || (words[0].hasSuffix("ing") && words[0].count >= 7) {
                start += words[0].unicodeScalars.count + words[1].unicodeScalars.count + 2
                words.removeFirst(2)
            } else if words.count >= 3, ["of", "in", "at", "from"].contains(words[1]), wordsBeforeOf.contains(words[0]) {
                // Critics of Oklahoma City, Officials in Xinjiang: the people, not the name.
                start += words[0].unicodeScalars.count + words[1].unicodeScalars.count + 2
                words.removeFirst(2)
                while let first = words.first, words.count > 1, first == "the" || first == "The" {
                    start += first.unicodeScalars.count + 1
                    words.removeFirst()
                }
            }
        }
        // A preposition no person's name holds ends the words before it: they are the
        // sentence's (Speaking to Zhao Lijian). An organisation's name may hold one.
        if !words.contains(where: orgWords.contains), let cut = words.lastIndex(where: sentencePrepositions.contains),
           words.count - cut > 2 {
            start += words[...cut].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            words.removeFirst(cut + 1)
        }
        // A possessive is the sentence's (President Chen Shui-bian's (陳水扁) term).
        if let last = words.last, last.count > 3, last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") {
            words[words.count - 1] = String(last.dropLast(2))
        }
        guard !words.isEmpty else { return nil }
        return (withoutTitle(words).joined(separator: " "), start)
    }

    /// The romanised Chinese name that ends `latin` when the bracketed Chinese after it is a
    /// Chinese person's name (a surname and one to three characters): the words before it
    /// are the office's (Minister of Health and Welfare Chen Shih-chung (陳時中), Interior
    /// Chen Tsung-yen, NTU Lin Ming-jen). The name is the last two words when they are the
    /// characters' pinyin (Xi Jinping), a surname that fits the first character before a
    /// hyphened given name (Chen Shih-chung), or, after an institution's or an office's word,
    /// a given name and a surname that fits (Foreign Affairs Joseph Wu). Otherwise `latin`
    /// as it is: Lee Hsien Loong is three words.
    static func romanisedChineseName(endingWith latin: String, chinese: [Unicode.Scalar]) -> String {
        let words = latin.split(separator: " ")
        guard words.count >= 3, (2...4).contains(chinese.count), chinese.allSatisfy({ ScriptFolding.isHan($0.value) }),
              ChineseSurnames.contains(ScriptFolding.simplified(chinese[0].value)) else { return latin }
        let name = words.suffix(2).joined(separator: " ")
        func fitsSurname(_ word: Substring) -> Bool {
            isCapitalised(word) && TransliterationOnset.fits(chinese[0], TransliterationOnset.initials(ofWord: word))
        }
        if PinyinSyllable.isPinyin(name, of: chinese[...]) || (hasHyphenedGivenName(name) && fitsSurname(words[words.count - 2])) {
            return name
        }
        let before = String(words[words.count - 3])
        if fitsSurname(words[words.count - 1]), isCapitalised(words[words.count - 2]),
           !words[words.count - 2].contains("-"), orgWords.contains(before) || officeWords.contains(before)
            || personTitles.contains(before) || isAcronym(before[...]) {
            return name
        }
        return latin
    }

    /// The last words of the offices a minister holds (Foreign Affairs, the Interior, Health
    /// and Welfare), which end the title before the minister's name.
    static let officeWords: Set<String> = [
        "Affairs", "Interior", "Defense", "Defence", "Health", "Welfare", "Finance", "Justice", "Education",
        "Culture", "Labor", "Labour", "Economy", "Transportation", "Communications", "Agriculture", "Environment",
        "Development", "Security", "Trade", "Industry", "Energy", "Technology", "Science", "Tourism", "Sports",
    ]

    /// A person's name in English without the title before it: the words after the last
    /// title word (President Xi Jinping → Xi Jinping, Hong Kong Chief Executive Carrie Lam →
    /// Carrie Lam), or the last two words when the title goes on with "of" (Secretary of State
    /// Mike Pompeo → Mike Pompeo; Taipei City Councilor William Hsu → William Hsu). An
    /// organisation's name is left whole: one with an institution's word after its last
    /// title word, if any.
    static func withoutTitle(_ words: [String]) -> [String] {
        var lastTitle: Int?
        for (index, word) in words.enumerated().dropLast() {
            if personTitles.contains(word) || (word == "Executive" && index > 0 && words[index - 1] == "Chief") {
                lastTitle = index
            }
        }
        guard let lastTitle, !words[(lastTitle + 1)...].contains(where: orgWords.contains) else { return words }
        let rest = Array(words[(lastTitle + 1)...])
        guard rest.first != "of" else { return rest.count > 2 ? Array(rest.suffix(2)) : words }
        return rest
    }

    /// Words of titles and offices that stand before a person's name in English. Royal titles
    /// are not among them: the Chinese keeps them (哈里王子 (Prince Harry)).
    static let personTitles: Set<String> = [
        "President", "Vice-President", "Premier", "Minister", "Secretary", "Senator", "Sen.", "Representative",
        "Rep.", "Congressman", "Congresswoman", "Governor", "Mayor", "Chancellor", "Ambassador", "Envoy", "Spokesman",
        "Spokeswoman", "Spokesperson", "Commissioner", "Chairman", "Chairwoman", "Director", "Director-General",
        "Professor", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Adm.", "Admiral", "Col.", "Lt.", "Capt.", "Leader",
        "Lawmaker", "Legislator", "Judge", "CEO", "Founder", "Editor", "Dean", "Councilor", "Councillor", "Speaker",
        "Magistrate", "Prosecutor",
        // Roles written before a name, capitalised when they open a sentence (Activist Joshua Wong).
        "Activist", "Dissident", "Lawyer", "Artist", "Writer", "Author", "Journalist", "Reporter", "Scholar",
        "Historian", "Analyst", "Singer", "Actor", "Actress", "Businessman", "Businesswoman", "Billionaire", "Tycoon",
        "Entrepreneur", "Novelist", "Poet", "Filmmaker", "Director-general", "Researcher", "Scientist", "Student",
    ]

    /// Offices written before a person's name in a bracket as in running text (Senator JD
    /// Vance, Archbishop Antonio Riberi); not Premier (Premier League) or roles of work.
    static let officesBeforeNames: Set<String> = [
        "President", "Vice-President", "Minister", "Secretary", "Senator", "Sen.", "Representative", "Rep.",
        "Congressman", "Congresswoman", "Governor", "Mayor", "Chancellor", "Ambassador", "Commissioner", "Chairman",
        "Chairwoman", "Professor", "Judge", "Gen.", "General", "Adm.", "Admiral", "Col.", "Colonel", "Archbishop",
        "Bishop", "Cardinal",
    ]

    /// Capitalised, or a name with a lowercase prefix (al-Assad, el-Qaddafi, McKenzie).
    static func isCapitalised(_ word: Substring) -> Bool {
        word.split(separator: "-").contains { part in part.unicodeScalars.first?.properties.isUppercase ?? false }
            && word.unicodeScalars.first.map { isLatinLetter($0.value) } ?? false
    }

    /// A letter of the Latin script, accented ones included.
    static func isLatinLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true
        default: false
        }
    }
}
