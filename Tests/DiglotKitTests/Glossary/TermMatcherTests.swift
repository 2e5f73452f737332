import Testing
@testable import DiglotKit

@Suite struct TermMatcherTests {
    private static let news = Glossary(entries: [
        GlossaryEntry(source: "克里", target: "John Kerry", type: .person),
        GlossaryEntry(source: "克里米亚", target: "Crimea", type: .place),
        GlossaryEntry(source: "克里姆林宫", target: "the Kremlin", type: .org),
        GlossaryEntry(source: "克里斯", target: "", type: .exclude),
        GlossaryEntry(source: "佩洛西", target: "Pelosi", type: .person),
        GlossaryEntry(source: "南希·佩洛西", target: "Nancy Pelosi", type: .person),
        GlossaryEntry(source: "美国", target: "United States", type: .place),
        GlossaryEntry(source: "美国国务院", target: "US State Department", type: .org),
        GlossaryEntry(source: "Kerry", target: "克里", type: .person),
        GlossaryEntry(source: "WHO", target: "世卫组织", type: .org, caseSensitive: true),
        GlossaryEntry(source: "greenhouse gas", target: "温室气体"),
        GlossaryEntry(source: "一带一路", target: "Belt and Road Initiative"),
        GlossaryEntry(source: "Xi'an", target: "西安", type: .place),
    ])

    private func found(_ text: String, in glossary: Glossary = news) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TermMatcher(glossary: glossary).matches(in: text).map { match in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return String(view)
        }
    }

    private func targets(_ text: String) -> [String] {
        TermMatcher(glossary: Self.news).matches(in: text).map(\.entry.target)
    }

    @Test func prefersTheLongestTermAtTheSameStart() {
        #expect(targets("前众议院议长南希·佩洛西访问台湾，佩洛西说") == ["Nancy Pelosi", "Pelosi"])
        #expect(targets("美国国务院官员表示") == ["US State Department"])
    }

    @Test(arguments: [
        ("克里米亚半岛", ["Crimea"]),
        ("克里姆林宫发言人", ["the Kremlin"]),
        ("局长克里斯托弗·雷", []),
        ("克里说，克里米亚", ["John Kerry", "Crimea"]),
    ])
    func shortNamesDoNotFireInsideLongerWords(text: String, expected: [String]) {
        #expect(targets(text) == expected)
    }

    @Test func aNameFollowedByJuniorIsTheSons() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "Martin Luther King", target: "马丁·路德·金", type: .person, caseSensitive: true),
        ])
        #expect(found("Martin Luther King Jr. Day and Martin Luther King, Jr. Boulevard", in: glossary) == [])
        #expect(found("Martin Luther King said", in: glossary) == ["Martin Luther King"])
    }

    @Test func exclusionsAreNeverReported() {
        let matches = TermMatcher(glossary: Self.news).matches(in: "克里斯和克里")
        #expect(matches.map(\.entry.type) == [.person])
        #expect(matches.map(\.range) == [4..<6])
    }

    @Test(arguments: [
        ("Kerry met Kerrygold executives", ["Kerry"]),
        ("McKerry and Kerry's aides", ["Kerry"]),
        ("KERRY, kerry and Kerry-led talks", ["KERRY", "kerry", "Kerry"]),
        ("greenhouse gases", []),
        ("Greenhouse  Gas emissions", ["Greenhouse  Gas"]),
        ("在Kerry说", ["Kerry"]),
    ])
    func latinTermsMatchWholeWordsIgnoringCase(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test func caseSensitiveEntriesRespectLetterCase() {
        #expect(found("the WHO said who knows, and Who cares") == ["WHO"])
    }

    @Test func hanTermsMatchAsSubstrings() {
        #expect(found("中美两国") == [])
        #expect(found("美国人和美国国务院") == ["美国", "美国国务院"])
    }

    @Test func fullWidthTextIsFolded() {
        #expect(found("ｔｈｅ ＷＨＯ ａｎｄ Ｋｅｒｒｙ") == ["ＷＨＯ", "Ｋｅｒｒｙ"])
    }

    @Test(arguments: ["南希·佩洛西", "南希•佩洛西", "南希‧佩洛西", "南希・佩洛西", "南希˙佩洛西", "南希･佩洛西"])
    func nameSeparatorsAreUnified(name: String) {
        #expect(targets("\(name)访问台湾") == ["Nancy Pelosi"])
    }

    @Test func quoteStylesAreUnified() {
        #expect(found("Xi’an and Xi'an and Xi＇an").count == 3)
        let quoted = Glossary(entries: [GlossaryEntry(source: "“一国两制”", target: "\"one country, two systems\"")])
        #expect(found("坚持「一国两制」和\"一国两制\"", in: quoted) == ["「一国两制」", "\"一国两制\""])
    }

    @Test func offsetsPointIntoTheOriginalText() throws {
        // Decomposed é (two scalars), a zero-width space and a tab run change lengths
        // before the term; the range must still select it in the original.
        let text = "Cafe\u{301}\u{200B} \t Kerry 和 克里"
        let matches = TermMatcher(glossary: Self.news).matches(in: text)
        let scalars = Array(text.unicodeScalars)
        let pieces = matches.map { match -> String in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return String(view)
        }
        #expect(pieces == ["Kerry", "克里"])
        #expect(matches.first?.range == 9..<14)
    }

    @Test func termWithDecomposedAccentMatchesComposedText() {
        let glossary = Glossary(entries: [GlossaryEntry(source: "Mo\u{301}nica", target: "莫妮卡", type: .person)])
        #expect(found("Mónica said", in: glossary) == ["Mónica"])
    }

    @Test func emptyInputsGiveNoMatches() {
        #expect(TermMatcher(glossary: Glossary()).matches(in: "克里").isEmpty)
        #expect(TermMatcher(glossary: Self.news).matches(in: "").isEmpty)
    }

    @Test func manyOverlappingTermsAreFoundInOnePass() {
        // Suffix links matter: "abcd" fails after "abc", but "bcd" must still be found.
        // (丙 is a place: a one-character term is only looked for as a name. A lexicon of the
        // six characters alone leaves the glossary's terms as the only longer words.)
        let glossary = Glossary(entries: ["甲乙丙丁", "乙丙丁戊", "丙", "丁戊己"].map {
            GlossaryEntry(source: $0, target: $0, type: $0.count == 1 ? .place : .term)
        })
        let matcher = TermMatcher(glossary: glossary, segmenter: WordSegmenter(lexicon: Lexicon(data: "1000\t甲 乙 丙 丁 戊 己")))
        #expect(matcher.matches(in: "甲乙丙戊乙丙丁戊己").map(\.range) == [2..<3, 4..<8])
    }

    @Test func hostileTextNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("克里米亚斯·• \u{301}\u{200B}Kk'\"ｋＫ\u{FF9E}ｶ\t\n".unicodeScalars)
        let matcher = TermMatcher(glossary: Self.news)
        for _ in 0..<300 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let text = String(view)
            let count = text.unicodeScalars.count
            for match in matcher.matches(in: text) {
                #expect(match.range.lowerBound >= 0 && match.range.upperBound <= count && !match.range.isEmpty)
            }
        }
    }
}
