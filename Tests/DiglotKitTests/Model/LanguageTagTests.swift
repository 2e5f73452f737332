import Testing
@testable import DiglotKit

/// Language tags as users type them: BCP 47 accepted and normalised, anything else refused
/// with a reason that says what to write instead.
@Suite struct LanguageTagTests {
    @Test(arguments: [("en", "en"), ("zh-hans", "zh-Hans"), ("pt_br", "pt-BR"), ("yue", "yue"), ("zh-Hant-TW", "zh-Hant-TW"), ("es-419", "es-419")])
    func acceptsAndNormalisesTags(_ input: String, _ expected: String) {
        #expect(LanguageTag(input)?.rawValue == expected)
        #expect(LanguageTag.problem(in: input) == nil)
    }

    @Test(arguments: [
        ("english", "'english' is a language name, not a BCP 47 tag; use en"),
        ("Chinese", "use zh (or zh-Hans, zh-Hant)"),
        ("e", "must start with a 2- or 3-letter language code"),
        ("deutsch", "must start with a 2- or 3-letter language code"),
        ("zh-", "an empty subtag is not 1 to 8 letters or digits"),
        ("zh-Hans!", "the subtag 'Hans!' is not 1 to 8 letters or digits"),
        ("", "an empty language tag"),
    ])
    func refusesWhatIsNotATagWithTheReason(_ input: String, _ reason: String) {
        #expect(LanguageTag(input) == nil)
        #expect(LanguageTag.problem(in: input)?.contains(reason) == true, "\(LanguageTag.problem(in: input) ?? "nil")")
    }

    /// The byte-level path for ASCII tags decides exactly what the Character-level rules do,
    /// on random strings over letters, digits, separators and a few bytes no tag holds.
    @Test func asciiFastPathMatchesTheGeneralRules() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZzAqh0959-_-_ !é\r\nİ".map(String.init))
        var decided = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...14, using: &generator)
            let string = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let fast = LanguageTag.normalisedSimpleTag(string)
            if let fast {
                decided += 1
                #expect(fast == LanguageTag.normalised(string), "\(string.debugDescription)")
            } else if string.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && $0 != 0x21 && $0 != 0x0D && $0 != 0x0A }) && (2...64).contains(string.utf8.count) {
                #expect(LanguageTag.normalised(string) == nil, "\(string.debugDescription)")
            }
        }
        for tag in ["en", "zh-hans", "ZH-hANT-tw", "pt_br", "es-419", "sgn-BE-FR", "x-private", "en-a-bbb-x-ccc"] {
            #expect(LanguageTag.normalisedSimpleTag(tag) == LanguageTag.normalised(tag))
        }
        #expect(decided > 100)
    }

    @Test func sameLanguageIgnoresRegionsButNotScripts() {
        let english: LanguageTag = "en", british: LanguageTag = "en-GB", chinese: LanguageTag = "zh"
        let simplified: LanguageTag = "zh-Hans", traditional: LanguageTag = "zh-Hant"
        #expect(english.isSameLanguage(as: british))
        #expect(chinese.isSameLanguage(as: simplified))
        #expect(!simplified.isSameLanguage(as: traditional))
        #expect(!english.isSameLanguage(as: simplified))
    }

    @Test func regionSubtag() {
        #expect(LanguageTag(stringLiteral: "zh-Hant-TW").region == "TW")
        #expect(LanguageTag(stringLiteral: "es-419").region == "419")
        #expect(LanguageTag(stringLiteral: "zh-Hant").region == nil)
        #expect(LanguageTag(stringLiteral: "en").region == nil)
    }

    @Test func chineseScriptByScriptRegionOrLanguage() {
        for tag: LanguageTag in ["zh-Hant", "zh-TW", "zh-HK", "zh-Hant-HK", "yue", "yue-Hant", "zh-MO"] {
            #expect(tag.writesTraditionalChinese, "\(tag)")
        }
        for tag: LanguageTag in ["zh", "zh-Hans", "zh-CN", "zh-Hans-HK", "yue-Hans", "en", "en-TW", "ja"] {
            #expect(!tag.writesTraditionalChinese, "\(tag)")
        }
        for tag: LanguageTag in ["zh-Hans", "zh-CN", "zh-SG", "zh-Hans-HK", "yue-Hans"] {
            #expect(tag.writesSimplifiedChinese, "\(tag)")
        }
        for tag: LanguageTag in ["zh", "zh-Hant", "zh-TW", "yue", "en", "en-CN"] {
            #expect(!tag.writesSimplifiedChinese, "\(tag)")
        }
    }

    @Test func anExportNeverTargetsTheArticlesOwnLanguage() {
        let options = ExportOptions(targetLanguages: ["en"])
        #expect(options.target(for: "en") == nil)
        #expect(options.target(for: "zh-Hans") == "en")
        let list = ExportOptions(targetLanguages: ["en", "zh-Hans"])
        #expect(list.target(for: "en") == "zh-Hans")
        #expect(ExportOptions(targetLanguages: ["zh-Hant"]).target(for: "zh-Hans") == "zh-Hant")
    }

    /// The primary subtag is read on the bytes; it must be the first non-empty run between
    /// hyphens, as splitting the tag gives, for raw values as they come (also malformed ones).
    @Test func primarySubtagIsTheFirstRunBetweenHyphens() {
        for raw in ["en", "zh-Hans", "zh-Hant-TW", "ckb-IQ", "-x", "--ar-", "", "-", "e\u{301}s-MX", "ar"] {
            let tag = LanguageTag(stringLiteral: raw)
            #expect(tag.primary == String(tag.rawValue.split(separator: "-").first ?? ""), "\(raw.debugDescription)")
        }
        #expect(LanguageTag(stringLiteral: "ar-EG").isRightToLeft)
        #expect(LanguageTag(stringLiteral: "ckb").isRightToLeft)
        #expect(!LanguageTag(stringLiteral: "zh-Hans").isRightToLeft)
    }
}
