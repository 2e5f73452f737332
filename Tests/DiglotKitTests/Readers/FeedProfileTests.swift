import Testing
@testable import DiglotKit

/// What a feed's items repeat is the feed's: site names in titles, header and footer blocks,
/// and advertisement items.
@Suite struct FeedProfileTests {
    private func item(_ title: String, _ body: String, link: String) -> String {
        "<item><title>\(title)</title><link>\(link)</link><description><![CDATA[\(body)]]></description></item>"
    }

    private func feed(_ items: [String]) -> InputSource {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Weekly Tech</title><link>https://weekly.example.org/</link>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
        return InputSource(name: "weekly.rss", bytes: Array(xml.utf8))
    }

    private let stories = [
        "Chip makers report record sales", "A new browser engine ships", "Why batteries age",
        "The quiet return of the pager",
    ]

    private func repeatedFeed() -> InputSource {
        feed(stories.enumerated().map { index, story in
            item("\(story) - Weekly Tech Digest", """
                <p>This weekly digest collects the technology news worth sharing, every Friday.</p>
                <h2>Introduction</h2>
                <p>\(story): the details of story number \(index + 1), told at some length for the readers.</p>
                <p>Subscribe to the digest by e-mail; the magazine is open source and welcomes contributions.</p>
                """, link: "https://weekly.example.org/\(index + 1).html")
        })
    }

    @Test func dropsBlocksAndTitleSuffixesRepeatedOverTheItems() throws {
        let documents = try FeedReader().read(repeatedFeed())
        #expect(documents.count == 4)
        for (document, story) in zip(documents, stories) {
            #expect(document.metadata.title == story)
            // The repeated heading is structure and stays; the header and footer lines go.
            #expect(document.blocks.dropFirst().map(\.plainText).first == "Introduction")
            #expect(document.blocks.count == 3)
        }
    }

    @Test func aStreamedFeedGetsTheSameProfile() throws {
        let source = repeatedFeed()
        var offset = 0
        let bytes = source.bytes
        let chunks: FeedStream.Chunks = { buffer in
            let count = min(97, buffer.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) }
            offset += count
            return count
        }
        var streamed: [String?] = []
        try FeedStream.forEachItem(name: source.name, language: nil, totalCount: 4, chunks: chunks) { streamed.append($0.document(at: 0)?.dump()) }
        let whole = try FeedReader().open(source)
        #expect(streamed == (0..<4).map { whole.document(at: $0)?.dump() })
    }

    @Test func aBlockInOnlyAFewItemsIsTheirs() throws {
        // Two items of four share a quotation: under half, so it stays.
        let quote = "<blockquote><p>We will not negotiate under pressure, the minister said on television.</p></blockquote>"
        let documents = try FeedReader().read(feed(stories.enumerated().map { index, story in
            item(story, "<p>\(story), told at length for the readers of story \(index + 1).</p>" + (index < 2 ? quote : ""),
                 link: "https://weekly.example.org/\(index + 1).html")
        }))
        #expect(documents.prefix(2).allSatisfy { $0.blocks.count == 3 })
    }

    @Test func skipsAnAdvertisementItem() throws {
        let advertiser = item("Featured Advertiser", """
            <p><a href="https://shop.example.com/">Example Shop</a> — <a href="https://shop.example.com/sale">Summer sale: 50% off everything</a></p>
            """, link: "https://weekly.example.org/ad")
        let documents = try FeedReader().read(feed([item(stories[0], "<p>The details of the story, told at length.</p>", link: "https://weekly.example.org/1.html"), advertiser]))
        #expect(documents.map(\.metadata.title) == [stories[0]])
        // A title about advertising is no advertisement.
        #expect(!FeedProfile.isMarkedAsAdvertisement("Introduction to Advertisement Eco System"))
        #expect(FeedProfile.isMarkedAsAdvertisement("[Sponsor] Timing"))
        #expect(FeedProfile.isMarkedAsAdvertisement("【广告】夏季特卖"))
    }

    @Test func readsUTF8DeclaredAsLatin1AsUTF8() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Feed</title><link>https://example.org/</link>
            <item><title>Tamiya’s new kit</title><link>https://example.org/1</link><description>Tamiya’s kit is out – at last.</description></item>
            </channel></rss>
            """
        let document = try #require(try FeedReader().read(InputSource(name: "latin.rss", bytes: Array(xml.utf8))).first)
        #expect(document.metadata.title == "Tamiya’s new kit")
        #expect(document.blocks.last?.plainText == "Tamiya’s kit is out – at last.")
        // Real Latin-1 still reads as Latin-1.
        var latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>F</title><item><title>Caf".utf8)
        latin1 += [0xE9] + Array(" du coin</title><link>https://example.org/2</link><description>Le caf".utf8) + [0xE9]
        latin1 += Array(" est ouvert.</description></item></channel></rss>".utf8)
        let french = try #require(try FeedReader().read(InputSource(name: "latin1.rss", bytes: latin1)).first)
        #expect(french.metadata.title == "Café du coin")
    }
}
