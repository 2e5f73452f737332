/// What the words around a hit in Latin script say about it: whether it is part of a longer
/// name ("Human Rights" in "Human Rights Watch"), a place inside another place's name (New
/// Mexico) or a surname (Denzel Washington), and whether a common noun is written as a name
/// (Yuan Ling). Sentence starts and headlines in title case are told apart, since every word
/// is capitalised there.
enum LatinNameContext {
    /// Words before a place's name that make another place of it (New Mexico, Northern
    /// Ireland, Inner Mongolia, Papua New Guinea, Central Asia), and the one after it
    /// (Mexico City, Kuwait City).
    static let placeQualifiers: Set<String> = [
        "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
        "Central", "Inner", "Outer", "Upper", "Lower", "Greater", "Equatorial",
    ]

    /// Whether a one-word place's hit is part of another place's name (see `placeQualifiers`).
    static func isInsideOtherPlace(start: Int, end: Int, in text: NormalisedText) -> Bool {
        func word(from first: Int, by step: Int) -> String {
            var values: [UInt32] = []
            var position = first
            while position >= 0, position < text.count, TermNormaliser.isSpacedWordCharacter(text.cased(at: position)) {
                values.append(text.cased(at: position))
                position += step
            }
            if step < 0 { values.reverse() }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: values.compactMap(Unicode.Scalar.init))
            return String(view)
        }
        if start >= 2, text.cased(at: start - 1) == 0x20, placeQualifiers.contains(word(from: start - 2, by: -1)) { return true }
        return end + 1 < text.count && text.cased(at: end) == 0x20 && word(from: end + 1, by: 1) == "City"
    }

    /// Whether a common noun's hit, capitalised in the text, is written as a name: before
    /// another capitalised word (Yuan Ling said, Coal India), or, for a word as short as a
    /// surname, anywhere inside a sentence (the Yuan dynasty, talks with Yuan); a longer
    /// one is the noun in a house style (the Eurozone). Not in a headline in title case
    /// (Coal Prices Soar).
    static func isWrittenAsName(start: Int, end: Int, in text: NormalisedText) -> Bool {
        let beforeName = end + 1 < text.count && text.cased(at: end) == 0x20 && isUppercase(text.cased(at: end + 1))
        guard beforeName || (end - start <= 4 && !startsSentence(at: start, in: text)) else { return false }
        return !isTitleCase(text)
    }

    /// Whether the capitalised word at `position` is a role, which names its holder's body
    /// without extending its name (Politburo Standing Committee Member Wang Huning).
    static func isRoleAfter(_ position: Int, in text: NormalisedText) -> Bool {
        rolesAfterNames.contains(word(startingAt: position, in: text).text)
    }

    static let rolesAfterNames: Set<String> = [
        "Member", "Members", "Chairman", "Chairwoman", "Chair", "Secretary", "Spokesman", "Spokeswoman",
        "Spokesperson", "Director", "Head", "Chief", "President", "Minister", "Deputy", "Vice", "Official",
        "Officials", "Leader", "Envoy", "Ambassador", "Adviser", "Advisor", "Commissioner", "Candidate",
    ]

    /// Whether a one-word place follows a capitalised word that makes it a surname or part of
    /// another name (Denzel Washington, Jack London, George Washington University, Air China).
    /// Not after the first word of a sentence (In London), an adjective of history or politics
    /// (Nazi Germany, Communist China), a possessive (Johnson's London) or an acronym (US
    /// Washington), nor in a headline written in title case, where every word is capitalised.
    static func followsAName(start: Int, in text: NormalisedText, allowingNationality: Bool = false) -> Bool {
        if followsAnAbbreviatedTitle(start: start, in: text) { return true }
        guard let (word, wordStart) = capitalisedWord(before: start, in: text),
              !placeAdjectives.contains(word), !capitalisedOpeners.contains(word) else { return false }
        if allowingNationality, isNationality(word) { return false }
        // The first word of a sentence is capitalised anyway: a name there (Jack London) cannot
        // be told from a word (Given China's…), so the mark stays.
        guard !startsSentence(at: wordStart, in: text) else { return false }
        return !isTitleCase(text)
    }

    /// Whether a courtesy title or rank written with a full stop stands right before `start`
    /// (Mr. Washington, Dr. Sydney Brenner, Sen. Paris): a name there is a person's, even at the
    /// start of a sentence. Not St. (St. Louis is a place).
    static func followsAnAbbreviatedTitle(start: Int, in text: NormalisedText) -> Bool {
        guard start >= 3, text.cased(at: start - 1) == 0x20, text.cased(at: start - 2) == 0x2E else { return false }
        return abbreviatedTitles.contains(abbreviation(endingAt: start - 2, in: text))
    }

    /// Titles written short with a full stop before a person's name: the courtesy titles and
    /// ranks `glossary extract` knows (Mr., Dr., Sen., Gen.) and a few more.
    static let abbreviatedTitles: Set<String> = NamePairFinder.honorifics.union(NamePairFinder.personTitles)
        .filter { $0.hasSuffix(".") }.union(["Gov.", "Sgt.", "Det.", "Insp.", "Supt.", "Pres."])

    /// The word that ends with the full stop at `stop`, the stop included (Mr., St.).
    private static func abbreviation(endingAt stop: Int, in text: NormalisedText) -> String {
        string(text, wordStart(endingAt: stop, in: text)..<(stop + 1))
    }

    /// Capitalised words before a place that leave it the place (Nazi Germany, Communist China),
    /// and the names of days and months.
    static let placeAdjectives: Set<String> = [
        "Nazi", "Communist", "Soviet", "Imperial", "Tsarist", "Modern", "Ancient", "Medieval", "Colonial",
        "Mainland", "Continental", "Brexit", "Occupied", "Free", "Red", "Independent", "Republican", "Democratic",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Grammatical words written capitalised only where a sentence or a heading starts, after a
    /// bracket or a quotation too: what follows them is not part of a longer name (That Congress…).
    static let capitalisedOpeners: Set<String> = [
        "The", "This", "That", "These", "Those", "An", "Its", "Their", "Our", "His", "Her", "In", "At", "On", "For",
        "From", "With", "By", "As", "But", "And", "So", "If", "When", "While", "Since", "After", "Before", "Under",
        "Over", "Into", "Only", "Even", "Both", "Every", "Each", "Some", "Many", "Most", "No", "What", "Which",
    ]

    /// Whether a person's name of one word (a surname: Xi, Biden) is here part of another
    /// person's full name: after a capitalised word that is no title (Li Xi, Hunter Biden; at
    /// a sentence's start only in a speaker's label, Ian Johnson:), or
    /// before one that is no word for what the person leads (Xi Mingze; not the Biden
    /// Administration). Titles, sentence starts and headlines in title case leave it marked.
    static func isAnotherPersonsName(start: Int, end: Int, in text: NormalisedText) -> Bool {
        guard !isTitleCase(text) else { return false }
        if let (word, wordStart) = capitalisedWord(before: start, in: text),
           !NamePairFinder.personTitles.contains(word), !NamePairFinder.honorifics.contains(word),
           !capitalisedOpeners.contains(word), !placeAdjectives.contains(word),
           !startsSentence(at: wordStart, in: text) || isSpeakersLabel(end: end, in: text) {
            return true
        }
        guard end + 1 < text.count, text.cased(at: end) == 0x20, isUppercase(text.cased(at: end + 1)) else { return false }
        let (word, wordEnd) = self.word(startingAt: end + 1, in: text)
        return wordEnd - end - 1 >= 2 && isLowercase(text.cased(at: wordEnd - 1)) && !wordsAfterALeader.contains(word)
            && !rolesAfterNames.contains(word) && !capitalisedOpeners.contains(word)
    }

    /// Whether a colon follows the name: a speaker's label in an interview ("Ian Johnson: You
    /// spent…"), where the word before the surname is the speaker's given name even at the
    /// start of a paragraph.
    static func isSpeakersLabel(end: Int, in text: NormalisedText) -> Bool {
        end < text.count && (text.cased(at: end) == 0x3A || text.cased(at: end) == 0xFF1A)
    }

    /// Capitalised words after a leader's name that name what the leader leads or stands for.
    static let wordsAfterALeader: Set<String> = [
        "Administration", "Government", "Regime", "Doctrine", "Era", "Thought", "Tower", "Campaign", "Presidency",
        "Cabinet", "Team", "White", "House", "State",
    ]

    /// The text of `range` in the cased column.
    private static func string(_ text: NormalisedText, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.cased(range).compactMap(Unicode.Scalar.init))
        return String(view)
    }

    /// Where the word of a spaced script that ends at `end` starts (`end` when none does).
    private static func wordStart(endingAt end: Int, in text: NormalisedText) -> Int {
        var start = end
        while start > 0, TermNormaliser.isSpacedWordCharacter(text.cased(at: start - 1)) { start -= 1 }
        return start
    }

    /// The word of a spaced script starting at `position`, and where it ends.
    private static func word(startingAt position: Int, in text: NormalisedText) -> (text: String, end: Int) {
        var end = position
        while end < text.count, TermNormaliser.isSpacedWordCharacter(text.cased(at: end)) { end += 1 }
        return (string(text, position..<end), end)
    }

    /// The word one space before `start` when it is written in title case (at least two
    /// letters, the first capital, the last lowercase: not an acronym or a possessive), and
    /// where it starts.
    private static func capitalisedWord(before start: Int, in text: NormalisedText) -> (text: String, start: Int)? {
        guard start >= 3, text.cased(at: start - 1) == 0x20 else { return nil }
        let wordStart = wordStart(endingAt: start - 1, in: text)
        guard start - 1 - wordStart >= 2, isUppercase(text.cased(at: wordStart)), isLowercase(text.cased(at: start - 2)) else {
            return nil
        }
        return (string(text, wordStart..<(start - 1)), wordStart)
    }

    /// Whether a capitalised word reads as a nationality (Peruvian, Japanese, British, Israeli,
    /// French): an organisation after it is that country's (the Peruvian Congress).
    static func isNationality(_ word: String) -> Bool {
        ["an", "ese", "ish", "i", "ch"].contains(where: word.hasSuffix) || otherNationalities.contains(word)
    }

    private static let otherNationalities: Set<String> = ["Greek", "Swiss", "Thai", "Philippine", "Czech", "Argentine"]

    /// Whether the word at `wordStart` is the first of the text or of a sentence.
    static func startsSentence(at wordStart: Int, in text: NormalisedText) -> Bool {
        var before = wordStart - 1
        while before >= 0, text.cased(at: before) == 0x20 { before -= 1 }
        guard before >= 0 else { return true }
        // The full stop of an abbreviation ends no sentence (St. Louis, Mr. Xi).
        if text.cased(at: before) == 0x2E, case let word = abbreviation(endingAt: before, in: text),
           word == "St." || abbreviatedTitles.contains(word) {
            return false
        }
        switch text.cased(at: before) {
        case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x3A, 0x28, 0x2D, 0x2013, 0x2014, 0x201C, 0x2018, 0x3002, 0xFF1A: return true
        default: return false
        }
    }

    /// Whether most words of four letters or more are capitalised, with at least three
    /// capitalised words in all: a headline or a title in title case (Coal Prices Soar, To
    /// Change China). Two capitalised words alone are a name more often than a headline: a
    /// speaker's label in an interview ("Yuan Ling:"), a byline or a caption's credit.
    static func isTitleCase(_ text: NormalisedText) -> Bool {
        var (long, capitalisedLong, capitalised) = (0, 0, 0)
        var position = 0
        while position < text.count {
            guard TermNormaliser.isSpacedWordCharacter(text.cased(at: position)) else {
                position += 1
                continue
            }
            let first = text.cased(at: position)
            var end = position
            while end < text.count, TermNormaliser.isSpacedWordCharacter(text.cased(at: end)) { end += 1 }
            if isUppercase(first) { capitalised += 1 }
            if end - position >= 4 {
                long += 1
                if isUppercase(first) { capitalisedLong += 1 }
            }
            position = end
        }
        return long >= 2 && capitalised >= 3 && capitalisedLong * 5 >= long * 4
    }

    /// Whether "Jr" follows a person's name (Donald Trump Jr., Martin Luther King, Jr.): the
    /// name is then the son's, another person.
    static func isFollowedByJunior(end: Int, in text: NormalisedText) -> Bool {
        var position = end
        if position < text.count, text.cased(at: position) == 0x2C { position += 1 }
        guard position < text.count, text.cased(at: position) == 0x20 else { return false }
        let (word, _) = self.word(startingAt: position + 1, in: text)
        return word == "Jr"
    }

    /// Whether the words around a hit — up to two on each side, at least two in all — are
    /// all written in capitals (LET US GO TO, WHO KNEW THE): a headline in capitals, where an
    /// acronym and a word spelled like it look the same. One acronym beside another in a
    /// sentence is no headline ("US GDP is now…").
    static func isInCapitals(start: Int, end: Int, in text: NormalisedText) -> Bool {
        var words: [Range<Int>] = []
        var position = start
        for _ in 0..<2 {
            while position > 0, [0x20, 0x2D].contains(text.cased(at: position - 1)) { position -= 1 }
            let wordStart = wordStart(endingAt: position, in: text)
            guard wordStart < position else { break }
            words.append(wordStart..<position)
            position = wordStart
        }
        position = end
        for _ in 0..<2 {
            while position < text.count, [0x20, 0x2D].contains(text.cased(at: position)) { position += 1 }
            let wordEnd = word(startingAt: position, in: text).end
            guard wordEnd > position else { break }
            words.append(position..<wordEnd)
            position = wordEnd
        }
        return words.count >= 2 && words.allSatisfy { word in
            word.contains { isUppercase(text.cased(at: $0)) } && !word.contains { isLowercase(text.cased(at: $0)) }
        }
    }

    static func isUppercase(_ value: UInt32) -> Bool { Unicode.Scalar(value)?.properties.isUppercase ?? false }
    static func isLowercase(_ value: UInt32) -> Bool { Unicode.Scalar(value)?.properties.isLowercase ?? false }

    /// Whether a hit written as a name (every word capitalised) has a capitalised word right
    /// after it, or one right before it that does not start a sentence: it is then part of
    /// a longer name ("Human Rights Watch", "the Liberal Democratic Party").
    static func isInsideLongerName(start: Int, end: Int, in text: NormalisedText) -> Bool {
        var position = start
        while position < end {
            guard isUppercase(text.cased(at: position)) else { return false }
            while position < end, text.cased(at: position) != 0x20 { position += 1 }
            position += 1
        }
        if end + 1 < text.count, text.cased(at: end) == 0x20, isUppercase(text.cased(at: end + 1)), !isRoleAfter(end + 1, in: text) {
            return true
        }
        // The word before: capitalised in title case (not an acronym such as "US").
        guard start >= 2, text.cased(at: start - 1) == 0x20 else { return false }
        var wordStart = start - 1
        while wordStart > 0, text.cased(at: wordStart - 1) != 0x20, TermNormaliser.isSpacedWordCharacter(text.cased(at: wordStart - 1)) {
            wordStart -= 1
        }
        guard wordStart < start - 2, isUppercase(text.cased(at: wordStart)), isLowercase(text.cased(at: wordStart + 1)) else { return false }
        // An article is no part of the name (The Washington Post).
        if start - 1 - wordStart == 3, text.cased(wordStart..<(start - 1)).elementsEqual([0x54, 0x68, 0x65]) { return false }
        // Not the first word of a sentence: something other than an end mark stands before it.
        var before = wordStart - 1
        while before >= 0, text.cased(at: before) == 0x20 { before -= 1 }
        guard before >= 0 else { return false }
        switch text.cased(at: before) {
        case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x3A, 0x28, 0x2D, 0x2014, 0x3002: return false
        default: return TermNormaliser.isSpacedWordCharacter(text.cased(at: before)) || text.cased(at: before) == 0x2C
        }
    }
}
