/// Finds the anchors of a text: numbers and dates, Latin words in Chinese text, dictionary
/// and glossary terms, names, quotations.
///
/// Numbers are read in every form news uses (`1,500`, `3.5%`, `1.5万` = 15,000, `$2bn`,
/// `二十三`, `百分之五十`, `7月7日` and `July 7`), each with its readings (`1.5万` is 1.5 and
/// 15,000), so the same quantity meets itself across languages. The single numeral `一` and
/// the word "one" are left out: they mean "a" far more often than 1.
struct AnchorScanner: Sendable {
    let dictionary: AnchorDictionary

    /// The profile of a Chinese (or Japanese) text aligned with a text in Latin script, or of
    /// a text in Latin script; `otherIsCJK` says what the other side is written in.
    func profile(of text: String, isCJK: Bool, otherIsCJK: Bool) -> AnchorProfile {
        let scalars = Array(text.unicodeScalars.map(Self.halfwidth))
        var profile = AnchorProfile()
        var keys: [AnchorKey] = []
        var index = 0
        var sentenceStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isDigit(scalar) {
                let (readings, end) = readDigits(scalars, from: index)
                if !readings.isEmpty {
                    profile.anchors.append(Anchor(kind: .number, keys: readings))
                    keys.append(contentsOf: readings)
                }
                index = end
                sentenceStart = false
                continue
            }
            if isCJK, let digit = Self.chineseNumerals[scalar] {
                var end = index
                while end < scalars.count, Self.chineseNumerals[scalars[end]] != nil { end += 1 }
                let follows = end < scalars.count ? scalars[end] : " "
                if end - index >= 2 || (digit != 1 && Self.measureWords.contains(follows)) || (digit >= 10 && digit != 10),
                   let value = Self.chineseValue(scalars[index..<end]) {
                    var readings = [AnchorKey.number(value)]
                    if let multiplier = Self.multiplier(scalars, at: end) { readings.append(.number(value * multiplier.value)) }
                    profile.anchors.append(Anchor(kind: .number, keys: readings))
                    keys.append(contentsOf: readings)
                    index = end
                    continue
                }
            }
            if Self.isLatinLetter(scalar) {
                var end = index
                while end < scalars.count, Self.isLatinLetter(scalars[end]) || scalars[end] == "'" { end += 1 }
                let original = String(String.UnicodeScalarView(scalars[index..<end]))
                let word = original.lowercased()
                let key = AnchorKey.word(word)
                if isCJK {
                    if word.count >= 2 { profile.anchors.append(Anchor(kind: .latin, keys: [key])) }
                    keys.append(key)
                } else {
                    if let month = Self.numberWords[word] {
                        profile.anchors.append(Anchor(kind: .number, keys: [.number(month)]))
                        keys.append(.number(month))
                    } else if let value = numberWordValue(word, scalars, end) {
                        profile.anchors.append(Anchor(kind: .number, keys: [.number(value)]))
                        keys.append(.number(value))
                    }
                    if word.count >= 3, !Self.isStopWord(word) {
                        keys.append(key)
                        if !otherIsCJK, !sentenceStart, original.first?.isUppercase == true {
                            profile.anchors.append(Anchor(kind: .name, keys: [key]))
                        }
                    }
                }
                index = end
                sentenceStart = false
                continue
            }
            if Self.openingQuotes.contains(scalar) || (scalar == "\"" && (index == 0 || !Self.isLatinLetter(scalars[index - 1]))) {
                profile.anchors.append(Anchor(kind: .quote, keys: [.quote]))
                keys.append(.quote)
            }
            if isCJK, ScriptClass.isHan(scalar), let match = dictionary.longestMatch(in: scalars, at: index) {
                profile.anchors.append(Anchor(kind: .term, keys: match.keys))
                index += match.length
                sentenceStart = false
                continue
            }
            // A capitalised word right after a sentence end is no evidence of a name.
            if Self.sentenceEnds.contains(scalar) {
                sentenceStart = true
            } else if ScriptClass.isLetter(scalar) {
                sentenceStart = false
            }
            index += 1
        }
        keys.sort()
        profile.keys = keys
        return profile
    }

    /// The value of a number word ("twenty"), times the multiplier after it ("two million").
    private func numberWordValue(_ word: String, _ scalars: [Unicode.Scalar], _ end: Int) -> Double? {
        guard let value = Self.cardinalWords[word] else { return nil }
        return value * (Self.multiplier(scalars, at: end)?.value ?? 1)
    }

    /// Digits with grouping commas and a decimal point, then an optional multiplier; the
    /// readings (plain value, multiplied value) and where the number ends.
    private func readDigits(_ scalars: [Unicode.Scalar], from start: Int) -> ([AnchorKey], Int) {
        var end = start
        var digits = ""
        var sawPoint = false
        while end < scalars.count {
            let scalar = scalars[end]
            if Self.isDigit(scalar) {
                digits.unicodeScalars.append(scalar)
                end += 1
            } else if scalar == ",", !sawPoint, Self.groupFollows(scalars, end + 1) {
                end += 1
            } else if scalar == ".", !sawPoint, end + 1 < scalars.count, Self.isDigit(scalars[end + 1]) {
                digits.append(".")
                sawPoint = true
                end += 1
            } else {
                break
            }
        }
        guard let value = Double(digits) else { return ([], end) }
        var readings = [AnchorKey.number(value)]
        if let multiplier = Self.multiplier(scalars, at: end) {
            readings.append(.number((value * multiplier.value * 1e6).rounded() / 1e6))
        }
        return (readings, end)
    }

    private static func groupFollows(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[start + offset]) { return false }
        return start + 3 == scalars.count || !isDigit(scalars[start + 3])
    }

    /// 万, 亿, million, bn… after a number (spaces skipped), with its value and length.
    private static func multiplier(_ scalars: [Unicode.Scalar], at start: Int) -> (value: Double, length: Int)? {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count else { return nil }
        switch scalars[index] {
        case "万":
            if index + 1 < scalars.count, scalars[index + 1] == "亿" { return (1e12, index + 2 - start) }
            return (1e4, index + 1 - start)
        case "亿": return (1e8, index + 1 - start)
        case "千": return (1e3, index + 1 - start)
        default: break
        }
        guard isLatinLetter(scalars[index]) else { return nil }
        var end = index
        while end < scalars.count, isLatinLetter(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
        guard let value = latinMultipliers[word] else { return nil }
        return (value, end - start)
    }

    /// The value of a run of Chinese numerals: 二十三 = 23, 三千五百 = 3500, 二〇二〇 = 2020.
    static func chineseValue(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        let values = run.compactMap { chineseNumerals[$0] }
        guard values.count == run.count, !values.isEmpty else { return nil }
        if !values.contains(where: { $0 >= 10 }) {
            return values.reduce(0) { $0 * 10 + $1 }
        }
        var total = 0.0
        var current = 0.0
        for value in values {
            if value >= 10 {
                total += (current == 0 ? 1 : current) * value
                current = 0
            } else {
                current = value
            }
        }
        return total + current
    }

    /// Calls `body` with each lowercased run of Latin letters in `text`.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        var word = ""
        for scalar in text.unicodeScalars {
            if isLatinLetter(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                body(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { body(word.lowercased()) }
    }

    static func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F: scalar.value != 0xD7 && scalar.value != 0xF7
        default: false
        }
    }

    /// Full-width digits, letters and punctuation as their ASCII forms (１２ → 12).
    static func halfwidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0xFF01, scalar.value <= 0xFF5E else { return scalar }
        return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    }

    static let sentenceEnds: Set<Unicode.Scalar> = Set(".!?。！？".unicodeScalars)

    static let openingQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{300C}", "\u{300E}", "\u{00AB}"]

    static let chineseNumerals: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "十": 10, "百": 100, "千": 1000,
    ]

    /// Characters after a single numeral that make it a quantity or a date (三个, 五月, 七日).
    static let measureWords: Set<Unicode.Scalar> = Set("个名位次年月日号天周岁倍家人项条种架辆座所万亿点成".unicodeScalars)

    static let latinMultipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
        "bn": 1e9, "m": 1e6, "tn": 1e12, "k": 1e3,
    ]

    /// English words for numbers (not "one": it is mostly "a") and months, by value.
    static let cardinalWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "half": 0.5,
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "twice": 2,
    ]

    static let numberWords: [String: Double] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "about", "after", "before",
        "under", "over", "between", "through", "during", "without", "within", "upon", "are", "was", "were", "been", "being",
        "its", "his", "her", "hers", "their", "our", "your", "they", "them", "she", "him", "you", "who", "whom", "which",
        "what", "when", "where", "why", "how", "not", "but", "also", "than", "then", "very", "more", "most", "much", "many",
        "such", "other", "same", "own", "has", "have", "had", "can", "could", "will", "would", "shall", "should", "may",
        "might", "must", "does", "did", "said", "says", "all", "any", "some", "one", "there", "here", "out", "off", "just",
    ]
}
