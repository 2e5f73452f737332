import Foundation
import Testing
@testable import DiglotKit

/// Simplified Chinese written in Traditional characters (`TraditionalForms`), generated from
/// CC-CEDICT's two headword columns.
@Suite struct TraditionalFormsTests {
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
        #expect(TraditionalForms.converting(simplified) == traditional)
    }

    /// Text that is Traditional already is left as it is, and so are words both scripts
    /// write alike (皇后 is no 皇後, 克里 is both).
    @Test(arguments: ["中國", "中國人民银行", "皇后", "克里", "John Kerry", ""])
    func leavesOtherTextAlone(_ text: String) {
        #expect(TraditionalForms.converting(text) == text)
    }

    /// Every CC-CEDICT headword of two or more characters converts to one of the Traditional
    /// forms CC-CEDICT gives it. (A character alone takes its most frequent form across the
    /// headwords, which is not always its own headword's: 麽 stays 麽 though its entry says 麼.)
    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func convertsEveryCEDICTHeadword() throws {
        let shared = try #require(GlossaryFixtures.shared)
        let text = try String(contentsOf: shared.appendingPathComponent("glossaries/cedict-full.tsv"), encoding: .utf8)
        var forms: [String: Set<String>] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let trad = fields[2].split(separator: ";").first, trad.hasPrefix("trad="),
                  fields[0].unicodeScalars.count > 1,
                  fields[0].unicodeScalars.allSatisfy({ ScriptFolding.isHan($0.value) }) else { continue }
            forms[String(fields[0]), default: []].insert(String(trad.dropFirst(5)))
        }
        var checked = 0
        var wrong: [String] = []
        for (simplified, traditional) in forms where !TraditionalForms.isTraditional(simplified) {
            checked += 1
            let converted = TraditionalForms.converting(simplified)
            if !traditional.contains(converted) { wrong.append("\(simplified) → \(converted), not \(traditional.sorted())") }
        }
        #expect(checked > 50_000)
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(20))")
    }
}
