import Foundation
import Testing
@testable import DiglotKit

/// TMX memories, byte for byte: the merged test article and real articles after a round trip.
@Suite struct TMXGoldenTests {
    @Test func mergedArticleMatchesGoldenFile() throws {
        let merged = try Merger().merge(try ImportTestSupport.verify(try ImportTestSupport.translated12())).translated
        try GoldenFile.check(try TMXWriter().write([merged]), named: "merged-article.tmx", in: "TMX")
    }

    @Test func realArticlesMatchGoldenFile() throws {
        let translated = try RealArticleRoundTrip.articles.map { folder, name in
            try #require(try RealArticleRoundTrip.imported(folder, name).translated)
        }
        try GoldenFile.check(try TMXWriter().write(translated), named: "real-articles.tmx", in: "TMX")
    }
}
