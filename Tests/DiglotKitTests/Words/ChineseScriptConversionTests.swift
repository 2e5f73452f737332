import Foundation
import Testing
@testable import DiglotKit

/// Chinese written in the other script (`ChineseScriptConversion`), generated from CC-CEDICT's
/// two headword columns.
@Suite struct ChineseScriptConversionTests {
    @Test(arguments: [
        ("中国", "中國"),
        ("约翰·克里", "約翰·克里"),
        // A word converts whole where its characters alone would not.
        ("中美关系", "中美關係"),
        ("头发", "頭髮"),
        ("最后", "最後"),
        ("中国中央电视台", "中國中央電視台"),
        // Names prefer the forms names write (台 in a person's name, 于 as a surname).
        ("郭台铭", "郭台銘"),
        // Other scripts pass through.
        ("China 中国 (2024)", "China 中國 (2024)"),
    ])
    func convertsSimplifiedText(_ simplified: String, _ traditional: String) {
        #expect(ChineseScriptConversion.traditional(simplified) == traditional)
    }

    /// Text that is Traditional already is left as it is, and so are words both scripts
    /// write alike (皇后 is no 皇後, 克里 is both).
    @Test(arguments: ["中國", "中國人民银行", "皇后", "克里", "John Kerry", ""])
    func leavesOtherTextAlone(_ text: String) {
        #expect(ChineseScriptConversion.traditional(text) == text)
    }

    /// Every CC-CEDICT headword of two or more characters converts to one of the forms
    /// CC-CEDICT gives it in the other script. (A character alone takes its most frequent form
    /// across the headwords, which is not always its own headword's: 麽 stays 麽 though its
    /// entry says 麼.)
    @Test(arguments: [
        ("中國", "中国"),
        ("約翰·克里", "约翰·克里"),
        // A word converts whole where the character fold would not (乾 folds to 干).
        ("乾隆皇帝", "乾隆皇帝"),
        ("反覆無常", "反复无常"),
        ("Taiwan 臺灣", "Taiwan 台湾"),
    ])
    func convertsTraditionalText(_ traditional: String, _ simplified: String) {
        #expect(ChineseScriptConversion.simplified(traditional) == simplified)
    }

    /// Simplified text, and words both scripts write alike, stay as they are.
    @Test(arguments: ["中国", "乾隆", "克里", "John Kerry", ""])
    func leavesSimplifiedTextAlone(_ text: String) {
        #expect(ChineseScriptConversion.simplified(text) == text)
    }

    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func convertsEveryCEDICTHeadwordBothWays() throws {
        let shared = try #require(GlossaryFixtures.shared)
        let text = try String(contentsOf: shared.appendingPathComponent("glossaries/cedict-full.tsv"), encoding: .utf8)
        var traditionalForms: [String: Set<String>] = [:]
        var simplifiedForms: [String: Set<String>] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let trad = fields[2].split(separator: ";").first, trad.hasPrefix("trad="),
                  fields[0].unicodeScalars.count > 1, trad.dropFirst(5).unicodeScalars.count == fields[0].unicodeScalars.count,
                  fields[0].unicodeScalars.allSatisfy({ ScriptFolding.isHan($0.value) }) else { continue }
            traditionalForms[String(fields[0]), default: []].insert(String(trad.dropFirst(5)))
            simplifiedForms[String(trad.dropFirst(5)), default: []].insert(String(fields[0]))
        }
        func wrong(_ forms: [String: Set<String>], _ convert: (String) -> String) -> [String] {
            forms.compactMap { word, expected in
                let converted = convert(word)
                return expected.contains(converted) ? nil : "\(word) → \(converted), not \(expected.sorted())"
            }
        }
        let simplifiedOnes = traditionalForms.filter { !ChineseScriptConversion.isTraditional($0.key) }
        let traditionalOnes = simplifiedForms.filter { ChineseScriptConversion.isTraditional($0.key) }
        #expect(simplifiedOnes.count > 50_000 && traditionalOnes.count > 30_000)
        let intoTraditional = wrong(simplifiedOnes, ChineseScriptConversion.traditional)
        let intoSimplified = wrong(traditionalOnes, ChineseScriptConversion.simplified)
        #expect(intoTraditional.isEmpty, "\(intoTraditional.count): \(intoTraditional.prefix(20))")
        #expect(intoSimplified.isEmpty, "\(intoSimplified.count): \(intoSimplified.prefix(20))")
    }
}
