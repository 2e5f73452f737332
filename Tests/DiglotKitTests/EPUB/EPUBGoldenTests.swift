import Foundation
import Testing
@testable import DiglotKit

/// The XHTML, package document and navigation of EPUBs, byte for byte (the zip itself depends on
/// the zlib build, its entries do not): the sample collection in every layout and the review
/// copy, real articles and the layout cases after a round trip.
@Suite struct EPUBGoldenTests {
    /// Every text entry of `contents` (XHTML, OPF, NCX) compared with `<prefix>-<path>`; the
    /// stylesheet, the same in every book, with one `diglot.css`.
    private func check(_ contents: EPUBContents, prefix: String) throws {
        let texts = contents.entries.filter { entry in
            [".xhtml", ".opf", ".ncx", ".css"].contains { entry.path.hasSuffix($0) }
        }
        #expect(!texts.isEmpty)
        for entry in texts {
            let name = entry.path.hasSuffix(".css") ? "diglot.css" : prefix + "-" + entry.path.split(separator: "/").joined(separator: "_")
            try GoldenFile.check(entry.bytes, named: name, in: "EPUB")
        }
    }

    @Test(arguments: RefereeTests.optionCases.map(\.name))
    func collectionMatchesGoldenFiles(_ layout: String) throws {
        let options = try #require(RefereeTests.optionCases.first { $0.name == layout }?.options)
        try check(try EPUBWriterTests.write(RefereeTests.collection(), options), prefix: "collection-" + layout)
    }

    @Test(arguments: RealArticleRoundTrip.articles.map(\.1))
    func realArticleMatchesGoldenFiles(_ name: String) throws {
        let (folder, _) = try #require(RealArticleRoundTrip.articles.first { $0.1 == name })
        let epub = try #require(try RealArticleRoundTrip.imported(folder, name, layout: .sideBySide).epub)
        try check(try EPUBContents(epub), prefix: (name as NSString).deletingPathExtension)
    }

    /// Every grouping of `BlockLayout`, in the layouts that write lists and figures differently.
    @Test(arguments: [EPUBLayout.interleaved, .sideBySide])
    func layoutCasesMatchGoldenFiles(_ layout: EPUBLayout) throws {
        let epub = try #require(try RealArticleRoundTrip.imported("Layout", "layout-cases.html", layout: layout).epub)
        let contents = try EPUBContents(epub)
        let chapter = try #require(contents.chapterPaths.first)
        try GoldenFile.check(try #require(contents.bytes(chapter)), named: "layout-cases-\(layout.rawValue).xhtml", in: "EPUB")
    }
}
