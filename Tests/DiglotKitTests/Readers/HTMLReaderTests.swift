import Foundation
import Testing
@testable import DiglotKit

@Suite struct HTMLReaderTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en-GB"><head><meta charset="utf-8">
    <title>Floods in the south | Example News</title>
    <meta property="og:title" content="Floods in the south">
    <meta property="og:url" content="https://news.example.com/2020/07/floods">
    <meta property="og:site_name" content="Example News">
    <meta property="og:description" content="Heavy rain has displaced thousands.">
    <meta property="article:published_time" content="2020-07-03T14:26:23+08:00">
    <meta name="author" content="Raymond Zhong">
    </head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <article>
      <h1>Floods in the south</h1>
      <p>Weeks of heavy rain have <a href="/2020/07/dams">swept away homes</a>.</p>
      <figure><img src="/img/flood.jpg" alt="A flooded village"><figcaption>A village in Guangxi.</figcaption></figure>
      <div class="social-share"><a href="https://twitter.com/intent/tweet">Tweet</a></div>
      <p>Officials warned of more rain on Saturday.</p>
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/other">Other story</a></li></ul></aside>
    <footer><p>© 2020 Example News</p></footer>
    </body></html>
    """

    @Test func readsMetadataAndArticleContentOnly() throws {
        let document = try #require(HTMLReader().read(InputSource(name: "page.html", bytes: Array(Self.page.utf8))).first)
        #expect(document.dump() == """
        document lang=en-GB outlet=Example News published=2020-07-03T06:26:23Z url=https://news.example.com/2020/07/floods
          title-8d01116d [title] Floods in the south
          p-959707cd [p] Weeks of heavy rain have <a#1 href="/2020/07/dams">swept away homes</a#1>.
          img-be10e3a7 [img src=https://news.example.com/img/flood.jpg] A flooded village
          caption-712ce274 [caption] A village in Guangxi.
          p-47b924d8 [p] Officials warned of more rain on Saturday.
        """)
        #expect(document.metadata.author == "Raymond Zhong")
        #expect(document.metadata.summary == "Heavy rain has displaced thousands.")
    }

    @Test func pageWithoutArticleElementDropsSiteChromeDivs() throws {
        let html = """
        <html lang="zh-CN"><head><title>新闻标题 - 某网站</title></head><body>
        <div class="site-header"><a href="/">首页</a><a href="/news">新闻</a></div>
        <div id="sidebar"><h3>热门文章</h3><ul><li><a href="/1">另一篇文章</a></li></ul></div>
        <div class="content"><h1>新闻标题</h1><p>这是正文的第一段。</p><p>这是正文的第二段。</p></div>
        <div class="site-footer"><p>版权所有 © 2020 某网站</p></div>
        </body></html>
        """
        let document = try #require(HTMLReader().read(InputSource(name: "p.html", bytes: Array(html.utf8))).first)
        #expect(document.blocks.map(\.plainText) == ["新闻标题", "这是正文的第一段。", "这是正文的第二段。"])
        #expect(document.metadata.sourceLanguage == "zh-Hans")
    }

    @Test func visibleHeadlineReplacesASuffixedPageTitle() throws {
        let html = "<html><head><title>Floods in the south | Example News</title></head><body><h1>Floods in the south</h1><p>Text.</p></body></html>"
        let document = try #require(HTMLReader().read(InputSource(name: "p.html", bytes: Array(html.utf8))).first)
        #expect(document.blocks.map(\.plainText) == ["Floods in the south", "Text."])
    }

    @Test func fragmentWithoutHeadUsesFirstHeadingAsTitle() throws {
        let html = "<h1>标题</h1><p>第一段。</p><p>第二段。</p>"
        let document = try #require(HTMLReader().read(InputSource(name: "f.html", bytes: Array(html.utf8))).first)
        #expect(document.blocks.map(\.role.name) == ["title", "p", "p"])
        #expect(document.metadata.title == "标题")
    }

    @Test(arguments: [("undeclared-gb18030.html", "zh-Hans"), ("undeclared-big5.html", "zh-Hant"), ("declared-gbk.html", "zh-Hans")])
    func honoursOrSniffsChineseEncodings(_ fixture: String, language: String) throws {
        let document = try #require(HTMLReader().read(try ReaderFixture.source(fixture)).first)
        #expect(document.metadata.sourceLanguage.rawValue == language)
        #expect(document.blocks.count == 3)
        #expect(document.metadata.title?.hasPrefix("香港") == true)
        #expect(document.blocks[1].plainText.contains("香港国家安全法") || document.blocks[1].plainText.contains("香港國家安全法"))
    }

    @Test func forcedLanguageWins() throws {
        let source = InputSource(name: "page.html", bytes: Array(Self.page.utf8), language: "fr")
        let document = try #require(HTMLReader().read(source).first)
        #expect(document.metadata.sourceLanguage == "fr")
    }

    @Test func binaryAndUndecodableInputsAreRefused() {
        #expect { try HTMLReader().read(InputSource(name: "a.bin", bytes: [0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02])) } throws: { error in
            (error as? ReaderError)?.reason.contains("binary") == true
        }
        // 0xFF is invalid in UTF-8, GB18030 and Big5, and too frequent for a Western text.
        let garbage: [UInt8] = Array("<p>".utf8) + Array(repeating: 0xFF, count: 64)
        #expect { try HTMLReader().read(InputSource(name: "a.html", bytes: garbage)) } throws: { error in
            (error as? ReaderError)?.reason.contains("not text in any declared or detectable encoding") == true
        }
    }
}
