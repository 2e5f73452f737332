import Foundation
import Testing
@testable import DiglotKit

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("美国气候特使克里即将访华，重启两个最大污染国间的气候谈判。", "zh-Hans"),
        ("美國氣候特使克里即將訪華，重啟兩個最大污染國間的氣候談判。", "zh-Hant"),
        ("The climate envoy will visit China next week, officials said.", "en"),
        ("Le président a annoncé que la réforme sera présentée dans les prochains jours.", "fr"),
        ("Die Regierung hat am Montag beschlossen, dass die Maßnahmen nicht verlängert werden.", "de"),
        ("東京都は新たに感染者を確認したと発表しました。", "ja"),
        ("서울시는 새로운 확진자가 발생했다고 밝혔다.", "ko"),
        ("Правительство объявило о новых мерах поддержки.", "ru"),
        ("أعلنت الحكومة عن إجراءات جديدة.", "ar"),
        ("中山大道", "zh"),
    ])
    func detectsScriptAndLanguage(_ text: String, expected: String) {
        #expect(LanguageDetector.detect(in: text).rawValue == expected)
    }

    /// Latin-script languages other than English, on headlines and short summaries as much as
    /// on paragraphs: a few function words and the letters only they write tell them apart.
    @Test(arguments: [
        ("Governo anuncia ajuda às famílias afetadas pelas chuvas", "pt"),
        ("O presidente disse que não vai renunciar e que a economia está melhor do que em 2019.", "pt"),
        ("Bolsonaro sanciona lei que amplia o auxílio emergencial", "pt"), ("Pelé dies at 82", "en"), ("Collections of Y2021W9 (2021-03-01 Mon ~ 2021-03-08 Mon)", "en"),
        ("El Gobierno aprobó el martes una nueva ley de vivienda para los jóvenes.", "es"),
        ("¿Qué pasará con la economía española tras la pandemia?", "es"),
        ("Le gouvernement prépare une réforme des retraites", "fr"),
        ("Macron reçoit les syndicats à l'Élysée", "fr"),
        ("Bundesregierung beschließt höhere Zölle für Stahl", "de"),
        ("Die Regierung plant neue Maßnahmen gegen die Inflation", "de"),
        ("Il governo ha approvato la riforma della giustizia più attesa", "it"),
        ("De regering heeft het nieuwe plan voor de woningmarkt gepresenteerd", "nl"),
        ("Apple releases a new MacBook with a faster chip", "en"),
        ("The café on the Champs-Élysées reopened after the protests, the mayor of Paris said.", "en"),
        ("Bolsonaro meets Macron", "en"),
    ])
    func tellsLatinScriptLanguagesApart(_ text: String, expected: String) {
        #expect(LanguageDetector.detect(in: text).rawValue == expected)
    }

    @Test func aDeclaredDefaultEnglishGivesWayToTheText() {
        #expect(LanguageDetector.resolve(detected: "pt", declared: "en-US") == "pt")
        #expect(LanguageDetector.resolve(detected: "en", declared: "en-GB") == "en-GB")
        #expect(LanguageDetector.resolve(detected: "es", declared: "pt-BR") == "pt-BR")
    }

    @Test func declarationFillsInWhatScriptsCannotTell() {
        #expect(LanguageDetector.resolve(detected: "en", declared: "pt-BR") == "pt-BR")
        #expect(LanguageDetector.resolve(detected: "zh-Hans", declared: "en") == "zh-Hans")
        #expect(LanguageDetector.resolve(detected: "zh", declared: "zh-TW") == "zh-TW")
        #expect(LanguageDetector.resolve(detected: "zh-Hant", declared: "zh-CN") == "zh-Hant")
    }

    /// Checks detection against the languages listed in the corpus's SOURCES.md. A few entries
    /// there disagree with the text itself (e.g. a Medium item listed `en` whose text is
    /// Traditional Chinese), so the bar is agreement on at least 95% of the articles.
    @Test(.enabled(if: TestScope.fullWithShared("corpus"))) func agreesWithTheCorpusCatalogue() throws {
        let root = try #require(Corpus.root)
        let catalogue = try String(contentsOf: root.appendingPathComponent("SOURCES.md"), encoding: .utf8)
        var checked = 0
        var disagreements: [String] = []
        for line in catalogue.split(separator: "\n") where line.hasPrefix("| ") && line.contains(".txt |") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, cells[0].hasSuffix(".txt") else { continue }
            let url = root.appendingPathComponent("articles").appendingPathComponent(cells[0])
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let document = try #require(try ArticleReader().read(try Corpus.source(url)).first)
            checked += 1
            if document.metadata.sourceLanguage.rawValue != cells[2] {
                disagreements.append("\(cells[0]): listed \(cells[2]), detected \(document.metadata.sourceLanguage)")
            }
        }
        #expect(checked >= 150)
        let agreement = Double(checked - disagreements.count) / Double(max(checked, 1))
        #expect(agreement >= 0.95, "\(disagreements.joined(separator: "; "))")
    }

    /// The packed table answers for every function word exactly the languages whose lists hold
    /// it, and nothing for other words of up to eight letters.
    @Test func packedFunctionWordsKnowTheirLanguages() {
        let table = LatinLanguage.languagesByPackedWord
        let lists = LatinLanguage.functionWords.map(\.1)
        for word in Set(lists.joined()) {
            var expected: UInt8 = 0
            for (index, list) in lists.enumerated() where list.contains(word) { expected |= 1 << UInt8(index) }
            #expect(table.languages(of: LatinLanguage.packed(Array(word.utf8)[...])) == expected, "\(word)")
        }
        var generator = SeededGenerator(seed: 21)
        let letters = Array("abcdeilnorstuzäéü".utf8)
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 1...8, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let known = lists.contains { $0.contains(String(decoding: word, as: UTF8.self)) }
            #expect((table.languages(of: LatinLanguage.packed(word[...])) != 0) == known, "\(word)")
        }
    }
}
