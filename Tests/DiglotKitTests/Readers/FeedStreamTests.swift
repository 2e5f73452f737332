import Foundation
import Testing
@testable import DiglotKit

/// `FeedStream`: a feed read item by item gives what `FeedReader` gives for the whole feed.
@Suite struct FeedStreamTests {
    /// Hands out `bytes` in chunks of at most `size`, as a file read would.
    private static func chunks(_ bytes: [UInt8], size: Int = 4096) -> FeedStream.Chunks {
        var offset = 0
        return { buffer in
            let count = min(size, buffer.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
            }
            offset += count
            return count
        }
    }

    /// Each item streamed, as (position, count, dump or nil for no text).
    private static func streamed(_ source: InputSource, chunkSize: Int = 4096) throws -> [(Int, Int, String?)] {
        let total = try FeedStream.countItems(name: source.name, chunks: chunks(source.bytes, size: chunkSize))
        var items: [(Int, Int, String?)] = []
        try FeedStream.forEachItem(name: source.name, language: source.language, totalCount: total,
                                   chunks: chunks(source.bytes, size: chunkSize)) { input in
            #expect(input.isFeed && input.count == 1)
            let position = input.position(of: 0)
            items.append((position.index, position.count, input.document(at: 0)?.dump()))
        }
        return items
    }

    @Test(.enabled(if: TestScope.fullWithShared("corpus")), arguments: Corpus.files(in: "feeds", extensions: ["rss", "atom", "xml"]))
    func aCorpusFeedStreamedGivesTheSameDocumentsAsReadWhole(url: URL) throws {
        let source = try Corpus.source(url)
        let whole = try FeedReader().open(source)
        let items: [(Int, Int, String?)]
        do {
            items = try Self.streamed(source, chunkSize: 1000)
        } catch let error as ReaderError {
            // Only a feed that needs one of FeedReader's repairs may fail, and then clearly.
            #expect(error.description.contains("malformed feed XML") && error.line != nil, "\(error)")
            return
        }
        #expect(items.count == whole.count)
        for (index, item) in items.enumerated() {
            #expect(item.0 == index && item.1 == whole.count)
            #expect(item.2 == whole.document(at: index)?.dump(), "\(url.lastPathComponent) item \(index + 1)")
        }
    }

    @Test func channelDataBeforeTheItemsAppliesToEveryItem() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://blog.example.org/">
              <title>A blog</title><link rel="self" href="https://blog.example.org/feed.atom"/>
              <entry><title>One</title><link href="posts/1"/><content type="html">&lt;p&gt;First &lt;a href="x"&gt;post&lt;/a&gt;.&lt;/p&gt;</content></entry>
              <entry xml:base="drafts/"><title>Two</title><link href="2"/><content type="text">Second post.</content></entry>
            </feed>
            """
        let source = InputSource(name: "blog.atom", bytes: Array(xml.utf8))
        let items = try Self.streamed(source, chunkSize: 7)
        #expect(items.map(\.2) == [
            """
            document lang=en outlet=A blog url=https://blog.example.org/posts/1
              title-a9393c5d [title] One
              p-f914e961 [p] First <a#1 href="x">post</a#1>.
            """,
            """
            document lang=en outlet=A blog url=https://blog.example.org/drafts/2
              title-5c163ba4 [title] Two
              p-5b8afe18 [p] Second post.
            """,
        ])
        #expect(items.map(\.2) == (0..<2).map { try? FeedReader().open(source).document(at: $0)?.dump() })
    }

    @Test func malformedXMLIsNamedWithItsLine() {
        let xml = "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>One</title></item>\n<item><title>Two</itm></item></channel></rss>"
        #expect {
            try FeedStream.countItems(name: "bad.rss", chunks: Self.chunks(Array(xml.utf8)))
        } throws: { error in
            let error = error as? ReaderError
            return error?.line == 3 && error?.description.contains("bad.rss") == true
                && error?.description.contains("malformed feed XML") == true
        }
    }

    @Test func notAFeedAndAnEmptyFeedAreRefused() {
        #expect(throws: ReaderError(input: "page.xml", reason: "not a feed: the root element is <html>, not <rss>, <rdf:RDF> or <feed>")) {
            try FeedStream.countItems(name: "page.xml", chunks: Self.chunks(Array("<html><body/></html>".utf8)))
        }
        #expect(throws: ReaderError(input: "empty.rss", reason: "no content: the feed has no items")) {
            try FeedStream.countItems(name: "empty.rss", chunks: Self.chunks(Array("<rss><channel><title>T</title></channel></rss>".utf8)))
        }
    }

    @Test func anItemLargerThanAnArticleMayBeIsRefused() {
        // Many small elements: each node is fine, the item as a whole is not.
        var xml = Array("<rss version=\"2.0\"><channel><title>T</title><item><title>Small</title></item><item><title>Big</title>".utf8)
        let category = Array("<category>a category of the item, repeated to make it large</category>\n".utf8)
        xml.reserveCapacity(ArticleReader.maximumInputSize + 2 * 1_048_576)
        while xml.count <= ArticleReader.maximumInputSize + 1_048_576 { xml += category }
        xml += Array("</item></channel></rss>".utf8)
        #expect(throws: ReaderError(input: "big.rss", reason: "item 2 is too large: over 64 MB, the limit for one item")) {
            try FeedStream.countItems(name: "big.rss", chunks: Self.chunks(xml, size: 1 << 16))
        }
    }

    @Test func whatStandsBeforeTheXMLDeclarationIsCutAsWhenReadWhole() throws {
        let xml = "\u{FEFF}\n\n junk <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Hello</title><description>Some text.</description></item></channel></rss>"
        let source = InputSource(name: "junk.rss", bytes: Array(xml.utf8))
        let items = try Self.streamed(source, chunkSize: 3)
        #expect(items.count == 1)
        #expect(items.first?.2 == (try FeedReader().read(source)).first?.dump())
    }

    @Test func aTextOverLibxml2sLimitIsNamedPlainly() {
        var xml = Array("<rss version=\"2.0\"><channel><item><title>Big</title><description><![CDATA[".utf8)
        xml += [UInt8](repeating: UInt8(ascii: "a"), count: 11 * 1_048_576)
        xml += Array("]]></description></item></channel></rss>".utf8)
        #expect {
            try FeedStream.countItems(name: "big.rss", chunks: Self.chunks(xml, size: 1 << 16))
        } throws: { error in
            (error as? ReaderError)?.reason == "malformed feed XML: one piece of text (a text node, CDATA section or comment) is over 10 MB, libxml2's limit; split it"
        }
    }

    @Test func anExternalEntityIsNotLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Leak &secret; here</title><description>Text &secret; here.</description></item>
            </channel></rss>
            """
        let items = try Self.streamed(InputSource(name: "entity.rss", bytes: Array(xml.utf8)))
        let dump = try #require(items.first?.2)
        // Never loaded: the reference stays as written, so nothing vanishes without a trace.
        #expect(dump.contains("Leak &secret; here") && !dump.contains("root:"))
    }

    @Test func billionLaughsFailsFastAsWhenReadWhole() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
            ]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Laughs &g;</title><description>Text &g; here.</description></item>
            </channel></rss>
            """
        let source = InputSource(name: "laughs.rss", bytes: Array(xml.utf8))
        #expect {
            try FeedStream.countItems(name: source.name, chunks: Self.chunks(source.bytes))
        } throws: { error in
            // On the item's line, with libxml2's reason, as when the feed is read whole.
            (error as? ReaderError)?.description.hasPrefix("laughs.rss:8:") == true
                && (error as? ReaderError)?.reason == "malformed feed XML: Detected an entity reference loop"
        }
        #expect(throws: ReaderError.self) { try FeedReader().read(source) }
    }
}
