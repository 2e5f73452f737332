import Foundation
import Testing
@testable import DiglotKit

/// EPUBs of every layout checked by the referee tools: EPUBCheck (0 errors, 0 warnings),
/// reading-order text, and, for a 200-chapter collection, validity at scale.
@Suite(.serialized) struct RefereeTests {
    static let optionCases: [(name: String, options: EPUBOptions)] = [
        ("interleaved", EPUBOptions(layout: .interleaved)),
        ("side-by-side", EPUBOptions(layout: .sideBySide)),
        ("target-only", EPUBOptions(layout: .targetOnly)),
        ("source-only", EPUBOptions(layout: .sourceOnly)),
        ("review", EPUBOptions(reviewCopy: true)),
    ]

    static func collection(target: LanguageTag = "en") -> Book {
        Book(title: "气候外交 Climate diplomacy", sourceLanguage: "zh-Hans", targetLanguage: target,
             chapters: [SampleArticles.climateArticle(target: target), SampleArticles.reviewArticle()])
    }

    static func check(_ files: [(String, Book, EPUBOptions)], with referee: Referee) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var paths: [String] = []
        for (name, book, options) in files {
            paths.append(try directory.write(EPUBWriter().write(book, options: options), to: name + ".epub").path)
        }
        let result = try referee.run("check-epub", paths)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.lastLine == "epubcheck: 0 errors, 0 warnings", "\(result.output)")
    }

    /// Every layout and the review copy, Chinese to English; right-to-left Arabic targets;
    /// English to Chinese. (EPUBCheck takes several seconds a file, so not every combination.)
    @Test(.enabled(if: TestScope.referee)) func everyLayoutPassesEPUBCheck() throws {
        let referee = try #require(Referee.available)
        var files: [(String, Book, EPUBOptions)] = Self.optionCases.map { ("zh-en-\($0.name)", Self.collection(), $0.options) }
        for layout: EPUBLayout in [.interleaved, .sideBySide, .targetOnly] {
            files.append(("zh-ar-\(layout.rawValue)", Self.collection(target: "ar"), EPUBOptions(layout: layout)))
        }
        files.append(("en-zh", Book(article: SampleArticles.englishArticle(), targetLanguage: "zh-Hans"), EPUBOptions()))
        try Self.check(files, with: referee)
    }

    /// A collection of 200 articles (real RFI text, retitled and redated) with a title page.
    static func largeCollection() -> Book {
        let chapters = (1...200).map { number -> Chapter in
            var chapter = number % 3 == 0 ? SampleArticles.reviewArticle()
                : SampleArticles.climateArticle(title: "第\(number)篇：美国气候特使克里即将访华")
            chapter.document.metadata.url = "https://www.rfi.fr/cn/article-\(number)"
            chapter.document.metadata.published = Date(timeIntervalSince1970: 1_688_766_303 + Double(number) * 3_600)
            return chapter
        }
        return Book(title: "RFI 气候报道 200 篇", sourceLanguage: "zh-Hans", targetLanguage: "en", chapters: chapters)
    }

    @Test(.enabled(if: TestScope.referee)) func twoHundredChapterCollectionPassesEPUBCheck() throws {
        let referee = try #require(Referee.available)
        let book = Self.largeCollection()
        try Self.check([("large-interleaved", book, EPUBOptions()), ("large-side-by-side", book, EPUBOptions(layout: .sideBySide))],
                       with: referee)
    }

    /// `epub-text --lang` lines as (language, text).
    static func readingOrder(_ book: Book, _ options: EPUBOptions, only: String? = nil, referee: Referee) throws -> [(language: String, text: String)] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(EPUBWriter().write(book, options: options), to: "book.epub")
        var arguments = ["--lang"]
        if let only { arguments += ["--only", only] }
        let result = try referee.run("epub-text", arguments + [file.path])
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
    }

    @Test(.enabled(if: TestScope.referee), arguments: [EPUBLayout.interleaved, .sideBySide])
    func bilingualReadingOrderPutsEachTranslationAfterItsSource(layout: EPUBLayout) throws {
        let referee = try #require(Referee.available)
        let lines = try Self.readingOrder(Self.collection(), EPUBOptions(layout: layout), referee: referee)
        var previous = -1
        for pair in SampleArticles.orderedPairs {
            let index = try #require(lines.firstIndex { $0.text == pair.source })
            #expect(index > previous)
            #expect(lines[index].language == "zh-Hans")
            #expect(lines[index + 1].text == pair.target)
            #expect(lines[index + 1].language == "en")
            previous = index + 1
        }
        let english = try Self.readingOrder(Self.collection(), EPUBOptions(layout: layout), only: "en", referee: referee).map(\.text)
        let positions = SampleArticles.orderedPairs.compactMap { pair in english.firstIndex(of: pair.target) }
        #expect(positions.count == SampleArticles.orderedPairs.count)
        #expect(positions == positions.sorted())
    }

    @Test(.enabled(if: TestScope.referee)) func singleLanguageLayoutsReadInOneLanguage() throws {
        let referee = try #require(Referee.available)
        let single = Book(article: SampleArticles.climateArticle(), targetLanguage: "en")
        let target = try Self.readingOrder(single, EPUBOptions(layout: .targetOnly), referee: referee)
        let targetTexts = target.map(\.text)
        for pair in SampleArticles.orderedPairs {
            #expect(targetTexts.contains(pair.target))
            #expect(!targetTexts.contains(pair.source))
        }
        // The only Chinese lines left are metadata, numbers and untranslated text, each marked as Chinese.
        let chinese = target.filter { $0.language.hasPrefix("zh") }.map(\.text)
        #expect(chinese.contains("消息称，拜登政府认为，气候问题是美中两个激烈竞争的大国可以合作的领域之一。"))
        #expect(chinese.count <= 8, "\(chinese)")

        let source = try Self.readingOrder(Self.collection(), EPUBOptions(layout: .sourceOnly), only: "en", referee: referee)
        #expect(source.isEmpty, "\(source)")
    }

    @Test(.enabled(if: TestScope.referee)) func reviewCopyReadsAsLabelledUnitsWithTerms() throws {
        let referee = try #require(Referee.available)
        let book = Book(article: SampleArticles.reviewArticle(), targetLanguage: "en")
        let lines = try Self.readingOrder(book, EPUBOptions(reviewCopy: true), referee: referee).map(\.text)
        let index = try #require(lines.firstIndex(of: SampleArticles.orderedPairs[0].source))
        #expect(lines[index - 1].range(of: #"^p-[0-9a-f]{8}$"#, options: .regularExpression) != nil)
        #expect(lines[index + 1] == "克里 → John Kerry person")
    }
}
