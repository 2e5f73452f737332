import Testing
@testable import DiglotKit

@Suite struct LookupLanguagesTests {
    @Test(arguments: [
        ("美国气候特使克里", "zh", "en"),
        ("John Kerry met Janet Yellen", "en", "zh"),
        ("ひらがな only", "zh", "en"),
        ("Le président a parlé", "en", "zh"),
    ])
    func guessesByScript(text: String, source: String, target: String) {
        let languages = LookupLanguages(text: text)
        #expect(languages.source.rawValue == source)
        #expect(languages.target.rawValue == target)
    }

    @Test func givenLanguagesWin() {
        let languages = LookupLanguages(text: "克里", source: "en", target: "fr")
        #expect(languages.source == "en" && languages.target == "fr")
        #expect(LookupLanguages(text: "Kerry", source: "zh-Hant").target == "en")
    }
}
