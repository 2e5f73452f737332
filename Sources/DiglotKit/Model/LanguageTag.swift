import Foundation

/// A BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`.
///
/// Kept as the string the user or the file gave, normalised only in letter case, because
/// XLIFF and EPUB both carry it verbatim (`xml:lang`, `srcLang`, `dc:language`).
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// Accepts well-formed tags only: a 2- or 3-letter primary subtag (ISO 639, as BCP 47's
    /// grammar has it in practice) and further subtags of 1–8 letters or digits, joined by `-`
    /// (or `_`). `english` or `chinese` is refused: a name is not a tag, and a tag written
    /// into `xml:lang` that no tool knows would be worse than an error now.
    public init?(_ string: String) {
        guard let normalised = LanguageTag.normalisedSimpleTag(string) ?? LanguageTag.normalised(string) else { return nil }
        rawValue = normalised
    }

    /// The tag in its normal letter case, or nil when `string` is not a tag (`problem(in:)`).
    static func normalised(_ string: String) -> String? {
        guard LanguageTag.problem(in: string) == nil else { return nil }
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        var normalised: [String] = [(parts.first ?? "").lowercased()]
        for part in parts.dropFirst() {
            switch part.count {
            case 4 where part.allSatisfy(\.isLetter): normalised.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            case 2 where part.allSatisfy(\.isLetter): normalised.append(part.uppercased())
            default: normalised.append(part.lowercased())
            }
        }
        return normalised.joined(separator: "-")
    }

    /// The normalised form of a well-formed tag made only of ASCII letters, digits, `-` and
    /// `_`, decided on the bytes; nil for anything else, which the general path then decides.
    /// For such a string Characters are bytes, so this is `init?(_:)`'s rules, spelled on bytes.
    static func normalisedSimpleTag(_ string: String) -> String? {
        var string = string
        return string.withUTF8 { bytes -> String? in
            guard bytes.count >= 2, bytes.count <= 64 else { return nil }
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var partStart = 0
            var isFirst = true
            var index = 0
            while index <= bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x2D
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                let isDigit = byte >= 0x30 && byte <= 0x39
                if isLetter || isDigit {
                    index += 1
                    continue
                }
                guard byte == 0x2D || byte == 0x5F else { return nil }
                let part = UnsafeBufferPointer(rebasing: bytes[partStart..<index])
                let lettersOnly = part.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
                if isFirst {
                    guard (2...3).contains(part.count), lettersOnly else { return nil }
                    for letter in part { output.append(letter | 0x20) }
                    isFirst = false
                } else {
                    guard (1...8).contains(part.count) else { return nil }
                    output.append(0x2D)
                    for (offset, character) in part.enumerated() {
                        let isUpper = lettersOnly && (part.count == 2 || (part.count == 4 && offset == 0))
                        let isAlpha = (character | 0x20) >= 0x61 && (character | 0x20) <= 0x7A
                        output.append(isAlpha ? (isUpper ? character & ~0x20 : character | 0x20) : character)
                    }
                }
                index += 1
                partStart = index
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Why `string` is not a language tag, in words for whoever typed it, or nil when it is one.
    ///
    /// A language's English name gets its tag suggested (`english` → use `en`).
    public static func problem(in string: String) -> String? {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        let isAlphanumeric: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            // Every name in the table is longer than a primary subtag: looked up only on failure.
            let trimmed = string.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return "an empty language tag" }
            if let tag = tagsForNames[trimmed.lowercased()] {
                return "'\(trimmed)' is a language name, not a BCP 47 tag; use \(tag)"
            }
            return "'\(string)' is not a BCP 47 tag: it must start with a 2- or 3-letter language code (ISO 639) such as en, zh or yue"
        }
        if let bad = parts.dropFirst().first(where: { !(1...8).contains($0.count) || !$0.allSatisfy(isAlphanumeric) }) {
            let shown = bad.isEmpty ? "an empty subtag" : "the subtag '\(bad)'"
            return "'\(string)' is not a BCP 47 tag: \(shown) is not 1 to 8 letters or digits (write e.g. zh-Hans, pt-BR)"
        }
        return nil
    }

    /// English names of the languages people most often type instead of a tag.
    private static let tagsForNames: [String: String] = [
        "english": "en", "chinese": "zh (or zh-Hans, zh-Hant)", "mandarin": "zh", "cantonese": "yue",
        "simplified": "zh-Hans", "traditional": "zh-Hant", "french": "fr", "german": "de", "spanish": "es",
        "japanese": "ja", "korean": "ko", "russian": "ru", "portuguese": "pt", "italian": "it",
        "arabic": "ar", "dutch": "nl", "vietnamese": "vi", "thai": "th", "polish": "pl", "turkish": "tr",
    ]

    public init(stringLiteral value: String) {
        self.rawValue = LanguageTag(value)?.rawValue ?? value
    }

    public var description: String { rawValue }

    /// The primary language subtag (`zh` for `zh-Hant-TW`).
    public var primary: String {
        // Tags are ASCII: the first non-empty run between hyphens, found on the bytes.
        let bytes = rawValue.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: "-") }) else { return "" }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "-")) ?? bytes.endIndex
            return String(rawValue[start..<end])
        }
        return String(rawValue.split(separator: "-").first ?? "")
    }

    /// The script subtag (`Hant` for `zh-Hant-TW`), if the tag has one.
    public var script: String? {
        rawValue.split(separator: "-").dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }.map(String.init)
    }

    /// The region subtag (`TW` for `zh-Hant-TW`, `419` for `es-419`), if the tag has one.
    public var region: String? {
        let parts = rawValue.split(separator: "-").dropFirst()
        let found = parts.first { (part: Substring) -> Bool in
            (part.count == 2 && part.allSatisfy(\.isLetter)) || (part.count == 3 && part.allSatisfy(\.isNumber))
        }
        return found.map(String.init)
    }

    /// Whether the language is Chinese written in Traditional characters: the `Hant` script
    /// (`zh-Hant`, `yue-Hant`), or no script and a region that writes them (`zh-TW`, `zh-HK`,
    /// `zh-MO`), or Cantonese with no script (`yue`).
    public var writesTraditionalChinese: Bool {
        guard ["zh", "yue", "lzh"].contains(primary) else { return false }
        if let script { return script == "Hant" }
        return primary == "yue" || ["TW", "HK", "MO"].contains(region ?? "")
    }

    /// Whether the language is Chinese written in Simplified characters: the `Hans` script,
    /// or no script and a region that writes them (`zh-CN`, `zh-SG`, `zh-MY`). Plain `zh`
    /// names no script.
    public var writesSimplifiedChinese: Bool {
        guard ["zh", "yue", "lzh"].contains(primary) else { return false }
        if let script { return script == "Hans" }
        return ["CN", "SG", "MY"].contains(region ?? "")
    }

    /// Whether both tags name the same script, said or implied: `zh-TW` and `zh-Hant` do,
    /// `zh-Hans` and `zh-Hant` do not; tags that name none say nothing (false).
    public func writesSameScript(as other: LanguageTag) -> Bool {
        if writesTraditionalChinese || other.writesTraditionalChinese {
            return writesTraditionalChinese && other.writesTraditionalChinese
        }
        if writesSimplifiedChinese || other.writesSimplifiedChinese {
            return writesSimplifiedChinese && other.writesSimplifiedChinese
        }
        return script != nil && script == other.script
    }

    /// Whether a text in this language translated into `other` would be the same language:
    /// the same primary subtag, and no script that tells them apart (`zh-Hans` → `zh-Hant` is
    /// a conversion worth making, `en` → `en-GB` is not a translation).
    public func isSameLanguage(as other: LanguageTag) -> Bool {
        guard primary == other.primary else { return false }
        guard let script, let otherScript = other.script else { return true }
        return script == otherScript
    }

    /// Whether text in this language is written without spaces between words (Chinese, Japanese…).
    public var isCJK: Bool { ["zh", "ja", "ko", "yue", "wuu", "lzh"].contains(primary) }

    /// Whether the script runs right to left (Arabic, Hebrew, Persian, Urdu…).
    public var isRightToLeft: Bool { Self.rightToLeftLanguages.contains(primary) }

    private static let rightToLeftLanguages: Set<String> = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"]
}
