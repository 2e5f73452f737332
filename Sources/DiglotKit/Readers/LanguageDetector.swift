import Foundation

/// Guesses the source language from text when the user did not give one (`--from`).
///
/// Script first: Han, kana, Hangul, Cyrillic, Arabic, Hebrew, Greek, Thai, Latin. Chinese is
/// told apart as `zh-Hans` or `zh-Hant` by counting characters that exist in only one of the
/// scripts; a text without any such character stays `zh`. Latin-script text is matched
/// against the function words and letters of a few common languages, with English as the
/// default (`LatinLanguage`).
enum LanguageDetector {
    /// Only this many scalars are looked at; the start of an article is enough.
    static let sampleLimit = 40_000

    static func detect<Texts: Sequence>(in texts: Texts) -> LanguageTag where Texts.Element == String {
        var counts = ScriptCounts()
        var latinSample = ""
        for text in texts {
            var contiguous = text
            // Decoded from the UTF-8 in place: a String.UnicodeScalarView walk costs more than the counting.
            contiguous.withUTF8 { bytes in
                let limit = sampleLimit
                var offset = 0
                while offset < bytes.count, counts.total < limit {
                    // ASCII, most of a Latin-script text, counted without decoding.
                    let byte = bytes[offset]
                    if byte < 0x80 {
                        counts.total += 1
                        if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { counts.latin += 1 }
                        offset += 1
                        continue
                    }
                    let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                    counts.add(Unicode.Scalar(value) ?? "\u{FFFD}")
                    offset += length
                }
            }
            if latinSample.utf8.count < 8_000 {
                latinSample += " "
                latinSample += text
            }
            if counts.total >= sampleLimit { break }
        }
        return counts.language(latinSample: latinSample)
    }

    static func detect(in text: String) -> LanguageTag { detect(in: [text]) }

    /// Combines the detected language with one the file declares (`<html lang>`, feed `<language>`).
    ///
    /// Script detection is trusted over a declaration for non-Latin scripts (feeds declare `en`
    /// on Chinese text) and for the Chinese script subtag; a declaration is trusted over the
    /// function-word guess between Latin-script languages, except a declared English on text
    /// that reads as another language (a software default).
    static func resolve(detected: LanguageTag, declared: LanguageTag?) -> LanguageTag {
        guard let declared, declared.primary != "und", declared.primary != "mul" else { return detected }
        let latinGuesses: Set<String> = ["en", "fr", "de", "es", "pt", "it", "nl"]
        if detected.primary == "zh", declared.primary == "zh" {
            return detected.rawValue == "zh" ? declared : detected
        }
        // Feeds and pages often keep their software's default `en`: a text whose words and
        // letters are another Latin-script language's is that language.
        if latinGuesses.contains(detected.primary), detected.primary != "en", declared.primary == "en" { return detected }
        if latinGuesses.contains(detected.primary), !["zh", "ja", "ko", "ru", "uk", "ar", "fa", "he", "el", "th"].contains(declared.primary) {
            return declared
        }
        return detected
    }

    private struct ScriptCounts {
        var han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0
        var simplified = 0, traditional = 0, persianLetters = 0, ukrainianLetters = 0
        var total = 0
        /// The shared bitmaps, fetched once per detection rather than once per Han character.
        private let simplifiedOnly = Self.simplifiedOnly
        private let traditionalOnly = Self.traditionalOnly

        @inline(__always)
        mutating func add(_ scalar: Unicode.Scalar) {
            total += 1
            let value = scalar.value
            if value < 0x80 {
                if (value | 0x20) >= 0x61, (value | 0x20) <= 0x7A { latin += 1 }
            } else if ScriptClass.isHan(scalar) {
                han += 1
                if simplifiedOnly.contains(scalar) { simplified += 1 }
                else if traditionalOnly.contains(scalar) { traditional += 1 }
            } else if ScriptClass.isKana(scalar) { kana += 1 }
            else if ScriptClass.isHangul(scalar) { hangul += 1 }
            else if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0xC0...0x24F).contains(value) { latin += 1 }
            else if (0x400...0x4FF).contains(value) {
                cyrillic += 1
                if value == 0x456 || value == 0x457 || value == 0x454 || value == 0x491 { ukrainianLetters += 1 }
            } else if (0x600...0x6FF).contains(value) {
                arabic += 1
                if value == 0x67E || value == 0x686 || value == 0x698 || value == 0x6AF || value == 0x6CC { persianLetters += 1 }
            } else if (0x590...0x5FF).contains(value) { hebrew += 1 }
            else if (0x370...0x3FF).contains(value) { greek += 1 }
            else if (0xE00...0xE7F).contains(value) { thai += 1 }
        }

        static let simplifiedOnly = HanBitmap(ChineseScript.simplifiedOnly)
        static let traditionalOnly = HanBitmap(ChineseScript.traditionalOnly)

        func language(latinSample: String) -> LanguageTag {
            // A Han character carries about as much text as a short Latin word.
            let latinWords = latin / 4
            let scores: [(String, Int)] = [
                ("han", han + kana), ("ko", hangul), ("latin", latinWords), ("cyrillic", cyrillic / 4),
                ("arabic", arabic / 4), ("he", hebrew / 4), ("el", greek / 4), ("th", thai / 3),
            ]
            guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return "und" }
            switch best.0 {
            case "han":
                if kana * 10 >= han + kana, kana > 0 { return "ja" }
                if simplified == 0 && traditional == 0 { return "zh" }
                return traditional > simplified ? "zh-Hant" : "zh-Hans"
            case "cyrillic": return ukrainianLetters > 0 ? "uk" : "ru"
            case "arabic": return persianLetters > 0 ? "fa" : "ar"
            case "latin": return LatinLanguage.guess(latinSample)
            default: return LanguageTag(best.0) ?? "und"
            }
        }
    }
}

/// Function-word and letter voting between common Latin-script languages.
///
/// Each function word of the sample votes for the languages it belongs to; each letter only
/// some of these languages write (ã õ ç ñ ß ä ö ü è ê ì ò œ …) votes too, so a short Portuguese
/// headline ("Governo anuncia ajuda às famílias") is told from English by "às" and "í" where
/// it has few function words. English is the answer without evidence for another language.
enum LatinLanguage {
    static let functionWords: [(String, Set<String>)] = [
        ("en", ["the", "a", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "he", "by", "this", "are",
                "from", "at", "be", "have", "has", "not", "but", "they", "his", "her", "an", "or", "which", "will", "would",
                "their", "were", "been", "said", "its", "who", "we", "you", "after", "about", "more", "than", "into", "also"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "du", "que", "dans", "pour", "qui", "pas", "au", "sur", "il",
                "avec", "de", "ce", "cette", "sont", "aux", "par", "mais", "ont", "ses", "son", "leur", "été", "être", "plus",
                "nous", "vous", "ils", "elle", "qu", "ne", "selon", "après", "aussi", "entre"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "ein", "zu", "den", "mit", "sich", "auf", "dem", "eine", "auch",
                "von", "des", "im", "für", "wird", "sind", "wurde", "dass", "einen", "bei", "nach", "aus", "wie", "oder",
                "aber", "hat", "noch", "werden", "über", "einer", "zum", "zur", "vor"]),
        ("es", ["el", "la", "de", "que", "y", "los", "las", "en", "por", "con", "una", "para", "es", "del", "se", "como",
                "al", "su", "lo", "más", "pero", "sus", "fue", "este", "esta", "ha", "sobre", "también", "hasta", "desde",
                "está", "son", "según", "tras", "entre", "muy"]),
        ("pt", ["o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das",
                "no", "na", "por", "mais", "se", "ao", "às", "foi", "ser", "são", "pelo", "pela", "seu", "sua", "também",
                "nos", "nas", "já", "está", "ele", "como", "entre", "após", "segundo"]),
        ("it", ["il", "di", "che", "e", "la", "per", "un", "non", "sono", "del", "della", "con", "gli", "una", "anche",
                "è", "nel", "nella", "alla", "si", "da", "dei", "delle", "ma", "più", "lo", "ha", "al", "come", "questo",
                "stato", "dopo", "tra"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "ook", "die",
                "aan", "er", "maar", "om", "door", "naar", "bij", "wordt", "werd", "uit", "dan", "nog", "heeft", "hij",
                "ze", "zich", "worden"]),
    ]

    /// Letters that only some of the languages write, each with the languages it votes for.
    /// English writes none of them (loanwords aside: "café" is one letter against many words).
    static let distinctiveLetters: [Unicode.Scalar: [String]] = [
        "ã": ["pt"], "õ": ["pt"], "ç": ["pt", "fr"], "ñ": ["es"], "¿": ["es"], "¡": ["es"], "ß": ["de"], "ä": ["de"],
        "ö": ["de"], "ü": ["de"], "œ": ["fr"], "ê": ["fr", "pt"], "î": ["fr"], "ï": ["fr", "nl"], "û": ["fr"],
        "ë": ["fr", "nl"], "è": ["fr", "it"], "à": ["fr", "pt", "it"], "ù": ["fr", "it"], "ì": ["it"], "ò": ["it"],
        "â": ["fr", "pt"], "ô": ["fr", "pt"], "á": ["es", "pt"], "í": ["es", "pt"], "ó": ["es", "pt"], "ú": ["es", "pt"],
        "é": ["fr", "es", "pt", "it"],
    ]

    /// Votes a language needs, words and letters together, to be chosen over English.
    static let minimumVotes = 2

    /// The distinctive letters of the sample (NFC, lowercase, as `guess` sees it), as votes per
    /// language in `functionWords` order.
    static func letterVotes(_ lowered: String) -> [Int] {
        var votes = [Int](repeating: 0, count: functionWords.count)
        var seen = 0
        for scalar in lowered.unicodeScalars {
            guard scalar.value >= 0xA1 else { continue }
            seen += 1
            if seen > letterLimit { break }
            guard let languages = distinctiveLetters[scalar] else { continue }
            for language in languages { if let index = languageIndex[language] { votes[index] += 1 } }
        }
        return votes
    }

    /// Non-ASCII scalars looked at for letter votes.
    static let letterLimit = 4_000

    static let languageIndex: [String: Int] = Dictionary(uniqueKeysWithValues: functionWords.enumerated().map { ($0.element.0, $0.offset) })

    /// The language with the most votes (word and letter votes added); a tie goes to the code
    /// first in alphabetical order; English when no language has `minimumVotes`, or English wins.
    static func decide(wordVotes: [Int], letterVotes: [Int]) -> LanguageTag {
        var best: (language: String, votes: Int)?
        for (index, (language, _)) in functionWords.enumerated() {
            let votes = wordVotes[index] + letterVotes[index]
            guard votes > 0 else { continue }
            if let current = best, current.votes > votes || (current.votes == votes && current.language < language) { continue }
            best = (language, votes)
        }
        guard let best, best.votes >= minimumVotes else { return "en" }
        return LanguageTag(best.language) ?? "en"
    }

    /// Languages whose function words include the word, in `functionWords` order.
    static let languagesByWord: [String: [String]] = {
        var languages: [String: [String]] = [:]
        for (language, words) in functionWords {
            for word in words { languages[word, default: []].append(language) }
        }
        return languages
    }()

    static let longestFunctionWord = functionWords.flatMap(\.1).map(\.utf8.count).max() ?? 0

    /// Words looked at: the start of the sample is enough.
    static let wordLimit = 2_000

    /// The function words packed into integers (`packed(_:)`), with the indices in
    /// `functionWords` of the languages each belongs to as bits.
    static let languagesByPackedWord = PackedWordTable(functionWords.map { $0.1 })

    /// Up to eight UTF-8 bytes of a word as one integer, first byte lowest: words are letters,
    /// never NUL, so different words of up to eight bytes give different integers.
    static func packed<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0
        for (position, byte) in bytes.prefix(8).enumerated() { value |= UInt64(byte) << UInt64(8 * position) }
        return value
    }

    static func guess(_ text: String) -> LanguageTag {
        let lowered = text.lowercasedFast()
        if lowered.hasSimpleCharacters { return guessSimple(lowered) }
        var votes = [Int](repeating: 0, count: functionWords.count)
        // Digits belong to the word: "Y2021W9" holds no Spanish "y".
        for word in lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).prefix(wordLimit) {
            for language in languagesByWord[String(word)] ?? [] { if let index = languageIndex[language] { votes[index] += 1 } }
        }
        return decide(wordVotes: votes, letterVotes: letterVotes(lowered.precomposedStringWithCanonicalMapping))
    }
}

extension LatinLanguage {
    /// `guess` for lowercased text of simple characters (one scalar per Character): words are
    /// runs of alphabetic scalars, found on the UTF-8 bytes, and looked up as packed integers.
    fileprivate static func guessSimple(_ lowered: String) -> LanguageTag {
        var votes = [Int](repeating: 0, count: functionWords.count)
        var contiguous = lowered
        let table = languagesByPackedWord
        contiguous.withUTF8 { bytes in
            var words = 0
            var wordStart = -1
            func vote(_ start: Int, _ end: Int) {
                // NFC text: a longer word is no function word, canonically or otherwise.
                guard end - start <= longestFunctionWord else { return }
                var languages = table.languages(of: packed(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                while languages != 0 {
                    votes[languages.trailingZeroBitCount] += 1
                    languages &= languages - 1
                }
            }
            var offset = 0
            while offset < bytes.count, words < wordLimit {
                let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                let isLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39)
                    : Unicode.Scalar(value).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
                if isLetter {
                    if wordStart < 0 { wordStart = offset }
                } else if wordStart >= 0 {
                    vote(wordStart, offset)
                    words += 1
                    wordStart = -1
                }
                offset += length
            }
            if wordStart >= 0, words < wordLimit { vote(wordStart, bytes.count) }
        }
        return decide(wordVotes: votes, letterVotes: letterVotes(lowered))
    }
}

/// Function words packed into integers (`LatinLanguage.packed(_:)`, never 0), each with the
/// languages it belongs to as bits (bit i: `functionWords[i]`), in an open-addressing table a
/// quarter full: one multiply and nearly always one probe per word of the sample.
struct PackedWordTable: Sendable {
    private var keys: [UInt64]
    private var languages: [UInt8]
    private let shift: UInt64

    init(_ wordLists: [Set<String>]) {
        precondition(wordLists.count <= 8, "one bit per language in a byte")
        var capacity = 16
        let words = wordLists.reduce(0) { $0 + $1.count }
        while capacity < words * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        languages = [UInt8](repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (index, list) in wordLists.enumerated() {
            for word in list {
                let key = LatinLanguage.packed(Array(word.utf8)[...])
                let slot = slot(of: key)
                keys[slot] = key
                languages[slot] |= 1 << UInt8(index)
            }
        }
    }

    /// Where `key` is, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The languages of a packed word as bits; 0 for a word that is no function word.
    @inline(__always)
    func languages(of key: UInt64) -> UInt8 {
        guard key != 0 else { return 0 }
        return languages[slot(of: key)]
    }
}

/// A set of Han scalars as one bit per character of the main CJK blocks, for per-character
/// lookups in long texts; scalars outside those blocks fall back to the set.
struct HanBitmap: Sendable {
    private static let range: ClosedRange<UInt32> = 0x3400...0x9FFF
    private let bits: [UInt64]
    private let set: Set<Unicode.Scalar>

    init(_ set: Set<Unicode.Scalar>) {
        self.set = set
        var bits = [UInt64](repeating: 0, count: Int(Self.range.count + 63) / 64)
        for scalar in set where Self.range.contains(scalar.value) {
            let offset = Int(scalar.value - Self.range.lowerBound)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard Self.range.contains(scalar.value) else { return set.contains(scalar) }
        let offset = Int(scalar.value - Self.range.lowerBound)
        return bits[offset >> 6] &>> UInt64(offset & 63) & 1 != 0
    }
}
