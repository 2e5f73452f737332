import Foundation

/// Reads the dates real feeds write: RFC 822 (with or without day name, seconds, or a zone
/// name such as GMT, EST or +0800), ISO 8601 (with or without `T`, seconds, fraction or zone),
/// and the odd forms seen in the wild (`2020/1/10 14:33:00`, `Jan 10, 2020`, `2020年1月10日`).
///
/// A date without a zone is taken as UTC. Parsing is token-based rather than a list of
/// format strings, so variations in spacing and punctuation do not matter.
enum FeedDateParser {
    static func date(from string: String) -> Date? {
        let tokens = tokenize(string)
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var offset: Int?
        var pm: Bool?
        for token in tokens {
            switch token {
            case .number(let value, let digits): numbers.append((value, digits))
            case .word(let word):
                if let index = monthIndex(word) { if month == nil { month = index } }
                else if let zone = zoneOffsets[word] { offset = zone }
                else if word == "pm" || word == "下午" || word == "晚上" { pm = true }
                else if word == "am" || word == "上午" { pm = false }
            case .offset(let seconds): offset = seconds
            }
        }
        var year: Int, monthValue: Int, day: Int
        var rest: ArraySlice<(value: Int, digits: Int)>
        if let month {
            // "10 Jan 2020 14:33", "Jan 10, 2020 14:33", "Mon, 10 Jan 20"
            guard numbers.count >= 2 else { return nil }
            monthValue = month
            if numbers[0].digits == 4 { year = numbers[0].value; day = numbers[1].value }
            else { day = numbers[0].value; year = numbers[1].value }
            rest = numbers.dropFirst(2)
        } else {
            guard numbers.count >= 3 else { return nil }
            if numbers[0].digits == 4 {
                year = numbers[0].value; monthValue = numbers[1].value; day = numbers[2].value
            } else if numbers[2].digits == 4 {
                // dd/mm/yyyy unless the first cannot be a day of a month ≤ 12 ordering.
                year = numbers[2].value
                if numbers[1].value > 12 { monthValue = numbers[0].value; day = numbers[1].value }
                else { day = numbers[0].value; monthValue = numbers[1].value }
            } else {
                return nil
            }
            rest = numbers.dropFirst(3)
        }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        var hour = rest.first?.value ?? 0
        let minute = rest.dropFirst().first?.value ?? 0
        let second = rest.dropFirst(2).first?.value ?? 0
        if pm == true, hour < 12 { hour += 12 }
        if pm == false, hour == 12 { hour = 0 }
        guard (1...12).contains(monthValue), (1...31).contains(day), (0...24).contains(hour),
              (0...59).contains(minute), (0...60).contains(second), (1000...9999).contains(year) else { return nil }
        var components = DateComponents()
        components.year = year; components.month = monthValue; components.day = day
        components.hour = hour; components.minute = minute; components.second = second
        guard let local = utcCalendar.date(from: components) else { return nil }
        return local.addingTimeInterval(-Double(offset ?? 0))
    }

    private enum Token { case number(Int, digits: Int), word(String), offset(Int) }

    private static func tokenize(_ string: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(string.unicodeScalars)
        var index = 0
        var sawTime = false
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = asciiDigit(scalar) {
                var value = digit, digits = 1
                index += 1
                while index < scalars.count, let next = asciiDigit(scalars[index]) { value = value &* 10 &+ next; digits += 1; index += 1 }
                if index < scalars.count, scalars[index] == ":" { sawTime = true }
                tokens.append(.number(value, digits: digits))
                // Fractional seconds: skip the digits after a '.' following a time.
                if sawTime, index < scalars.count, scalars[index] == ".", case .number? = tokens.last {
                    index += 1
                    while index < scalars.count, asciiDigit(scalars[index]) != nil { index += 1 }
                }
            } else if (scalar == "+" || scalar == "-"), sawTime, index + 1 < scalars.count, asciiDigit(scalars[index + 1]) != nil {
                let sign = scalar == "+" ? 1 : -1
                index += 1
                var digits: [Int] = []
                while index < scalars.count, let next = asciiDigit(scalars[index]) ?? (scalars[index] == ":" ? -1 : nil) {
                    if next >= 0 { digits.append(next) }
                    index += 1
                }
                let hours: Int, minutes: Int
                switch digits.count {
                case 1, 2: hours = digits.reduce(0) { $0 * 10 + $1 }; minutes = 0
                case 3: hours = digits[0]; minutes = digits[1] * 10 + digits[2]
                default: hours = digits[0] * 10 + digits[1]; minutes = digits[2] * 10 + digits[3]
                }
                tokens.append(.offset(sign * (hours * 3600 + minutes * 60)))
            } else if scalar.properties.isAlphabetic {
                var word = String.UnicodeScalarView()
                let han = ScriptClass.isHan(scalar)
                while index < scalars.count, scalars[index].properties.isAlphabetic, ScriptClass.isHan(scalars[index]) == han,
                      asciiDigit(scalars[index]) == nil {
                    word.append(scalars[index]); index += 1
                    if han { break }
                }
                let text = String(word).lowercased()
                // "T" between date and time and "Z" for UTC glued to numbers.
                if text == "z" { tokens.append(.offset(0)) } else if text != "t" { tokens.append(.word(text)) }
            } else {
                index += 1
            }
        }
        return tokens
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }

    private static func monthIndex(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let index = months.firstIndex(where: { word.hasPrefix($0) }) { return index + 1 }
        return nil
    }

    /// Zone names: RFC 822 ones plus the ones feeds actually use.
    static let zoneOffsets: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
        "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
        "pst": -8 * 3600, "pdt": -7 * 3600, "akst": -9 * 3600, "hst": -10 * 3600, "ist": 19800, "hkt": 8 * 3600,
        "sgt": 8 * 3600, "awst": 8 * 3600, "jst": 9 * 3600, "kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
        "msk": 3 * 3600,
    ]

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()
}
