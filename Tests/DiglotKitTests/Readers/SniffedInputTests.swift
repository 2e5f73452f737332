import Foundation
import Testing
@testable import DiglotKit

@Suite struct SniffedInputTests {
    private static func sample(_ name: String) throws -> InputSource {
        let url = PackageRoot.url.appendingPathComponent("Samples").appendingPathComponent(name)
        return InputSource(name: name, bytes: Array(try Data(contentsOf: url)))
    }

    private static func utf16(_ text: String, bigEndian: Bool, mark: Bool = true) -> [UInt8] {
        let units = text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return (mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []) + units
    }

    private static func dump(_ input: SniffedInput) throws -> [String] {
        try ArticleReader().read(input).map { $0.dump() }
    }

    /// Each format of real file is sniffed once and read from the sniff, as it was read before.
    @Test(arguments: [
        ("rfi-kerry-climate.txt", InputFormat.feedItem), ("voa-0001.txt", .feedItem),
        ("netnewswire-kc0011-gb2312.rss", .feed), ("oped2-waimei.atom", .feed),
    ])
    func sniffsRealSamples(_ name: String, format: InputFormat) throws {
        let source = try Self.sample(name)
        let input = SniffedInput(source)
        #expect(input.format == format && input.refusal == nil && input.byteOrderMark == nil)
        #expect(InputFormat.detect(source.bytes) == format)
        let reader: any DocumentReader = format == .feed ? FeedReader() : FeedItemReader()
        #expect(try Self.dump(input) == reader.read(source).map { $0.dump() })
    }

    @Test func decidesTheEncodingOfRealPages() throws {
        let big5 = SniffedInput(try ReaderFixture.source("undeclared-big5.html"))
        #expect(big5.format == .html)
        #expect(try big5.text().encoding == "BIG5-HKSCS" && !big5.text().isDeclared)
        let gbk = SniffedInput(try ReaderFixture.source("declared-gbk.html"))
        #expect(try gbk.text().encoding == "GB18030" && gbk.text().isDeclared)
        // A declared legacy feed is left to libxml2; an undeclared one is converted here.
        let declared = SniffedInput(try ReaderFixture.source("netnewswire-kc0011-gb2312.rss"))
        #expect(try declared.feedMarkup().encoding == nil)
        let undeclared = SniffedInput(try ReaderFixture.source("undeclared-gb18030.rss"))
        let markup = try undeclared.feedMarkup()
        #expect(markup.encoding == "UTF-8" && String(decoding: markup.bytes, as: UTF8.self).contains("国家统计局发布数据"))
    }

    /// A real feed item saved with a byte-order mark, as UTF-16 or in GB18030 (`iconv -t
    /// gb18030` of the sample, in the fixtures) reads as the
    /// UTF-8 original does; the header is the one detection read, except where the text had to
    /// be converted from a legacy encoding (its header bytes changed).
    @Test(arguments: ["utf8-bom", "utf16le", "utf16be", "gb18030"])
    func readsARealItemInEveryEncoding(_ encoding: String) throws {
        let original = try Self.sample("rfi-kerry-climate.txt")
        let text = String(decoding: original.bytes, as: UTF8.self)
        let bytes: [UInt8] = switch encoding {
        case "utf8-bom": [0xEF, 0xBB, 0xBF] + original.bytes
        case "utf16le": Self.utf16(text, bigEndian: false)
        case "utf16be": Self.utf16(text, bigEndian: true)
        default: try ReaderFixture.source("rfi-kerry-climate-gb18030.txt").bytes
        }
        let input = SniffedInput(InputSource(name: original.name, bytes: bytes))
        #expect(input.format == .feedItem && input.refusal == nil)
        let item = try input.feedItem()
        let plain = try SniffedInput(original).feedItem()
        #expect(item.header == plain.header)
        #expect(item.utf8 == plain.utf8)
        let detected = try input.head.feedItem.header.get()
        if encoding == "gb18030" {
            #expect(detected.title != plain.header.title)  // read from the bytes, not yet converted
        } else {
            #expect(detected == item.header)
        }
        #expect(try Self.dump(input) == Self.dump(SniffedInput(original)))
    }

    /// The reader reads the header the sniff holds and never parses the bytes again.
    @Test func theReaderReadsTheSniffedHeader() throws {
        let source = try Self.sample("rfi-kerry-climate.txt")
        let sniffed = SniffedInput(source)
        var item = try sniffed.feedItem()
        item.header.title = "Read from the sniff"
        item.header.url = "https://example.org/sniffed"
        let swapped = SniffedInput(source: source, head: sniffed.head, format: .feedItem, content: .feedItem(.success(item)))
        let document = try #require(FeedItemReader().read(swapped).first)
        #expect(document.metadata.title == "Read from the sniff")
        #expect(document.metadata.url == "https://example.org/sniffed")
    }

    /// The feed reader parses the sniffed markup, not the bytes.
    @Test func theFeedReaderReadsTheSniffedMarkup() throws {
        let source = try Self.sample("oped2-waimei.atom")
        let other = try ReaderFixture.source("rodel-meituan.rss")
        let markup = try SniffedInput(other).feedMarkup()
        let swapped = SniffedInput(source: source, head: SniffedInput(source).head, format: .feed, content: .feed(.success(markup)))
        let titles = try FeedReader().read(swapped).map(\.metadata.title)
        #expect(titles == (try FeedReader().read(other).map(\.metadata.title)))
        #expect(titles != (try FeedReader().read(source).map(\.metadata.title)))
    }

    /// A title line longer than what detection reads: the header is read from the whole text.
    @Test func aHeaderLongerThanTheHeadIsReadWhole() throws {
        let title = String(repeating: "长", count: 7_000)
        let text = "<!--1595905879000-->\n[\(title)](https://a.b/c)\n------\n<p>美国气候特使克里即将访华。</p>\n"
        let input = SniffedInput(InputSource(name: "long.txt", bytes: Array(text.utf8)))
        #expect(input.format == .feedItem && input.head.feedItem.reachedEnd)
        #expect(try input.feedItem().header.title == title)
    }

    @Test(arguments: [
        ([], "the file is empty"),
        ([0xEF, 0xBB, 0xBF], "the file is empty (only white space or a byte-order mark)"),
        ([0xFE, 0xFF, 0x00, 0x20, 0x00, 0x0A], "the file is empty (only white space or a byte-order mark)"),
        (Array(" \n\t\r\n".utf8), "the file is empty (only white space or a byte-order mark)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "not text: it is a PNG image"),
        ([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03], "not text: it is a gzip-compressed file"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00], "UTF-32 text, which Diglot does not read; save it as UTF-8 (or UTF-16)"),
        (Array(#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"content_html": "<p>Hi</p>"}]}"#.utf8),
         "a JSON Feed, which Diglot does not read; give the site's RSS or Atom feed instead"),
        (Array(" [1, 2, {\"a\": \"<b>x</b>\"}]".utf8), "JSON data, not an article, a feed or plain text"),
        (Array("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body><outline text=\"News\"/></body></opml>".utf8),
         "an OPML subscription list, not a feed; give the feeds it lists (their xmlUrl addresses) instead"),
        (Array("<xliff version=\"1.2\"><file/></xliff>".utf8),
         "an XLIFF file: export reads articles and feeds; a translated XLIFF file goes to `diglot import` or `diglot ebook`"),
        (Array("<configuration>\n  <pattern>%d %msg</pattern>\n</configuration>".utf8),
         "XML whose root element is <configuration>, not a feed (<rss>, <rdf:RDF>, <feed>) or an HTML page"),
        (utf16("<!--1595905879000-->\n[T](https://a.b/c)\n------\n<p>正文。</p>\n", bigEndian: false, mark: false),
         TextEncodingSniffer.utf16WithoutBOMReason),
    ] as [([UInt8], String)])
    func refusesWhatNoReaderCanRead(_ bytes: [UInt8], reason: String) {
        let input = SniffedInput(InputSource(name: "bad.txt", bytes: bytes))
        #expect(input.refusal?.reason == reason)
        #expect { try ArticleReader().read(input) } throws: { error in (error as? ReaderError)?.reason == reason }
    }

    /// Pages and fragments that open with an HTML or custom element are still pages, and a
    /// file of nothing but comments is markup with nothing to translate, not plain text.
    @Test func markupThatIsNoOtherXMLIsReadAsHTML() {
        for text in ["<section><p>Text.</p></section>", "<?xml version=\"1.0\"?><html><body><p>Text.</p></body></html>",
                     "<my-widget>Text.</my-widget>", "<FONT size=2>Text.</FONT>", "Press <ctrl> and C to copy the text."] {
            let input = SniffedInput(InputSource(name: "page.html", bytes: Array(text.utf8)))
            #expect(input.format == .html && input.refusal == nil, "\(text)")
        }
        let comments = SniffedInput(InputSource(name: "empty.xml", bytes: Array("<!--\nDescription: empty\n-->\n".utf8)))
        #expect(comments.format == .html)
        #expect { try ArticleReader().read(comments) } throws: { error in
            (error as? ReaderError)?.reason.hasPrefix("no content") == true
        }
    }

    /// Junk and a byte-order mark before a real feed are cut once: from the whole text when it
    /// is read whole, by the offset sniffed from its first bytes when it is streamed.
    @Test func cutsWhatStandsBeforeAFeedOnce() throws {
        let feed = try ReaderFixture.source("rodel-meituan.rss")
        let junk: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\n\njunk line\n".utf8)
        let source = InputSource(name: "junk.rss", bytes: junk + feed.bytes)
        let input = SniffedInput(source)
        #expect(input.format == .feed && input.byteOrderMark == .utf8)
        #expect(try input.feedMarkup().bytes == Array(feed.bytes.drop(while: { $0 != UInt8(ascii: "<") })))
        #expect(input.head.streamedMarkupOffset == junk.count + feed.bytes.prefix(while: { $0 != UInt8(ascii: "<") }).count)
        var remaining = source.bytes[...]
        let chunks: FeedStream.Chunks = { buffer in
            let count = min(buffer.count, remaining.count, 1000)
            buffer.copyBytes(from: remaining.prefix(count))
            remaining = remaining.dropFirst(count)
            return count
        }
        #expect(try FeedStream.countItems(name: "junk.rss", markupOffset: input.head.streamedMarkupOffset, chunks: chunks) == 10)
    }

    /// A feed declared ISO-8859-1 but written in UTF-8 is read as UTF-8.
    @Test func readsUTF8DeclaredAsLatin1AsUTF8() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Tamiya’s kit</title><description>Tamiya’s new kit is out this week.</description></item></channel></rss>"
        let input = SniffedInput(InputSource(name: "latin.rss", bytes: Array(xml.utf8)))
        #expect(try input.feedMarkup().encoding == "UTF-8")
        #expect(try ArticleReader().read(input).first?.metadata.title == "Tamiya’s kit")
    }

    /// The ebook tells translated XLIFF from articles by the same sniff, in any encoding.
    @Test func tellsXLIFFByItsRootElement() throws {
        let xliff = "<?xml version=\"1.0\"?>\n<!-- made by a CAT tool -->\n<xliff version=\"1.2\"><file/></xliff>"
        #expect(InputHead(Array(xliff.utf8)).isXLIFF)
        #expect(InputHead(Self.utf16(xliff, bigEndian: false)).isXLIFF)
        #expect(!InputHead(try Self.sample("oped2-waimei.atom").bytes).isXLIFF)
        #expect(!InputHead(try Self.sample("rfi-kerry-climate.txt").bytes).isXLIFF)
        #expect(!InputHead(Array("<p>The tag &lt;xliff&gt; is XML.</p>".utf8)).isXLIFF)
    }
}
