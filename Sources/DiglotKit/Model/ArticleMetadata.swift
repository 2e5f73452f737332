import Foundation

/// What is known about an article besides its text.
///
/// Every field is optional except the languages, because real feeds omit titles, dates and links.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    /// The headline as plain text (entities decoded).
    public var title: String?
    /// The canonical link of the article.
    public var url: String?
    /// Publication time.
    public var published: Date?
    /// The publisher or site name ("RFI", "BBC News").
    public var outlet: String?
    /// Author or byline, when the source gives one.
    public var author: String?
    /// A short description or summary (Open Graph, feed summary).
    public var summary: String?
    /// Source language of the text (BCP 47, e.g. `zh-Hans`, `en`).
    public var sourceLanguage: LanguageTag
    /// Name of the input the article came from (file name or `feed#3`), for messages.
    public var origin: String

    public init(
        title: String? = nil, url: String? = nil, published: Date? = nil, outlet: String? = nil,
        author: String? = nil, summary: String? = nil, sourceLanguage: LanguageTag, origin: String
    ) {
        self.title = title
        self.url = url
        self.published = published
        self.outlet = outlet
        self.author = author
        self.summary = summary
        self.sourceLanguage = sourceLanguage
        self.origin = origin
    }

    /// The publication time as ISO 8601 in UTC (`2023-07-07T21:45:03Z`), as written to outputs.
    public var publishedISO8601: String? {
        published.map { ISO8601.string(from: $0) }
    }
}

/// ISO 8601 formatting fixed to UTC, so outputs do not depend on the machine's time zone.
public enum ISO8601 {
    /// `YYYY-MM-DDTHH:MM:SSZ`, seconds truncated toward the past (as `ISO8601DateFormatter`
    /// does). Computed from the day count with the proleptic Gregorian calendar, because a
    /// formatter per call costs more than the rest of an article's metadata together.
    public static func string(from date: Date) -> String {
        // Foundation rounds to the millisecond before truncating; so does this.
        let seconds = ((date.timeIntervalSince1970 * 1000).rounded() / 1000).rounded(.down)
        // Years 1600–9999 only. Foundation switches to the Julian calendar before 1582; those
        // dates (and years past 9999) keep going through its formatter, so outputs never change.
        guard seconds >= -11_676_096_000, seconds < 253_402_300_800 else {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
        let total = Int(seconds)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        var text = ""
        text.reserveCapacity(20)
        append(year, width: 4, to: &text)
        text += "-"
        append(month, width: 2, to: &text)
        text += "-"
        append(day, width: 2, to: &text)
        text += "T"
        append(secondOfDay / 3600, width: 2, to: &text)
        text += ":"
        append(secondOfDay / 60 % 60, width: 2, to: &text)
        text += ":"
        append(secondOfDay % 60, width: 2, to: &text)
        text += "Z"
        return text
    }

    /// Year, month and day of a day count since 1970-01-01 (Gregorian calendar; H. Hinnant's
    /// `civil_from_days` algorithm).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func append(_ value: Int, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
        text += digits
    }

    public static func date(from string: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            formatter.formatOptions = options
            if let date = formatter.date(from: string) { return date }
        }
        return nil
    }
}
