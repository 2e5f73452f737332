/// A BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`.
///
/// Kept as the string the user or the file gave, normalised only in letter case, because
/// XLIFF and EPUB both carry it verbatim (`xml:lang`, `srcLang`, `dc:language`).
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// Accepts well-formed tags only: subtags of 1–8 letters or digits joined by `-` (or `_`).
    public init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = parts.first, (2...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        var normalised: [String] = [first.lowercased()]
        for part in parts.dropFirst() {
            switch part.count {
            case 4 where part.allSatisfy(\.isLetter): normalised.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            case 2 where part.allSatisfy(\.isLetter): normalised.append(part.uppercased())
            default: normalised.append(part.lowercased())
            }
        }
        rawValue = normalised.joined(separator: "-")
    }

    public init(stringLiteral value: String) {
        self.rawValue = LanguageTag(value)?.rawValue ?? value
    }

    public var description: String { rawValue }

    /// The primary language subtag (`zh` for `zh-Hant-TW`).
    public var primary: String { String(rawValue.split(separator: "-").first ?? "") }

    /// Whether text in this language is written without spaces between words (Chinese, Japanese…).
    public var isCJK: Bool { ["zh", "ja", "ko", "yue", "wuu", "lzh"].contains(primary) }

    /// Whether the script runs right to left (Arabic, Hebrew, Persian, Urdu…).
    public var isRightToLeft: Bool { ["ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"].contains(primary) }
}
