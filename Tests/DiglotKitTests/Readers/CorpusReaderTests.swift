import Foundation
import Testing
@testable import DiglotKit

/// Every real article and feed of `../shared/corpus` (skipped when it is absent).
@Suite struct CorpusReaderTests {
    /// Texts that are page chrome, never a translation unit.
    static let chromeTexts: Set<String> = [
        "分享", "分享 :", "分享：", "Share", "Share this", "Tweet", "Permalink", "Continue reading", "...more",
        "图片版权", "Image caption", "点击查看本文英文版。", "你的器材不支持播放多媒体材料",
    ]
    static let chromeFragments = ["获取更多RSS", "Feed enhanced by", "Continue reading on Medium", "get_post_time(", "付費會員", "点击此处订阅"]

    /// An independent check for bare date lines: digits, separators and date words only.
    static func isBareDate(_ text: String) -> Bool {
        text.contains(where: { $0.isASCII && $0.isNumber })
            && text.wholeMatch(of: /[\s0-9\/:.,\-+年月日号時时分秒TZ]*(GMT|UTC)?[\s0-9\/:.,\-+]*/) != nil
    }

    @Test(.enabled(if: TestScope.fullWithShared("corpus"))) func everyArticleReadsWithTitleFirstAndNoChrome() throws {
        let files = Corpus.files(in: "articles", extensions: ["txt"]) + Corpus.files(in: "seed", extensions: ["txt"])
        for url in files {
            let documents = try ArticleReader().read(try Corpus.source(url))
            let document = try #require(documents.first, "\(url.lastPathComponent)")
            #expect(documents.count == 1)
            #expect(document.blocks.first?.role == .title, "\(url.lastPathComponent)")
            #expect(document.blocks.first?.isTranslatable == true, "\(url.lastPathComponent)")
            #expect(document.metadata.published != nil && document.metadata.url != nil)
            for block in document.translatableBlocks {
                let text = block.plainText
                #expect(!Self.chromeTexts.contains(text), "\(url.lastPathComponent): chrome unit “\(text)”")
                #expect(!Self.chromeFragments.contains { text.contains($0) }, "\(url.lastPathComponent): chrome unit “\(text.prefix(80))”")
                #expect(!Self.isBareDate(text), "\(url.lastPathComponent): bare date “\(text)”")
                #expect(!text.isEmpty)
            }
            for block in document.blocks { #expect(Self.inlineProblems(block) == nil, "\(url.lastPathComponent) \(block.id): \(Self.inlineProblems(block) ?? "")") }
            let ids = document.blocks.map(\.id)
            #expect(Set(ids).count == ids.count, "\(url.lastPathComponent): duplicate IDs")
        }
    }

    /// Item counts listed in the feeds' SOURCES.md; every item there has text.
    @Test(.enabled(if: TestScope.fullWithShared("corpus"))) func everyFeedItemBecomesOneDocument() throws {
        let root = try #require(Corpus.root)
        let catalogue = try String(contentsOf: root.appendingPathComponent("feeds/SOURCES.md"), encoding: .utf8)
        var checked = 0
        for line in catalogue.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 9, let items = Int(cells[9].filter(\.isNumber)) else { continue }
            let name = cells[0].trimmingCharacters(in: ["`"])
            let url = root.appendingPathComponent("feeds").appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let documents = try FeedReader().read(try Corpus.source(url))
            #expect(documents.count == items, "\(name)")
            for document in documents {
                for block in document.blocks { #expect(Self.inlineProblems(block) == nil, "\(document.metadata.origin) \(block.id) \(block.runs.prefix(3))") }
                #expect(!document.translatableBlocks.isEmpty, "\(document.metadata.origin)")
                for block in document.translatableBlocks { #expect(!Self.chromeTexts.contains(block.plainText), "\(document.metadata.origin)") }
            }
            checked += 1
        }
        #expect(checked == Corpus.files(in: "feeds").filter { $0.pathExtension != "md" }.count)
    }

    /// What writers rely on: one segment, codes numbered 1… without gaps, pairs balanced and
    /// nested, no empty or adjacent text runs, no edge whitespace outside `<pre>`.
    static func inlineProblems(_ block: Block) -> String? {
        guard block.segments.count == 1 else { return "\(block.segments.count) segments" }
        var open: [Int] = []
        var seen = Set<Int>()
        var previousWasText = false
        for run in block.runs {
            switch run {
            case .text(let text):
                if text.isEmpty { return "empty text run" }
                if previousWasText { return "adjacent text runs" }
                previousWasText = true
                continue
            case .open(let code): open.append(code.id); guard seen.insert(code.id).inserted else { return "duplicate id \(code.id)" }
            case .close(let code): guard open.popLast() == code.id else { return "unbalanced close \(code.id)" }
            case .placeholder(let code): guard seen.insert(code.id).inserted else { return "duplicate id \(code.id)" }
            }
            previousWasText = false
        }
        if !open.isEmpty { return "unclosed codes \(open)" }
        if !seen.isEmpty, seen != Set(1...seen.count) { return "ids not 1…n: \(seen.sorted())" }
        // Edge whitespace is an error unless an inline image stands between it and the edge.
        let content = block.runs.filter { if case .text = $0 { true } else if case .placeholder = $0 { true } else { false } }
        if block.role != .preformatted, case .text(let text)? = content.first, text.first?.isWhitespace == true { return "leading whitespace" }
        if block.role != .preformatted, case .text(let text)? = content.last, text.last?.isWhitespace == true { return "trailing whitespace" }
        return nil
    }

    @Test(.enabled(if: TestScope.fullWithShared("corpus"))) func detectsEveryCorpusFileFormat() {
        for url in Corpus.files(in: "articles", extensions: ["txt"]) {
            #expect(InputFormat.detect(Array((try? Data(contentsOf: url)) ?? Data())) == .feedItem, "\(url.lastPathComponent)")
        }
        for url in Corpus.files(in: "feeds") where url.pathExtension != "md" {
            #expect(InputFormat.detect(Array((try? Data(contentsOf: url)) ?? Data())) == .feed, "\(url.lastPathComponent)")
        }
    }
}
