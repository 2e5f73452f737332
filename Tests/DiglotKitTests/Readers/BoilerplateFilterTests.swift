import Testing
@testable import DiglotKit

/// Blocks that structure shows to be the site's: pointers to the full article, related
/// headlines, trailing links and share-image bars.
@Suite struct BoilerplateFilterTests {
    private func texts(_ html: String, url: String? = "https://news.example.com/2020/07/16/talks.html") throws -> [String] {
        let root = try HTMLFragment.parse(Array(html.utf8), file: "t.html")
        return HTMLContentExtractor().blocks(in: root, articleURL: url).map { block in
            if case .image(let image) = block.role { return "[img \(image.source)] " + block.plainText }
            return block.plainText
        }
    }

    private let body = "<p>The two sides met in Geneva on Thursday and agreed to resume the talks next month.</p>"
        + "<p>Officials said a draft text would be circulated before the next round of meetings.</p>"

    @Test func dropsPointersBackToTheArticle() throws {
        let html = """
            <p>[If the formatting looks odd in your feed reader, <a href="https://news.example.com/2020/07/16/talks.html">visit the original article</a>]</p>
            \(body)
            <p><a href="http://news.example.com/2020/07/16/talks.html#more">Read full article &gt;&gt;</a></p>
            """
        #expect(try texts(html) == [
            "The two sides met in Geneva on Thursday and agreed to resume the talks next month.",
            "Officials said a draft text would be circulated before the next round of meetings.",
        ])
    }

    @Test func dropsOnwardLinksInsideText() throws {
        let html = "<p>The two sides met in Geneva. <a href=\"https://elsewhere.example.org/x\">Read full article &gt;&gt;</a></p>"
            + "<p>Officials said a draft would follow. <a href=\"/y\">Lire la suite »</a></p>"
        #expect(try texts(html) == ["The two sides met in Geneva.", "Officials said a draft would follow."])
        #expect(BoilerplateFilter.comparisonKey("https://www.news.example.com/a.html?utm_source=feed&id=3#top") == nil)
        #expect(BoilerplateFilter.comparisonKey("https://www.news.example.com/a.html?utm_source=feed&id=3") == "news.example.com/a.html?id=3")
    }

    @Test func keepsASentenceThatNamesTheLinkedPage() throws {
        // Daring Fireball's item link is the page it comments on.
        let html = "<p>Jason Snell, writing at <a href=\"https://news.example.com/2020/07/16/talks.html\">Six Colors</a>, on the deal that was struck:</p>" + body
        #expect(try texts(html).count == 3)
    }

    @Test func dropsARelatedListAndItsLabel() throws {
        let html = body + """
            <p><strong>相关阅读：</strong></p>
            <ul><li><a href="/a">【图说天朝】中国未成年人是如何被进行“思想道德建设”的</a></li>
            <li><a href="/b">冉云飞：再论从图书馆管理看官方的愚民本质</a></li>
            <li><a href="/c">德国之声｜北大教授夏业良的最后一课</a></li></ul>
            <hr>
            """
        #expect(try texts(html).count == 2)
    }

    @Test func dropsALabelledListOfHeadlinesInTheMiddle() throws {
        let html = "<p>The first paragraph of the story runs on for a while before the list.</p>"
            + "<p>Related:</p><ul><li><a href=\"/x\">Markets fall as talks stall</a></li><li><a href=\"/y\">What the deal means for you</a></li></ul>"
            + body
        let found = try texts(html)
        #expect(found.count == 3, "\(found)")
    }

    @Test func dropsAListOfHeadlineLinksBetweenParagraphs() throws {
        let html = "<p>The first paragraph of the story runs on for a while before the list.</p>"
            + "<ul><li><a href=\"/x\">中国驻休斯敦领馆被迫闭馆 中方反击关闭美驻成都领馆</a></li></ul>"
            + "<p>相关报道</p><ul><li><a href=\"/y\">美国突然要求中国关闭驻休斯敦总领馆</a></li></ul>" + body
        #expect(try texts(html).count == 3)
        // A list of tools or names is the article's, links or not.
        let tools = "<ul><li><a href=\"https://code.visualstudio.com\">Visual Studio Code</a></li><li><a href=\"https://neovim.io\">Neovim</a></li></ul>"
        #expect(try texts(body + tools + body).count == 6)
        // A round-up post whose text is its list of links keeps it.
        let roundUp = "<p>Some of what caught my eye this week, in no particular order.</p><p>This week's reading:</p><ul>" + (1...4).map { "<li><a href=\"/\($0)\">The story number \($0) of this week's reading list</a></li>" }.joined() + "</ul>"
        #expect(try texts(roundUp).count == 6)
    }

    @Test func dropsHeadlineParagraphsAfterALabel() throws {
        let html = body + "<p>相关阅读：</p><p><a href=\"/a\">冉云飞：再论从图书馆管理看官方的愚民本质</a></p><p><a href=\"/b\">德国之声｜北大教授夏业良的最后一课</a></p>" + body
        #expect(try texts(html).count == 4)
    }

    @Test func dropsATeaserCardOfPictureAndHeadline() throws {
        let html = body + """
            <div class="card"><a href="https://news.example.com/2020/07/15/earlier.html"><img src="t.jpg" alt="Negotiators in Geneva"></a>
            <h3><a href="https://news.example.com/2020/07/15/earlier.html">Earlier talks ended without a deal</a></h3></div>
            """ + body
        #expect(try texts(html).count == 4)
        // A contributor's portrait and linked name head the contributor's words.
        let contributor = "<a href=\"/contributors/ryan-hass\"><img src=\"p.jpg\"></a><h3><a href=\"/contributors/ryan-hass\">Ryan Hass</a></h3>" + body
        #expect(try texts(contributor).contains("Ryan Hass"))
    }

    @Test func dropsALabelFollowedByHeadlineLinksInOneBlock() throws {
        let html = body + "<p>Related: <a href=\"/x\">Fact check: what the president said about the economy</a></p>"
        #expect(try texts(html).count == 2)
    }

    @Test func keepsALabelThatIntroducesAQuotation() throws {
        let html = body + "<p><strong>Update:</strong> <a href=\"https://techcrunch.com/x\">TechCrunch says it is just a deal expiring, not spite</a>:</p>"
            + "<blockquote><p>As part of the new corporate merger, accounts will no longer be accessible.</p></blockquote>"
        #expect(try texts(html).count == 4)
    }

    @Test func keepsALabelledFileLink() throws {
        let html = body + "<p>exploit: <a href=\"/files/exp.py\">exp.py</a></p>"
        #expect(try texts(html).last == "exploit: exp.py")
    }

    @Test func dropsTrailingTeaserLinksButNotMoreThanTheText() throws {
        let teaser = "<p><a href=\"/other\">Trump State of the Union address promised unity but emphasized discord</a></p>"
        #expect(try texts(body + teaser).count == 2)
        // A short note that is mostly its link keeps it: the link is the note.
        #expect(try texts("<p>Seen on <a href=\"/x\">a long and interesting thread about the history of type</a></p>").count == 1)
    }

    @Test func dropsShareImageBars() throws {
        let html = body + """
            <a href="http://feeds.example.com/~ff/f?a=1"><img src="http://feeds.example.com/~ff/f?d=1" alt="Add to Facebook"></a>
            <a href="http://feeds.example.com/~ff/f?a=2"><img src="http://feeds.example.com/~ff/f?d=2" alt="Add to Twitter"></a>
            <a href="http://feeds.example.com/~ff/f?a=3"><img src="http://feeds.example.com/~ff/f?d=3" alt="Add to Reddit"></a>
            """
        #expect(try texts(html).count == 2)
        // A picture linked to its own full-size file is content.
        let picture = "<a href=\"big.jpg\"><img src=\"small.jpg\" alt=\"Delegates in Geneva\"></a>" + body
        #expect(try texts(picture).first == "[img small.jpg] Delegates in Geneva")
    }

    @Test func anAltTextOnSeveralPicturesGoes() throws {
        let html = body + """
            <img src="a.jpg" alt="图片点击可在新窗口打开查看"><p>此主题相关图片如下：</p><img src="b.jpg" alt="图片点击可在新窗口打开查看">
            <img src="c.jpg" alt="Delegates in Geneva">
            """
        #expect(try texts(html).suffix(4) == ["[img a.jpg] ", "此主题相关图片如下：", "[img b.jpg] ", "[img c.jpg] Delegates in Geneva"])
    }

    @Test func neverEmptiesABody() throws {
        let html = "<p><a href=\"https://news.example.com/2020/07/16/talks.html\">Talks resume in Geneva</a></p>"
        #expect(try texts(html) == ["Talks resume in Geneva"])
    }

    @Test func headingPermalinksAreNoPointers() throws {
        let html = "<h2><a href=\"https://news.example.com/2020/07/16/talks.html#day-1\">Day 1: 2018/01/25</a></h2>" + body
        #expect(try texts(html).first == "Day 1: 2018/01/25")
    }
}
