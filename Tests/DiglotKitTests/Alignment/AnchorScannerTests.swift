import Testing
@testable import DiglotKit

@Suite struct AnchorScannerTests {
    let scanner = AnchorScanner(dictionary: .shipped)

    private func shared(_ chinese: String, _ english: String) -> Int {
        let zh = scanner.profile(of: chinese, isCJK: true, otherIsCJK: false)
        let en = scanner.profile(of: english, isCJK: false, otherIsCJK: true)
        return zh.anchors.filter(en.matches).count
    }

    @Test(arguments: [
        ("7月7日", "July 7"),
        ("1.5万人", "15,000 people"),
        ("百分之五十", "50 per cent"),
        ("20亿美元", "$2bn"),
        ("二〇二三年", "in 2023"),
        ("三个国家", "three countries"),
    ])
    func numbersMeetWhateverTheirForm(_ chinese: String, _ english: String) {
        #expect(shared(chinese, english) >= 1)
    }

    @Test func aLoneYiIsNotANumber() {
        let profile = scanner.profile(of: "一些人统一了意见", isCJK: true, otherIsCJK: false)
        #expect(!profile.anchors.contains { $0.kind == .number })
    }

    @Test func latinWordsInChineseFindTheirEnglish() {
        #expect(shared("苹果发布了新款iPhone", "Apple released a new iPhone") >= 1)
    }

    @Test func dictionaryTermsFindTheirTranslation() {
        let profile = scanner.profile(of: "欧洲议会", isCJK: true, otherIsCJK: false)
        #expect(profile.anchors.contains { $0.kind == .term })
        #expect(shared("欧洲议会", "the European Parliament") >= 1)
        #expect(shared("欧洲议会", "the weather in Asia") == 0)
    }

    @Test func glossaryTermsBecomeAnchors() throws {
        let glossary = try Glossary.load(Array("source\ttarget\n泽连斯基\tVolodymyr Zelensky\n".utf8), name: "g.tsv")
        let withGlossary = AnchorScanner(dictionary: AnchorDictionary.shipped.adding([glossary]))
        let zh = withGlossary.profile(of: "泽连斯基", isCJK: true, otherIsCJK: false)
        let en = withGlossary.profile(of: "Mr Zelensky said", isCJK: false, otherIsCJK: true)
        #expect(zh.anchors.contains(where: en.matches))
    }

    @Test func namesAnchorBetweenLatinScripts() {
        let english = scanner.profile(of: "The minister met Ursula von der Leyen.", isCJK: false, otherIsCJK: false)
        let german = scanner.profile(of: "Der Minister traf Ursula von der Leyen.", isCJK: false, otherIsCJK: false)
        #expect(english.anchors.filter { $0.kind == .name }.contains(where: german.matches))
    }
}
