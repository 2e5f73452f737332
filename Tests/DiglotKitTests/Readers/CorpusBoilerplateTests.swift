import Foundation
import Testing
@testable import DiglotKit

/// Over the whole shared corpus: none of the unit kinds of issue 17 reaches a translator, and
/// the structural rules take little of the text.
@Suite(.enabled(if: TestScope.fullWithShared("corpus")))
struct CorpusBoilerplateTests {
    /// Every document of the corpus's articles and feeds, with its input's name.
    static func documents() throws -> [(name: String, document: Document)] {
        let files = Corpus.files(in: "articles", extensions: ["txt"]) + Corpus.files(in: "seed", extensions: ["txt"])
            + Corpus.files(in: "feeds", extensions: ["rss", "atom", "xml"])
        var documents: [(String, Document)] = []
        for url in files {
            guard let read = try? ArticleReader().read(try Corpus.source(url)) else { continue }
            documents += read.map { (url.lastPathComponent, $0) }
        }
        return documents
    }

    @Test func noBylineReferenceMojibakeOrSiteNameReachesATranslator() throws {
        let documents = try Self.documents()
        #expect(documents.count > 1_500)
        let reference = /&[A-Za-z][A-Za-z0-9]{1,31};/
        for (name, document) in documents {
            for block in document.translatableBlocks {
                let text = block.plainText
                #expect(!TextClassifier.isBylineWithDate(text.trimmingCharacters(in: .whitespaces)), "\(name): byline “\(text)”")
                // An HTML5 name left undecoded (`&comma;`). HTML 4's (`&lt;`) show in code posts
                // that escape them twice, as text.
                for match in text.matches(of: reference) {
                    let reference = String(match.output.dropFirst().dropLast())
                    #expect(HTML5NamedReferences.table[reference] == nil, "\(name): undecoded &\(reference); in “\(text.prefix(80))”")
                }
                #expect(!text.contains("â\u{80}"), "\(name): UTF-8 read as Latin-1 in “\(text.prefix(80))”")
                #expect(!["相关阅读：", "相關閱讀：", "Related:", "Read full article >>"].contains(text), "\(name): “\(text)”")
            }
            if let title = document.metadata.title, let url = document.metadata.url {
                #expect(SiteNameSuffix.strip(title, names: [], url: url) == title, "\(name): site name in “\(title)”")
            }
        }
    }

    @Test func englishArticlesStayEnglish() throws {
        for (name, document) in try Self.documents() where document.metadata.sourceLanguage.primary == "en" {
            let text = document.translatableBlocks.map(\.plainText).joined(separator: " ")
            #expect(LatinLanguage.guess(text).primary == "en", "\(name): \(document.metadata.title ?? "")")
        }
    }

    /// The structural rules are measured against the blocks they start from: over the corpus's
    /// articles they remove related lists, pointers and bylines, and must keep 99% of the letters.
    @Test func theStructuralRulesKeepTheText() throws {
        var before = 0, after = 0
        for url in Corpus.files(in: "articles", extensions: ["txt"]) {
            let source = try Corpus.source(url)
            let text = try TextEncodingSniffer.sniff(source.bytes, input: source.name).utf8
            let header = try FeedItemReader.header(of: text, input: source.name)
            let root = try HTMLFragment.parse(Array(text[header.bodyOffset...]), file: source.name)
            let extractor = HTMLContentExtractor()
            let letters = { (blocks: [ExtractedBlock]) in blocks.reduce(0) { $0 + $1.plainText.unicodeScalars.count(where: ScriptClass.isLetter) } }
            before += letters(extractor.unfilteredBlocks(in: root))
            after += letters(extractor.blocks(in: root, articleURL: header.url))
        }
        #expect(before > 0 && Double(after) >= Double(before) * 0.99, "\(after) of \(before) letters kept")
    }
}
