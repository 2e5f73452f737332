import Foundation
import Testing
@testable import DiglotKit

@Suite struct QACheckerTests {
    static let hongKong = GlossaryEntry(source: "香港", target: "Hong Kong", type: .place, forbidden: ["Hongkong"])

    /// One Chinese paragraph (with a glossary hit on 香港 when present) and its English translation.
    private func issues(source: String, target: String?, status: TranslationStatus = .translated,
                        codeProblems: [CodeProblem] = [], entry: GlossaryEntry = hongKong) throws -> [QAIssue] {
        var terms: [TermOccurrence] = []
        if let range = source.range(of: entry.source) {
            let start = source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: range.lowerBound)
            terms = [TermOccurrence(runIndex: 0, range: start..<(start + entry.source.unicodeScalars.count), entry: entry)]
        }
        var allocator = UnitIDAllocator()
        let id = allocator.next(role: .paragraph, text: source)
        let block = Block(id: id, role: .paragraph, segments: [Segment(runs: [.text(source)], terms: terms)], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "a"), blocks: [block])
        let translations = target.map { [id: Translation(runs: [.text($0)], status: status)] } ?? [:]
        let verified = VerifiedImport(file: "a.xlf", document: document, targetLanguage: "en", translations: translations,
                                      codeProblems: codeProblems.isEmpty ? [:] : [id: codeProblems], errors: [])
        let merged = try Merger().merge(verified)
        return QAChecker().issues(in: merged.translated, verified: verified)
    }

    private func codes(_ issues: [QAIssue]) -> [QAIssue.Code] { issues.map(\.code) }

    @Test func cleanTranslationHasNoIssues() throws {
        #expect(try issues(source: "香港7月7日新增1,000例（约1.5万人检测）。", target: "Hong Kong reported 1000 cases on July 7 (about 15,000 tested).").isEmpty)
    }

    @Test func reportsUntranslatedAndEmptyTargets() throws {
        #expect(codes(try issues(source: "今天天气很好。", target: nil)) == [.untranslated])
        #expect(codes(try issues(source: "今天天气很好。", target: "  ")) == [.untranslated])
        #expect(try issues(source: "今天天气很好。", target: nil).first?.severity == .error)
    }

    @Test func reportsTargetsMarkedForReview() throws {
        #expect(codes(try issues(source: "今天天气很好。", target: "Nice weather today.", status: .needsReview)) == [.needsReview])
    }

    @Test func reportsGlossaryTermsAndForbiddenVariants() throws {
        #expect(codes(try issues(source: "香港的天气", target: "The weather in the city")) == [.glossaryTermMissing])
        #expect(try issues(source: "香港的天气", target: "The weather in HONG KONG").isEmpty)
        let forbidden = try issues(source: "香港的天气", target: "Hongkong weather")
        #expect(codes(forbidden).sorted { $0.rawValue < $1.rawValue } == [.forbiddenTerm, .glossaryTermMissing])
        #expect(forbidden.first { $0.code == .forbiddenTerm }?.severity == .error)
    }

    /// A Chinese target written in either script uses the term, whichever script the
    /// glossary showed it in (the note shows 中國 to a translator into zh-TW).
    @Test func aChineseTermInEitherScriptIsUsed() throws {
        let china = GlossaryEntry(source: "China", target: "中國", type: .place, forbidden: ["大陸"])
        #expect(try issues(source: "China grew", target: "中国增长了", entry: china).isEmpty)
        #expect(try issues(source: "China grew", target: "中國增長了", entry: china).isEmpty)
        #expect(codes(try issues(source: "China grew", target: "大陆增长了", entry: china)).contains(.forbiddenTerm))
    }

    @Test func anyAlternativeIsTheAgreedTranslation() throws {
        let renminbi = try #require(ShippedGlossary.glossary(from: "zh", to: "en")?.entry(forSource: "人民币"))
        #expect(renminbi.translations == ["renminbi", "yuan"])
        #expect(try issues(source: "人民币贬值", target: "The yuan fell", entry: renminbi).isEmpty)
        #expect(try issues(source: "人民币贬值", target: "The renminbi fell", entry: renminbi).isEmpty)
        let missing = try issues(source: "人民币贬值", target: "The RMB fell", entry: renminbi)
        #expect(codes(missing) == [.glossaryTermMissing])
        #expect(missing.first?.message.contains("\"renminbi\" or \"yuan\"") == true)
        // A forbidden variant still fails, next to an alternative.
        let yuan = GlossaryEntry(source: "人民币", target: "renminbi|yuan", forbidden: ["Chinese dollar"])
        #expect(codes(try issues(source: "人民币贬值", target: "The yuan, the Chinese dollar, fell", entry: yuan)) == [.forbiddenTerm])
    }

    @Test(arguments: [
        ("7月7日举行", "held on July 7"),
        ("7月7日举行", "held on 7 July"),
        ("1,000人", "1000 people"),
        ("1.5万人", "15,000 people"),
        ("1.5万人", "15 thousand people"),
        ("3亿元", "300 million yuan"),
        ("3个人", "three people"),
        ("增长50%", "grew by 50 per cent"),
        ("2020年", "in 2020"),
        ("１２３人", "123 people"),
    ])
    func acceptsEquivalentNumberForms(source: String, target: String) throws {
        #expect(!codes(try issues(source: source, target: target)).contains(.numberMissing))
    }

    @Test func reportsMissingNumbers() throws {
        let found = try issues(source: "死亡人数达到123人，另有45人失踪。", target: "The death toll reached 123, with others missing.")
        #expect(codes(found) == [.numberMissing])
        #expect(found.first?.message.contains("45") == true)
        #expect(found.first?.severity == .warning)
    }

    @Test func reportsACopiedSource() throws {
        #expect(codes(try issues(source: "今天天气很好。", target: "今天天气很好。")) == [.identicalToSource])
        // Nothing language-specific: a name or a number may stay as it is.
        #expect(try issues(source: "COVID-19", target: "COVID-19").isEmpty)
        #expect(try issues(source: "©Getty Images", target: "©Getty Images").isEmpty)
    }

    @Test func reportsUnbalancedPunctuation() throws {
        #expect(codes(try issues(source: "他说：“好。”", target: "He said: “Fine.")) == [.unbalancedPunctuation])
        #expect(codes(try issues(source: "《人民日报》", target: "(People's Daily")) == [.unbalancedPunctuation])
        // A quote the source leaves open (it continues in the next paragraph) is not the translator's fault.
        #expect(try issues(source: "他说：“好。", target: "He said: “Fine.").isEmpty)
    }

    @Test func reportsCodeProblemsAsErrors() throws {
        let found = try issues(source: "今天天气很好。", target: "Nice weather today.",
                               codeProblems: [CodeProblem(kind: .missing, codeID: "1", message: "code 1 (<a>) of the source is missing from the target; put it back")])
        #expect(codes(found) == [.missingCode])
        #expect(found.first?.severity == .error)
    }

    /// The QA code follows the problem's kind, not words of its message: a link whose title
    /// says "missing" or "appears" is still reported for what happened to it.
    @Test func codeProblemKindDecidesTheQACode() throws {
        let message = "code 2 (<a title=\"appears missing\">) closes while code 3 inside it is still open; nest the codes properly"
        let overlapping = try issues(source: "今天天气很好。", target: "Nice weather today.",
                                     codeProblems: [CodeProblem(kind: .overlapping, codeID: "2", message: message)])
        #expect(codes(overlapping) == [.misorderedCode])
        let duplicated = try issues(source: "今天天气很好。", target: "Nice weather today.",
                                    codeProblems: [CodeProblem(kind: .duplicated, codeID: "1", message: "code 1 (<b>) appears 2 times, 1 in the source; remove the copy")])
        #expect(codes(duplicated) == [.duplicatedCode])
    }
}

@Suite struct NumberExtractorTests {
    @Test func readsDigitsWithSeparatorsAndMultipliers() {
        #expect(NumberExtractor.digitValues(in: "1,000 and 2.5 and 3万") == [[1000], [2.5], [3, 30_000]])
        #expect(NumberExtractor.digitValues(in: "1,5") == [[1], [5]])
    }

    @Test func readsWordsAndChineseNumeralsOnTheTargetSide() {
        let values = NumberExtractor.allValues(in: "twenty-five, 三千五百, 二〇二〇, July, one million")
        for expected: Decimal in [25, 3500, 2020, 7, 1_000_000] { #expect(values.contains(expected)) }
    }
}
