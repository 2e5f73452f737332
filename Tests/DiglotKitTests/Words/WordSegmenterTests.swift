import Testing
@testable import DiglotKit

@Suite struct WordSegmenterTests {
    @Test(arguments: [
        ("伊拉克城市提克里特遭到袭击", ["伊拉克", "城市", "提克里特", "遭到", "袭击"]),
        ("他们关注黑人权益", ["他们", "关注", "黑人", "权益"]),
        ("英国自由民主党领袖", ["英国", "自由民主党", "领袖"]),
        ("违法广告", ["违法", "广告"]),
        ("平台海外", ["平台", "海外"]),
        ("在美国会见", ["在", "美国", "会见"]),
        ("人权问题", ["人权", "问题"]),
    ])
    func findsTheWordsOfNewsSentences(text: String, expected: [String]) {
        #expect(WordSegmenter.chinese.segment(text) == expected)
    }

    @Test func segmentsTraditionalTextWithTheSameLexicon() {
        #expect(WordSegmenter.chinese.segment("新華社報導，黑人權益") == ["新華社", "報導", "，", "黑人", "權益"])
    }

    @Test func keepsOffsetsOfTheTextAsGiven() {
        let text = "Reuters 报道：克里说 2024 年"
        let words = WordSegmenter.chinese.words(in: text)
        #expect(words == [0..<7, 8..<10, 10..<11, 11..<13, 13..<14, 15..<19, 20..<21])
    }

    @Test func charactersNoWordCoversStandAlone() {
        // 帝芬尼 (Tiffany) is in no lexicon: its characters are words of their own, so a
        // name found there by a glossary still starts and ends on word boundaries.
        let words = WordSegmenter.chinese.segment("众议员帝芬尼表示")
        #expect(words.first == "众议员")
        #expect(words.last == "表示")
        #expect(words.joined() == "众议员帝芬尼表示")
    }

    @Test func extraWordsJoinTheGraph() {
        let values = "众议员帝芬尼表示".unicodeScalars.map(\.value)
        let segmenter = WordSegmenter.chinese
        let extra = [WordSegmenter.ExtraWord(start: 3, end: 6, cost: segmenter.lexicon.cost(ofCount: 100))]
        let next = segmenter.bestPath(values, in: 0..<values.count, extraWords: extra[...])
        #expect(next[3] == 6)
    }

    @Test func lexiconFoldsAndCounts() {
        let lexicon = Lexicon(data: "10\t美国 國家\n2\t美國\nnot a line\n1\t人")
        #expect(lexicon.count == 3)
        #expect(lexicon.contains("美国"))
        #expect(lexicon.contains("国家"))
        #expect(!lexicon.contains("美"))
        #expect((lexicon.cost(of: "人") ?? 0) > (lexicon.cost(of: "美国") ?? .infinity))
    }

    @Test func lexiconTakesWordsAsFoldedWhenItsHeaderSaysSo() {
        // Data that says it is folded is loaded as written: a Traditional word in it cannot be
        // found (lookups fold), which is how the flag shows; without the flag it is folded.
        let trusted = Lexicon(data: "# words=1 prefixes=2 total=10 folded=1\n10\t美國")
        #expect(trusted.count == 1)
        #expect(!trusted.contains("美國"))
        let folding = Lexicon(data: "# words=1 prefixes=2 total=10\n10\t美國")
        #expect(folding.contains("美國"))
        #expect(folding.contains("美国"))
    }

    @Test func shippedLexiconDataIsFoldedAsItsHeaderSays() {
        #expect(Lexicon.data.hasPrefix("# words="))
        #expect(Lexicon.data.prefix(while: { $0 != "\n" }).hasSuffix(" folded=1"))
        let unfolded = Lexicon.data.unicodeScalars.first { ScriptFolding.simplified($0.value) != $0.value }
        #expect(unfolded == nil, "\(unfolded.map { String($0) } ?? "") is not folded to Simplified")
    }

    @Test func lexiconKnowsNames() {
        let lexicon = Lexicon(data: "# words=3 prefixes=5 total=60\n30/s\t美国\n20/p\t约翰\n10\t人")
        #expect(lexicon.wordClass(of: "美國") == .place)
        #expect(lexicon.wordClass(of: "约翰") == .person)
        #expect(lexicon.wordClass(of: "人") == .word)
        #expect(lexicon.wordClass(of: "猫") == nil)
        #expect(Lexicon.chinese.wordClass(of: "众议员") == .word)
        #expect(Lexicon.chinese.wordClass(of: "普京")?.isName == true)
    }

    @Test func lexiconKnowsGrammaticalWordsVerbsAndTheCharactersThatSpellNames() {
        let lexicon = Lexicon(data: "# words=4 prefixes=5 total=40\n10/f\t据\n10/v\t表示\n10/c\t斯")
        #expect(lexicon.wordClass(of: "据") == .function)
        #expect(lexicon.wordClass(of: "表示") == .verb)
        #expect(lexicon.wordClass(of: "斯") == .nameCharacter)
        #expect(WordClass.allCases.filter(\.isName) == [.person, .place, .organisation, .properNoun])
        // The shipped data: jieba's parts of speech, and CC-CEDICT's names for the characters
        // that spell them; an ordinary word jieba calls a person (顾问 "adviser") is a word.
        let chinese = Lexicon.chinese
        #expect(chinese.wordClass(of: "据") == .function)
        #expect(chinese.wordClass(of: "的") == .function)
        #expect(chinese.wordClass(of: "认定") == .verb)
        #expect(["斯", "拉", "克", "尔", "瑟"].allSatisfy { chinese.wordClass(of: $0) == .nameCharacter })
        #expect(["狗", "类", "人", "据"].allSatisfy { chinese.wordClass(of: $0) != .nameCharacter })
        #expect(chinese.wordClass(of: "顾问") == .word)
        #expect(chinese.wordClass(of: "彼得") == .person)
        // A transliteration jieba calls a person is what CC-CEDICT's gloss says it names;
        // people with dates of a life stay people, words with an ordinary meaning stay as jieba has them.
        #expect(chinese.wordClass(of: "斯德哥尔摩") == .place)
        #expect(chinese.wordClass(of: "安特卫普") == .place)
        #expect(chinese.wordClass(of: "西门子") == .organisation)
        #expect(chinese.wordClass(of: "爱立信") == .organisation)
        #expect(chinese.wordClass(of: "李大钊") == .person)
        #expect(chinese.wordClass(of: "和平") != .place)
        // A rare word jieba calls ordinary is a name when CC-CEDICT only names with it, unless the
        // gloss says money or the like (中资 "Chinese capital").
        #expect(chinese.wordClass(of: "河内") == .place)
        #expect(chinese.wordClass(of: "中资") == .word)
        // …and a person when the gloss gives the dates of a life and says who they were; a
        // dynasty's dates are no life (东周 "Eastern Zhou (770-221 BC)").
        #expect(chinese.wordClass(of: "基辛格") == .person)
        #expect(chinese.wordClass(of: "东周") != .person)
        // So is a word jieba calls a place or a time, however common (普京 ns, 周恩来 t).
        #expect(chinese.wordClass(of: "普京") == .person)
        #expect(chinese.wordClass(of: "周恩来") == .person)
        #expect(chinese.wordClass(of: "苏格拉底") == .person)
        // An entry that only says the word is a variant of a name gives way to the next
        // (谷歌 "variant of 谷歌[Gu3 ge1]", then "Google, Internet company…"); a variant of an
        // ordinary word is an ordinary meaning (同仁 "variant of 同人[tong2 ren2]").
        #expect(chinese.wordClass(of: "谷歌") == .organisation)
        #expect(chinese.wordClass(of: "马德里") == .place)
        #expect(chinese.wordClass(of: "同仁") != .place)
    }

    /// jieba's words that glue a grammatical character to a name are no words (由约翰, 和澳洲,
    /// 于长江): on a best path they would hide the name. CC-CEDICT's words stay (都柏林), and so
    /// do a surname before a given name (任志强) and a county (常宁县).
    @Test func noWordGluesAGrammaticalCharacterToAName() {
        let chinese = Lexicon.chinese
        for glued in ["由约翰", "但海瑞", "和澳洲", "于长江", "由博古"] { #expect(!chinese.contains(glued), "\(glued)") }
        for word in ["都柏林", "任志强", "常宁县", "澳洲", "长江"] { #expect(chinese.contains(word), "\(word)") }
        #expect(WordSegmenter.chinese.words(in: "和澳洲联手").count == 3)
    }
}
