import Foundation
import Testing
@testable import DiglotKit

/// The merged HTML, byte for byte: the every-role article, real articles and the layout cases
/// after a round trip.
@Suite struct HTMLGoldenTests {
    @Test func everyRoleArticleMatchesGoldenFile() throws {
        try GoldenFile.check(try HTMLWriter().write(HTMLWriterTests.article()), named: "every-role.html", in: "HTML")
    }

    @Test(arguments: RealArticleRoundTrip.articles.map(\.1))
    func realArticleMatchesGoldenFile(_ name: String) throws {
        let (folder, _) = try #require(RealArticleRoundTrip.articles.first { $0.1 == name })
        let html = try #require(try RealArticleRoundTrip.imported(folder, name).html)
        try GoldenFile.check(html, named: (name as NSString).deletingPathExtension + ".html", in: "HTML")
    }

    /// Every grouping of `BlockLayout`: a picture with two captions, a lone caption, lists of
    /// both kinds next to each other and nested, a table, a definition list.
    @Test func layoutCasesMatchGoldenFile() throws {
        let html = try #require(try RealArticleRoundTrip.imported("Layout", "layout-cases.html").html)
        try GoldenFile.check(html, named: "layout-cases.html", in: "HTML")
    }
}
