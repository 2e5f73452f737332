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
    public static func string(from date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
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
