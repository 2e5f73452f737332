import Foundation
import Testing
@testable import DiglotKit

@Suite struct FeedReaderTests {
    private func read(_ xml: String, name: String = "feed.xml") throws -> [Document] {
        try FeedReader().read(InputSource(name: name, bytes: Array(xml.utf8)))
    }

    @Test func readsRSS2WithContentEncodedAndRelativeLinks() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Example &amp; Co</title><link>https://example.com/blog/</link><language>en</language>
        <item><title>First &lt;em&gt;post&lt;/em&gt;</title><link>posts/1.html</link><pubDate>Mon, 6 Jan 2020 09:30 EST</pubDate>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>Full <b>text</b> of the first post.</p><p>Second paragraph.</p>]]></content:encoded></item>
        <item><link>https://example.com/blog/posts/2.html</link>
          <description>&lt;p&gt;An untitled note with &lt;a href="/x"&gt;a link&lt;/a&gt;.&lt;/p&gt;</description></item>
        <item><title></title><description><![CDATA[<img src="only.png">]]></description></item>
        </channel></rss>
        """
        let documents = try read(xml)
        #expect(documents.count == 2)
        #expect(documents.map { $0.dump() }.joined(separator: "\n") == """
        document lang=en outlet=Example & Co published=2020-01-06T14:30:00Z url=https://example.com/blog/posts/1.html
          title-dd047419 [title] First post
          p-4113c46b [p] Full <b#1>text</b#1> of the first post.
          p-7f9c9d4d [p] Second paragraph.
        document lang=en outlet=Example & Co url=https://example.com/blog/posts/2.html
          p-0c95514e [p] An untitled note with <a#1 href="/x">a link</a#1>.
        """)
        #expect(documents[0].metadata.summary == "Short summary.")
        #expect(documents[0].metadata.origin == "feed.xml#1")
    }

    @Test func readsAtomWithXMLBaseAndXHTMLContent() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/">
          <title type="html">A &lt;b&gt;blog&lt;/b&gt;</title>
          <link rel="alternate" href="/"/>
          <entry xml:base="/2012/">
            <title>Entry one</title><link href="entry-one"/><updated>2012-05-01T10:00:00-04:00</updated>
            <author><name>Sam</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML <em>body</em>.</p></div></content>
          </entry>
          <entry><title>Entry two</title><link rel="alternate" type="text/html" href="https://elsewhere.net/2"/>
            <summary>Plain summary line one.

        Second paragraph of the summary.</summary></entry>
        </feed>
        """
        let documents = try read(xml, name: "blog.atom")
        #expect(documents.count == 2)
        #expect(documents[0].metadata.url == "https://blog.example.org/2012/entry-one")
        #expect(documents[0].metadata.outlet == "A blog")
        #expect(documents[0].metadata.author == "Sam")
        #expect(documents[0].metadata.publishedISO8601 == "2012-05-01T14:00:00Z")
        #expect(documents[0].blocks.map(\.plainText) == ["Entry one", "XHTML body."])
        #expect(documents[1].metadata.url == "https://elsewhere.net/2")
        #expect(documents[1].blocks.map(\.plainText) == ["Entry two", "Plain summary line one.", "Second paragraph of the summary."])
    }

    @Test func relativeEntryLinksResolveAgainstTheFeedsOwnAddress() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="http://intertwingly.net/blog/index.atom"/>
          <link href="/blog/"/><title>Sam Ruby</title>
          <entry><link href="/blog/2012/07/16/Inhibiting-Suspend"/><title>Inhibiting Suspend</title>
            <content type="html">&lt;p&gt;Body &lt;img src="pic.png"&gt;&lt;/p&gt;</content></entry>
        </feed>
        """
        let document = try #require(try read(xml).first)
        #expect(document.metadata.url == "http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend")
        // A trailing image becomes its own block; in Atom its source resolves against the
        // document's address (RFC 4287 §2, no xml:base here), not the entry's link.
        #expect(document.blocks.last?.role == .image(Image(source: "http://intertwingly.net/blog/pic.png")))
    }

    /// An RSS 0.91 feed names Netscape's DTD, which is never loaded: its HTML entities used to
    /// vanish from the text. Entities the feed declares itself stand for their text.
    @Test func entityReferencesLeftByTheParserBecomeTheirText() throws {
        let netscape = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Le Monde</title><link>http://x</link><language>fr</language>
        <item><title>Caf&eacute; &amp; soci&eacute;t&eacute;</title><link>http://x/1</link>
        <description>Un projet &laquo;&nbsp;ambitieux&nbsp;&raquo; et un &unknownname; ici.</description></item>
        </channel></rss>
        """
        let french = try read(netscape)
        #expect(french.first?.metadata.title == "Café & société")
        #expect(french.first?.blocks.last?.plainText == "Un projet «\u{A0}ambitieux\u{A0}» et un &unknownname; ici.")

        let declared = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY org "The Example Organisation"> <!ENTITY tagged "<b>bold</b>"> ]>
        <rss version="2.0"><channel><title>T</title>
        <item><title>News from &org;</title><description>Today &org; announced a policy; &tagged; stays a reference.</description></item>
        </channel></rss>
        """
        let news = try read(declared)
        #expect(news.first?.metadata.title == "News from The Example Organisation")
        #expect(news.first?.blocks.last?.plainText == "Today The Example Organisation announced a policy; &tagged; stays a reference.")
    }

    /// Declared entities add at most `MarkupParser.entityBudget` of text; further references
    /// stay as written.
    @Test func declaredEntitiesAddTextWithinABudget() throws {
        let long = String(repeating: "x", count: MarkupParser.entityBudget / 2 + 1)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY long "\(long)"> ]>
        <rss version="2.0"><channel><title>T</title>
        <item><title>Long</title><description>A &long; B &long; C</description></item>
        </channel></rss>
        """
        let root = try MarkupParser.parseXML(Array(xml.utf8), file: "feed.xml", rejectDoctype: false)
        let text = root.textContent
        #expect(text.contains("A \(long) B &long; C"))
    }

    /// A title written as HTML shows its text only: no script or style, a space at a break.
    @Test func titlesWrittenAsHTMLShowTheirTextOnly() throws {
        let xml = """
        <rss version="2.0"><channel><title>T</title>
        <item><title><![CDATA[<script>var ad=1;</script>Storm hits <style>.x{color:red}</style>coast]]></title><description>One.</description></item>
        <item><title>First line&lt;br&gt;Second line</title><description>Two.</description></item>
        </channel></rss>
        """
        #expect(try read(xml).map(\.metadata.title) == ["Storm hits coast", "First line Second line"])
    }

    /// Only an XML declaration names a feed's encoding: "charset=" in a comment is none, and
    /// the undeclared Windows-1252 text is recognised as it is without the comment. Text that
    /// is not the UTF-8 it claims to be gets a message that says how to fix it.
    @Test func aCharsetInACommentIsNoDeclaration() throws {
        let start = "<rss version=\"2.0\"><!-- served as text/xml; charset=utf-8 --><channel><title>T</title><item><title>Prices</title><description>This is a "
        let bytes = Array(start.utf8) + [0xA3, 0x93] + Array("test.".utf8) + [0x94] + Array("</description></item></channel></rss>".utf8)
        let documents = try FeedReader().read(InputSource(name: "feed.rss", bytes: bytes))
        #expect(documents.first?.blocks.last?.plainText == "This is a £“test.”")
        let declared = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8) + bytes
        #expect { try FeedReader().read(InputSource(name: "feed.rss", bytes: declared)) } throws: { error in
            (error as? ReaderError)?.reason.hasPrefix("malformed feed XML: the text is not valid UTF-8 (bytes 0xA3 0x93") == true
        }
    }

    /// An extension's element with a core element's name is not the core one; full content
    /// in `xhtml:body` and a podcast's `itunes:summary` are bodies too; Atom 0.3's base64 is
    /// decoded, never shown as letters.
    @Test func readsTheRightElementsOfExtendedFeeds() throws {
        let rss = """
        <rss version="2.0" xmlns:szf="http://schemas.example.com/desc/" xmlns:xhtml="http://www.w3.org/1999/xhtml"
             xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel><title>T</title>
        <item><title>One</title><szf:description>Wrong text.</szf:description><description>Right text.</description></item>
        <item><title>Two</title><description>Short.</description><xhtml:body><p>Full <b>text</b>.</p></xhtml:body></item>
        <item><title>Three</title><itunes:summary>Episode notes.</itunes:summary></item>
        </channel></rss>
        """
        let documents = try read(rss)
        #expect(documents.map { $0.blocks.last?.plainText } == ["Right text.", "Full text.", "Episode notes."])
        #expect(documents[1].metadata.summary == "Short.")
        let atom = """
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
          <title mode="base64">
            RXhhbXBsZSA8Yj5BdG9tPC9iPg==
          </title>
          <content type="text/html" mode="base64">PHA+RGVjb2RlZCBib2R5LjwvcD4=</content>
        </entry></feed>
        """
        let entry = try read(atom)
        #expect(entry.first?.metadata.title == "Example <b>Atom</b>")
        #expect(entry.first?.blocks.last?.plainText == "Decoded body.")
    }

    @Test func readsRSS1RDF() throws {
        let xml = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://dw.com/"><title>DW 中文</title><link>https://www.dw.com/zh/</link></channel>
          <item rdf:about="https://www.dw.com/zh/文章/a-1"><title>德国总理访华</title><dc:date>2015-03-01T08:00:00+01:00</dc:date>
            <description>默克尔周五抵达北京，这是她第八次访问中国。</description></item>
        </rdf:RDF>
        """
        let document = try #require(try read(xml).first)
        #expect(document.metadata.outlet == "DW 中文")
        #expect(document.metadata.publishedISO8601 == "2015-03-01T07:00:00Z")
        #expect(document.metadata.sourceLanguage == "zh-Hans")
        #expect(document.blocks.map(\.role.name) == ["title", "p"])
    }

    @Test func repairsJunkBeforeTheDeclarationAndSplitCDATA() throws {
        let xml = "\n  junk\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Hi</title><description><![CDATA[<p>one ]]><![CDATA[two</p>]]></description></item></channel></rss>"
        let document = try #require(try read(xml).first)
        #expect(document.blocks.map(\.plainText) == ["Hi", "one two"])
    }

    @Test func repairsBareAmpersands() throws {
        let xml = "<rss version=\"2.0\"><channel><title>AT&T News</title><item><title>Q&A: prices &amp; plans&nbsp;&mdash; now</title><description><![CDATA[<p>R&D &copy; x</p>]]></description></item></channel></rss>"
        let document = try #require(try read(xml).first)
        #expect(document.metadata.outlet == "AT&T News")
        #expect(document.blocks.map(\.plainText) == ["Q&A: prices & plans\u{A0}— now", "R&D © x"])
    }

    @Test func refusesMalformedFeedsWithLineAndColumn() {
        let xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>A</title></itm></channel></rss>"
        #expect { try read(xml) } throws: { error in
            guard let error = error as? ReaderError else { return false }
            return error.line == 3 && error.column != nil && error.reason.hasPrefix("malformed feed XML")
        }
    }

    @Test func readsTheGB2312FeedThroughLibxml2() throws {
        let documents = try FeedReader().read(try ReaderFixture.source("netnewswire-kc0011-gb2312.rss"))
        #expect(documents.count == 20)
        let first = try #require(documents.first)
        #expect(first.metadata.title == "建国35周年纪念，华表，和平鸽")
        #expect(first.metadata.sourceLanguage == "zh-Hans")
        #expect(first.metadata.publishedISO8601 == "2020-01-10T14:33:00Z")
        #expect(first.metadata.outlet?.hasPrefix("投资资讯网") == true)
    }

    @Test func readsTheFeedWithANewlineBeforeTheDeclaration() throws {
        let documents = try FeedReader().read(try ReaderFixture.source("rodel-meituan.rss"))
        #expect(documents.count == 10)
        #expect(documents.allSatisfy { $0.blocks.first?.role == .title })
    }
}

extension FeedReaderTests {
    @Test func readsUTF16Feeds() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>T</title><item><title>标题</title><description>正文内容。</description></item></channel></rss>"
        let bytes: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try #require(try FeedReader().read(InputSource(name: "u16.rss", bytes: bytes)).first)
        #expect(document.blocks.map(\.plainText) == ["标题", "正文内容。"])
    }
}
