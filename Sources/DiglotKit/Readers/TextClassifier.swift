import Foundation

/// Decides whether a block's text is worth offering to a translator.
///
/// A bare date or time line ("07/07/2023 - 23:27", "2020年 7月 15日", "Tue, 28 Jul 2020 02:49:06
/// GMT"), a URL, a path, an e-mail address, a number or punctuation has nothing to translate; it
/// stays in the document as skeleton so the article can be rebuilt.
enum TextClassifier {
    static func isTranslatable(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: ScriptClass.isLetter) else { return false }
        let trimmed = text.trimming(.whitespacesAndNewlines)
        if isLink(trimmed) { return false }
        if isDateLine(trimmed) { return false }
        if isIdentifier(trimmed) { return false }
        if isPhotoCredit(trimmed) { return false }
        if isBylineWithDate(trimmed) { return false }
        return true
    }

    /// A byline that is only names and a timestamp, as relays print them above the article:
    /// "STEVEN LEE MYERS 2020-07-16 11:25:41", "Anthee Carassava 2020-07-19T07:25:23.556Z",
    /// "KEITH BRADSHER,KEITH BRADSHER<br>2020-07-01 11:47:26", "《纽约时报》2020-07-31 19:10:59".
    /// The date is a numeric date with its year (a time may follow); the rest is a few capitalised words or
    /// a short run of Han characters, with nothing that reads as a sentence.
    static func isBylineWithDate(_ text: String) -> Bool {
        // A dated byline is short and has six ASCII digits at least: most blocks end here.
        guard text.utf8.count <= bylineLength * 4, hasDigits(6, in: text), hasAtMost(bylineLength, charactersIn: text) else { return false }
        let scalars = Array(text.unicodeScalars)
        // The whole text must hold a dated timestamp before any split is tried.
        guard hasTimestamp(scalars[...]) else { return false }
        // The earliest start of a trailing date, or the latest end of a leading one.
        func digits(_ part: ArraySlice<Unicode.Scalar>) -> Int { part.count { (0x30...0x39).contains($0.value) } }
        // A timestamp: a numeric date with its year (2020-07-16, 16/07/2020, 2020年7月16日).
        // "Jonathan Spence, May 30, 2008." is a caption; "中间价 7.0555" a figure.
        func isDate(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
            digits(part) >= 6 && hasTimestamp(part) && isDateLine(String(String.UnicodeScalarView(part)))
        }
        for start in scalars.indices where start > 0 && isWordStart(scalars, start) {
            if isDate(scalars[start...]) { return isBylineName(scalars[..<start]) }
        }
        for end in scalars.indices.reversed() where end > 0 && isWordStart(scalars, end) {
            if isDate(scalars[..<end]) { return isBylineName(scalars[end...]) }
        }
        return false
    }

    /// Whether the text holds a numeric date with a four-digit year first or last (`2020-07-16`,
    /// `2020/7/16`, `16.07.2020`, `2020年7月16日`).
    private static func hasTimestamp(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        // Digit groups and the separator after each.
        var groups: [(digits: Int, separator: Unicode.Scalar?)] = []
        var run = 0
        for scalar in part {
            if (0x30...0x39).contains(scalar.value) { run += 1; continue }
            if run > 0 { groups.append((run, scalar)); run = 0 }
        }
        if run > 0 { groups.append((run, nil)) }
        let dateSeparators: Set<Unicode.Scalar> = ["-", "/", ".", "年", "月"]
        for (index, group) in groups.enumerated() {
            guard index + 2 < groups.count, let first = group.separator, let second = groups[index + 1].separator,
                  dateSeparators.contains(first), dateSeparators.contains(second) else { continue }
            if group.digits == 4 || groups[index + 2].digits == 4 { return true }
        }
        return false
    }

    /// Whether the text holds at least `count` ASCII digits.
    private static func hasDigits(_ count: Int, in text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var found = 0
            for byte in bytes where byte >= 0x30 && byte <= 0x39 {
                found += 1
                if found >= count { return true }
            }
            return false
        }
    }

    /// The longest byline, in Characters.
    static let bylineLength = 120

    /// Whether a date could start at `index`: where a digit follows a non-digit, or a letter
    /// follows a non-letter.
    private static func isWordStart(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let isDigit: (Unicode.Scalar) -> Bool = { (0x30...0x39).contains($0.value) }
        let current = scalars[index], previous = scalars[index - 1]
        if isDigit(current) { return !isDigit(previous) }
        if current.properties.isAlphabetic, !ScriptClass.isHan(current) { return !previous.properties.isAlphabetic }
        return false
    }

    /// Words that introduce a byline's names.
    static let bylinePrefixes = ["by ", "文/", "文／", "文：", "作者：", "作者:", "记者：", "記者："]
    /// What stands between the names of a byline.
    private static let bylineSeparators: Set<Unicode.Scalar> = [" ", ",", "，", "、", "|", "/", "·", "•", "&", "-", "–", "—", "\u{A0}", "\u{3000}"]
    /// Lowercase words that may stand between the capitalised words of names.
    private static let nameParticles: Set<String> = ["and", "de", "da", "van", "von", "der", "bin", "al", "la", "le", "del", "di", "du"]

    /// Two to eight capitalised words (names, separated by spaces, commas, `and`) or a few Han
    /// characters (a name, an outlet in 《》), with no digits and no sentence punctuation.
    static func isBylineName(_ text: String) -> Bool {
        hasAtMost(bylineLength, charactersIn: text) && isBylineName(name: text)
    }

    private static func isBylineName(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        isBylineName(name: string(of: part))
    }

    /// The text of some scalars, encoded in one go (a scalar view appended to one scalar at a
    /// time costs hundreds of instructions each).
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The name without the words that introduce a byline ("By ", "文/", "记者："), matched
    /// case-insensitively. Only the first characters are lowercased: a prefix is at most three
    /// characters, and lowercasing maps each scalar on its own, so the start of the whole
    /// lowercased name is the lowercased start.
    static func strippingBylinePrefixes(_ text: String) -> String {
        // Every prefix starts with b, 文, 作, 记 or 記, and only B lowercases to one of them.
        guard let first = text.unicodeScalars.first, bylinePrefixStarts.contains(first) else { return text }
        var name = text
        var lowered = String(name.prefix(8)).lowercased()
        for prefix in bylinePrefixes where lowered.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            lowered = String(name.prefix(8)).lowercased()
        }
        return name
    }

    /// The first scalars a text must start with for a byline prefix to match it.
    private static let bylinePrefixStarts: Set<Unicode.Scalar> = ["b", "B", "文", "作", "记", "記"]

    private static func isBylineName(name text: String) -> Bool {
        let name = strippingBylinePrefixes(text.trimming(.whitespacesAndNewlines))
        // Han: a name is a run of a few characters; an outlet in 《》 may be longer.
        var han = 0, hanRun = 0, inTitleMarks = false, words: [String] = [], word = ""
        for scalar in name.unicodeScalars {
            if !ScriptClass.isHan(scalar) { hanRun = 0 }
            if scalar == "《" || scalar == "》" {
                if !word.isEmpty { words.append(word); word = "" }
                inTitleMarks = scalar == "《"
            } else if bylineSeparators.contains(scalar) || scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(word); word = "" }
            } else if ScriptClass.isHan(scalar) {
                han += 1
                hanRun += 1
                if hanRun > (inTitleMarks ? 12 : 6) { return false }
            } else if scalar.properties.isAlphabetic || scalar == "." || scalar == "'" || scalar == "’" {
                word.unicodeScalars.append(scalar)
            } else {
                return false
            }
        }
        if !word.isEmpty { words.append(word) }
        if han > 0 { return words.isEmpty && han <= 16 }
        // A first and a last name at least: "Day 1: 2018/01/25" is a heading.
        guard words.count >= 2, words.count <= 8 else { return false }
        return words.allSatisfy { word in
            nameParticles.contains(word) || (word.unicodeScalars.first?.properties.isUppercase ?? false)
        }
    }

    /// Picture agencies whose names end a photo credit line.
    static let pictureAgencies = [
        "getty images", "afp", "reuters", "ap photo", "ap", "epa", "epa-efe", "xinhua", "bloomberg", "sputnik",
        "lightrocket", "imaginechina", "shutterstock", "alamy", "pa", "pa images", "efe", "anadolu", "nurphoto",
        "sopa images", "zuma press", "redux", "the new york times", "the washington post",
    ]

    /// `pictureAgencies` for lookups: a set finds the same (canonically) equal names.
    private static let pictureAgencyNames = Set(pictureAgencies)

    /// A photo credit on its own line, "Wang Zhao—AFP/Getty Images" or "(Getty Images)": names of a
    /// photographer and an agency, kept as skeleton rather than offered for translation.
    static func isPhotoCredit(_ text: String) -> Bool {
        guard hasAtMost(creditLength, charactersIn: text), mayNameAnAgency(text) else { return false }
        // Simple characters are single scalars, so scalar tests stand for the Character tests.
        if text.hasSimpleCharacters {
            guard !text.unicodeScalars.contains(where: isSentenceEnd) else { return false }
        } else {
            guard !text.contains(where: { "。！？!?；;".contains($0) }) else { return false }
        }
        let core = text.lowercasedFast().trimming(creditEdges)
        // Foundation's search for " via " needs no call when the bytes are absent: nothing
        // else is canonically equivalent to them.
        let vias = core.includes(" via ") ? core.replacingOccurrences(of: " via ", with: "/") : core
        let lastPart: Substring? = if vias.hasSimpleCharacters {
            vias.unicodeScalars.split(whereSeparator: isCreditSeparator).last.map(Substring.init)
        } else {
            vias.split(whereSeparator: { "/—–|,".contains($0) }).last
        }
        guard let last = lastPart?.trimming(.whitespaces) else { return false }
        let agency = last.hasPrefix("via ") ? String(last.dropFirst(4)) : last
        guard pictureAgencyNames.contains(agency) || agency.hasSuffix(" via getty images") else { return false }
        // The credit is the whole line: a sentence mentioning an agency is not a credit.
        return core == agency || core.contains("—") || core.contains("–") || core.contains("/") || core.contains(" via ")
    }

    /// A necessary condition for a credit, met by no all-Chinese caption: every agency name is
    /// ASCII letters, and lowercasing makes an ASCII letter only from an ASCII letter, the Kelvin
    /// sign (U+212A) or a capital I with dot (U+0130) — `TextClassifierTests` checks every scalar.
    private static func mayNameAnAgency(_ text: String) -> Bool {
        text.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            || text.unicodeScalars.contains { $0.value == 0x212A || $0.value == 0x130 }
    }

    /// The longest photo credit line, in Characters.
    static let creditLength = 90

    /// Whether the text has at most `limit` Characters, looking no further than needed: long
    /// paragraphs are the rule, and counting all their Characters is grapheme breaking.
    static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
        // A Character has at least one scalar of at least one byte.
        if text.utf8.count <= limit { return true }
        var utf8 = text
        let decided: Bool? = utf8.withUTF8 { bytes in
            var scalars = 0
            var end = 0
            while end < bytes.count, scalars <= limit {
                let lead = bytes[end]
                end += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                scalars += 1
            }
            if scalars <= limit { return true }
            // `limit + 1` simple scalars are as many Characters.
            return SimpleCharacters.all(utf8: UnsafeBufferPointer(rebasing: bytes[..<end])) ? false : nil
        }
        return decided ?? text.dropFirst(limit).isEmpty
    }

    /// `。！？!?；;`, which end sentences: a credit line has none.
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B: true
        default: false
        }
    }

    /// `/—–|,`, between photographer, agency and distributor.
    private static func isCreditSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2F, 0x2014, 0x2013, 0x7C, 0x2C: true
        default: false
        }
    }

    /// Brackets, spaces and full stops around a credit line.
    private static let creditEdges = TrimmingSet(CharacterSet(charactersIn: "()（）[] ."))

    /// One ASCII token mixing letters and digits, or a file name: `file7bm2gdq9m091n1z474sx`,
    /// `IMG_2041.JPG`. Image alt texts and captions are often just that.
    static func isIdentifier(_ text: String) -> Bool {
        // On the bytes: a Character is ASCII and no white space exactly when its one byte is
        // below 0x80 and none of tab, line feed, vertical tab, form feed, return or space.
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 < 0x80 && !(0x09...0x0D).contains($0) && $0 != 0x20 }) else { return false }
        let lowered = text.lowercased()
        if [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp4", ".mp3"].contains(where: lowered.hasSuffix) { return true }
        return text.count >= 8 && text.contains(where: \.isNumber) && text.contains(where: \.isLetter)
            && text.filter(\.isNumber).count * 5 >= text.count
    }

    /// One token that is a URL, a site-relative path or an e-mail address.
    static func isLink(_ text: String) -> Bool {
        guard mayBeLink(text) else { return false }
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace }) else { return false }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
            || lowered.hasPrefix("ftp://") || lowered.hasPrefix("mailto:") { return true }
        if lowered.hasPrefix("/"), lowered.count > 1 {
            return !lowered.unicodeScalars.contains(where: ScriptClass.isWideNonSpacing)
        }
        if let at = lowered.firstIndex(of: "@"), lowered[lowered.index(after: at)...].contains("."), at != lowered.startIndex {
            return lowered.allSatisfy { $0.isASCII }
        }
        return false
    }

    /// A cheap necessary condition for `isLink`: its lowercased text can only start with `h`,
    /// `w`, `f`, `m` or `/` when the text's first scalar is that letter in either case or the
    /// slash, and can only hold an `@` when the text does (`TextClassifierTests` checks the
    /// lowercase mappings of every scalar).
    /// A space that starts a Character (first in the text or after a simple scalar, which no
    /// space joins) makes the text more than one token, so no link either.
    private static func mayBeLink(_ text: String) -> Bool {
        var contiguous = text
        // Byte offsets of the first space and the first `@`.
        let (space, at) = contiguous.withUTF8 { bytes in (bytes.firstOffset(of: 0x20), bytes.firstOffset(of: UInt8(ascii: "@"))) }
        if let space {
            guard space > 0 else { return false }
            let scalars = text.unicodeScalars
            let spaceIndex = text.utf8.index(text.utf8.startIndex, offsetBy: space)
            if SimpleCharacters.contains(scalars[scalars.index(before: spaceIndex)]) { return false }
        }
        switch text.utf8.first {
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "/"): return true
        default: return at != nil
        }
    }

    /// A line made only of digits, separators and date/time words.
    static func isDateLine(_ text: String) -> Bool {
        var digits = 0
        var word = ""
        func wordIsDateWord() -> Bool { word.isEmpty || englishDateWords.contains(word) }
        for scalar in text.unicodeScalars {
            // In ASCII only the digits have a numeric type.
            let isNumeric = scalar.isASCII ? (0x30...0x39).contains(scalar.value)
                : !ScriptClass.isHan(scalar) && scalar.properties.numericType != nil
            if isNumeric {
                digits += 1
                guard wordIsDateWord() else { return false }
                word = ""
            } else if scalar.isASCII, ScriptClass.isLetter(scalar) {
                word.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value) | 0x20))
            } else {
                guard wordIsDateWord() else { return false }
                word = ""
                if ScriptClass.isLetter(scalar), !chineseDateCharacters.unicodeScalars.contains(scalar) { return false }
            }
        }
        return digits > 0 && wordIsDateWord()
    }

    static let englishDateWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "gmt", "utc", "z", "t",
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "hkt", "jst", "kst", "ist",
        "st", "nd", "rd", "th", "updated", "published", "posted", "on", "at", "last", "modified", "date", "time",
    ]

    /// Han characters of date and time expressions (年 月 日 星期 上午 发布 北京时间 …).
    static let chineseDateCharacters = "年月日号號时時分秒星期周週礼拜禮一二三四五六七天上下午晚早凌晨中期间間发發布表更新于於北京台香港"
}
