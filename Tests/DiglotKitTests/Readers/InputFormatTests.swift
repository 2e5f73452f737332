import Foundation
import Testing
@testable import DiglotKit

@Suite struct InputFormatTests {
    @Test(arguments: [
        ("<!--1688766303000-->\n[Title](https://a.b/c)\n------\n\n<p>x</p>", InputFormat.feedItem),
        ("\u{FEFF}<!--1688766303000-->\r\n[[视频] Title](https://a.b/c)\r\n------\r\n<p>x</p>", .feedItem),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", .feed),
        ("\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- generator --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", .feed),
        ("junk<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"/>", .feed),
        ("<?xml-stylesheet href=\"a.xsl\"?><rss/>", .feed),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", .html),
        ("<p>Just a fragment</p>", .html),
        ("<!--1688766303000-->\n<p>comment but no title line</p>", .feedItem),
        ("<!-- a comment -->\n<p>an HTML fragment</p>", .html),
    ])
    func recognisesFormatsFromContent(_ text: String, expected: InputFormat) {
        #expect(InputFormat.detect(Array(text.utf8)) == expected)
    }

    @Test(arguments: ["plain words without markup", "第一段。\n\n第二段。", "{\"json\": true}"])
    func takesOtherTextAsPlainText(_ text: String) {
        #expect(InputFormat.detect(Array(text.utf8)) == .plainText)
    }

    @Test(arguments: [[], [0x00, 0x01, 0xFF], Array("a\u{0}b".utf8)] as [[UInt8]])
    func refusesWhatIsNotText(_ bytes: [UInt8]) {
        #expect(InputFormat.detect(bytes) == nil)
    }

    @Test func articleReaderDispatchesAndNamesUnknownFormats() throws {
        let item = try ArticleReader().read(try ReaderFixture.source("voa-0004.txt"))
        #expect(item.count == 1)
        #expect(item[0].metadata.outlet == "VOA")
        let feed = try ArticleReader().read(try ReaderFixture.source("rodel-meituan.rss"))
        #expect(feed.count == 10)
        let notes = try ArticleReader().read(InputSource(name: "notes.txt", bytes: Array("just text".utf8)))
        #expect(notes.first?.translatableBlocks.map(\.plainText) == ["just text"])
        #expect { try ArticleReader().read(InputSource(name: "data.bin", bytes: [0x41, 0x00, 0x42])) } throws: { error in
            (error as? ReaderError)?.description == "data.bin: not text: binary data (a NUL byte at offset 1)"
        }
        let broken = InputSource(name: "broken.txt", bytes: Array("<!--1688766303000-->\n<p>no title line</p>".utf8))
        #expect { try ArticleReader().read(broken) } throws: { error in
            (error as? ReaderError)?.description.hasPrefix("broken.txt:2: broken feed-item header") == true
        }
        #expect { try ArticleReader().read(InputSource(name: "empty.txt", bytes: [])) } throws: { error in
            (error as? ReaderError)?.reason == "the file is empty"
        }
    }

    @Test(arguments: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x0A, 0x20]] as [[UInt8]])
    func onlyWhiteSpaceOrAByteOrderMarkIsAnEmptyFile(_ bytes: [UInt8]) {
        #expect { try ArticleReader().read(InputSource(name: "blank.txt", bytes: bytes)) } throws: { error in
            (error as? ReaderError)?.reason == "the file is empty (only white space or a byte-order mark)"
        }
    }

    /// Saved as UTF-16 without a byte-order mark: say so, rather than "binary data".
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func namesUTF16WithoutAByteOrderMark(_ encoding: String.Encoding) throws {
        let text = "<!--1688766303000-->\n[Title](https://a.b/c)\n------\n\n<p>美国气候特使克里即将访华。</p>\n"
        let bytes = Array(try #require(text.data(using: encoding)))
        #expect { try ArticleReader().read(InputSource(name: "u16.txt", bytes: bytes)) } throws: { error in
            (error as? ReaderError)?.reason == TextEncodingSniffer.utf16WithoutBOMReason
        }
    }

    /// Seeded random and mutated inputs must return or throw, never crash.
    @Test func survivesRandomAndMutatedBytes() throws {
        var generator = SeededGenerator(seed: 0x5EED)
        let seed = try ReaderFixture.source("rti-0004.txt").bytes
        let feed = Array(try ReaderFixture.source("rodel-meituan.rss").bytes.prefix(4000))
        for round in 0..<120 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<Int.random(in: 0...600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1: bytes = seed
            default: bytes = feed
            }
            for _ in 0..<Int.random(in: 1...20, using: &generator) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                default: bytes.insert(contentsOf: Array("<div><p>&amp;]]>".utf8), at: index)
                }
            }
            _ = try? ArticleReader().read(InputSource(name: "fuzz-\(round)", bytes: bytes))
        }
    }
}

extension InputFormatTests {
    /// Hostile shapes: deep nesting, thousands of empty wrappers between words, a huge
    /// attribute. Each must read without exhausting the stack.
    @Test func hostileMarkupReadsWithoutBlowingUp() throws {
        let deep = String(repeating: "<div><span class=\"x\">", count: 100) + "深处的文字。" + String(repeating: "</span></div>", count: 100)
        let fragments = "<p>" + (0..<20_000).map { "word\($0) <span></span>" }.joined() + "</p>"
        let attribute = "<p title=\"" + String(repeating: "a", count: 1_000_000) + "\">text</p>"
        for (name, html) in [("deep", deep), ("fragments", fragments), ("attribute", attribute)] {
            let documents = try ArticleReader().read(InputSource(name: name, bytes: Array(html.utf8)))
            #expect(documents.first?.translatableBlocks.isEmpty == false, "\(name)")
        }
        // Beyond libxml2's depth limit the parser stops: a clear error, not a crash.
        let abyss = String(repeating: "<div>", count: 10_000) + "text" + String(repeating: "</div>", count: 10_000)
        #expect(throws: ReaderError.self) { try ArticleReader().read(InputSource(name: "abyss", bytes: Array(abyss.utf8))) }
    }
}

extension InputFormatTests {
    /// Plain text took over only what no format claimed: every real article and feed keeps the
    /// format it had, so its export is unchanged.
    @Test(.enabled(if: TestScope.fullWithShared("corpus"))) func realInputsKeepTheirFormats() throws {
        for folder in ["articles", "seed", "feeds"] {
            for url in Corpus.files(in: folder) where url.pathExtension != "md" {
                let format = InputFormat.detect(Array(try Data(contentsOf: url)))
                #expect(format != nil && format != .plainText, "\(folder)/\(url.lastPathComponent): \(String(describing: format))")
            }
        }
    }
}
