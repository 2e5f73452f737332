import Foundation
import Testing
@testable import DiglotKit

@Suite struct TargetAssemblerTests {
    private func html(_ body: String, language: LanguageTag) throws -> Document {
        let page = "<html><body><article>\(body)</article></body></html>"
        return try #require(try ArticleReader().read(InputSource(name: "page.html", bytes: Array(page.utf8), language: language)).first)
    }

    @Test func markupOfTheTranslationTakesTheOriginalsCodes() throws {
        let original = try html(#"<p>Read the <a href="https://example.org/report">full report</a> from the <strong>bureau</strong> today.</p>"#, language: "en")
        let translation = try html(#"<p>今天请阅读气象局的<strong>完整</strong><a href="https://example.org/report">报告</a>，<em>全文</em>。</p>"#, language: "zh-Hans")
        let result = DocumentAligner().align(original: original, translation: translation, targetLanguage: "zh-Hans", sentences: false)
        let block = try #require(original.translatableBlocks.first)
        let runs = try #require(result.translated.translations[block.id]?.runs)
        let sourceCodes = TargetAssembler.codes(of: block.runs)
        let link = try #require(sourceCodes.first { $0.kind == .link })
        let strong = try #require(sourceCodes.first { $0.kind == .strong })
        #expect(runs.contains(.open(link)) && runs.contains(.close(link)))
        #expect(runs.contains(.open(strong)) && runs.contains(.close(strong)))
        // The emphasis has no counterpart in the original: dropped, its text kept.
        #expect(!runs.contains { if case .open(let code) = $0 { code.kind == .emphasis } else { false } })
        #expect(Segment(runs: runs).plainText == "今天请阅读气象局的完整报告，全文。")
    }

    @Test func aSliceKeepsOnlyCodesWhollyInside() {
        let code = InlineCode(id: 1, kind: .strong, element: "strong")
        let runs: [InlineRun] = [.text("ab"), .open(code), .text("cd"), .close(code), .text("ef")]
        #expect(TargetAssembler.slice(runs, 1..<5) == [.text("b"), .open(code), .text("cd"), .close(code), .text("e")])
        #expect(TargetAssembler.slice(runs, 3..<6) == [.text("d"), .text("ef")])
    }
}
