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
}
