import Foundation
import Testing
@testable import DiglotKit

/// Runs the extractor on a fragment and dumps the blocks (role and runs), one per line.
private func extract(_ html: String) throws -> String {
    let root = try HTMLFragment.parse(Array(html.utf8), file: "test.html")
    return HTMLContentExtractor().blocks(in: root).map { block in
        var line = "[\(block.role.name)"
        switch block.role {
        case .listItem(_, let depth): line += " depth=\(depth)"
        case .tableCell(_, let table, let row, let column): line += " \(table):\(row):\(column)"
        case .image(let image): line += " src=\(image.source)" + (image.link.map { " link=\($0)" } ?? "")
        default: break
        }
        return (line + "] " + block.runs.map(render).joined()).trimmingCharacters(in: [" "])
    }.joined(separator: "\n")
}

private func render(_ run: InlineRun) -> String {
    switch run {
    case .text(let text): return text
    case .open(let code): return "<\(code.element)#\(code.id)" + code.attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">"
    case .close(let code): return "</\(code.element)#\(code.id)>"
    case .placeholder(let code): return "<\(code.element)#\(code.id)" + code.attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + "/>"
    }
}

@Suite struct HTMLContentExtractorTextIntactTests {
    @Test func aWhitespaceOnlyInlineElementKeepsItsSpace() throws {
        #expect(try extract("<p>The minister<em> </em>said so<span> </span>today.</p>") == "[p] The minister said so today.")
    }

    @Test func aQuotationKeepsItsAttribution() throws {
        let html = "<blockquote><p>Ask not what your country can do for you.</p><footer>— <cite>John F. Kennedy</cite></footer></blockquote><footer>Site footer</footer>"
        #expect(try extract(html) == """
            [quote] Ask not what your country can do for you.
            [quote] — <cite#1>John F. Kennedy</cite#1>
            """)
    }

    @Test func anEmbeddedTweetIsAQuotationEvenInASocialContainer() throws {
        let html = """
            <p>He wrote on Twitter:</p>
            <div class="social-embed-post"><div class="embed-twitter"><blockquote class="twitter-tweet"><p lang="en">Delay the Election until people can properly vote???</p>— Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/x/status/1">July 30, 2020</a></blockquote></div></div>
            <div class="social-share"><a href="#">Share</a></div>
            """
        #expect(try extract(html) == """
            [p] He wrote on Twitter:
            [quote] Delay the Election until people can properly vote???
            [quote] — Donald J. Trump (@realDonaldTrump) <a#1 href="https://twitter.com/x/status/1">July 30, 2020</a#1>
            """)
    }

    @Test func anEmbeddedTeaserCardGoes() throws {
        let html = """
            <p>The talks resumed on Thursday.</p>
            <a href="/2020/07/15/earlier.html" class="card"><img src="t.jpg"><h3>Earlier talks ended without a deal</h3><p>Negotiators left Geneva on Monday.</p></a>
            <p>Officials said a draft would follow.</p>
            <a href="big.jpg"><figure><img src="small.jpg"><figcaption>Delegates in Geneva</figcaption></figure></a>
            """
        let found = try extract(html)
        #expect(found == """
            [p] The talks resumed on Thursday.
            [p] Officials said a draft would follow.
            [img src=small.jpg]
            [caption] Delegates in Geneva
            """, "\(found)")
    }
}

@Suite struct HTMLContentExtractorTests {
    @Test func keepsBlockStructureInOrder() throws {
        let html = """
        <h2>Heading</h2><p>First paragraph.</p>
        <ul><li>One</li><li>Two<ol><li>Nested</li></ol></li></ul>
        <blockquote><p>Quoted</p></blockquote>
        <figure><img src="a.jpg" alt="A cat"><figcaption>Caption</figcaption></figure>
        <table><tr><th>Name</th><th>Age</th></tr><tr><td>Li</td><td>30</td></tr></table>
        <dl><dt>Term</dt><dd>Definition</dd></dl>
        <pre>
          code  kept
        </pre>
        """
        let actual = try extract(html)
        #expect(actual == """
        [h2] Heading
        [p] First paragraph.
        [li depth=1] One
        [li depth=1] Two
        [oli depth=2] Nested
        [quote] Quoted
        [img src=a.jpg] A cat
        [caption] Caption
        [th 0:0:0] Name
        [th 0:0:1] Age
        [td 0:1:0] Li
        [td 0:1:1] 30
        [dt] Term
        [dd] Definition
        [pre]   code  kept
        """)
    }

    /// The line break right after `<pre>` is dropped, whether it is LF or CRLF, and nothing after it.
    @Test func preformattedDropsOnlyTheLeadingLineBreak() throws {
        #expect(try extract("<pre>\r\nab  c</pre>") == "[pre] ab  c")
        #expect(try extract("<pre>\nab  c</pre>") == "[pre] ab  c")
        #expect(try extract("<pre>ab  c</pre>") == "[pre] ab  c")
        // Only the first: a blank first line is content, as browsers show it.
        #expect(try extract("<pre>\n\nab  c</pre>") == "[pre] \nab  c")
        #expect(try extract("<pre>\r\n\r\nab</pre>") == "[pre] \r\nab")
        #expect(try extract("<pre>\n<img src=\"a.png\">\n\nab</pre>") == "[img src=a.png]\n[pre] \n\nab")
    }

    @Test func inlineMarkupBecomesCodesWithOriginalAttributes() throws {
        let html = #"<p>See <a href="/relative?a=1&amp;b=2" target="_blank">the <em>report</em></a>, H<sub>2</sub>O and x<sup>2</sup>.<br>Next <code>line</code> <span class="note">noted</span> <span>plain</span></p>"#
        let actual = try extract(html)
        #expect(actual == """
        [p] See <a#1 href="/relative?a=1&b=2" target="_blank">the <em#2>report</em#2></a#1>, H<sub#3>2</sub#3>O and x<sup#4>2</sup#4>.<br#5/>Next <code#6>line</code#6> <span#7 class="note">noted</span#7> plain
        """)
    }

    @Test func textDirectlyInContainersBecomesParagraphs() throws {
        let actual = try extract("<div>first line<br>second line<div>inner</div>tail</div>")
        #expect(actual == """
        [p] first line<br#1/>second line
        [p] inner
        [p] tail
        """)
    }

    @Test func blankLinesMadeOfLineBreaksSeparateParagraphs() throws {
        let actual = try extract("<p>第一段。<br/><br/>第二段，<b>加粗<br><br>不拆</b>。<br />\n<br />\n记者：蔡凌</p><p>一行<br>两行</p>")
        #expect(actual == """
        [p] 第一段。
        [p] 第二段，<b#1>加粗<br#2/><br#3/>不拆</b#1>。
        [p] 记者：蔡凌
        [p] 一行<br#1/>两行
        """)
    }

    @Test func dropsPageChrome() throws {
        let html = """
        <nav><a href="/">Home</a></nav><script>var x = 1;</script><style>p{}</style>
        <p>Real text.</p>
        <div class="share-bar"><a href="https://facebook.com/share">Facebook</a></div>
        <div data-selfpromo-newsletter>Sign up</div><div id="dfp-ad-1">Ad</div>
        <div><div>分享 :</div><div><a href="whatsapp://send"><span></span></a></div></div>
        <p>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></p>
        <p>（欢迎<a href="https://x">点击此处</a>订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）</p>
        <footer>© 2020</footer><form><input value="q"></form><p aria-hidden="true">hidden</p>
        <p><a href="/a">其它</a> / <a href="/b">法国</a></p>
        <p>Ends here.<a href="https://example.com/full">...more</a></p>
        """
        let actual = try extract(html)
        #expect(actual == """
        [p] Real text.
        [p] Ends here.
        """)
    }

    @Test func attributeWordsNeverDropARealArticleBody() throws {
        let paragraph = String(repeating: "A sentence long enough to be part of an article body. ", count: 2)
        let html = "<div class=\"social-issues share-body\"><p>\(paragraph)</p><p>\(paragraph)</p><p>\(paragraph)</p></div><div class=\"share\"><p>\(paragraph)</p></div>"
        let actual = try extract(html)
        #expect(actual.split(separator: "\n").count == 3)
    }

    @Test func contentThatMerelyMentionsChromeWordsStays() throws {
        let html = "<p>订阅用户数在去年增长了三成。</p><p>Copyright law in China is changing.</p><p>(c) the third condition applies.</p><p>分享经济正在改变城市。</p>"
        let actual = try extract(html)
        #expect(actual.split(separator: "\n").count == 4)
    }

    @Test func collapsesWhitespaceLikeABrowserAndJoinsWrappedChinese() throws {
        let html = "<p>  中国\n  外交部   表示，\n“不会”\nagree  with\n\tthis  </p><p>美国 中国</p><p>&nbsp;</p>"
        let actual = try extract(html)
        #expect(actual == """
        [p] 中国外交部 表示，“不会” agree with this
        [p] 美国 中国
        """)
    }

    @Test func standaloneImagesBecomeImageBlocksAndInlineOnesStay() throws {
        let html = #"<div><a href="/big.jpg"><img src="/small.jpg" alt="A river"></a><br><b>Caption</b>: text <img src="icon.png" alt=""> more</div><p><img src="data:image/gif;base64,R0" data-src="lazy.jpg"></p>"#
        let actual = try extract(html)
        #expect(actual == """
        [img src=/small.jpg link=/big.jpg] A river
        [p] <b#1>Caption</b#1>: text <img#2 src="icon.png" alt=""/> more
        [img src=lazy.jpg]
        """)
    }

    @Test func emptyInlineWrappersAndEmptyBlocksDisappear() throws {
        let actual = try extract("<p><strong> </strong></p><p><a href='x'></a>text<span class='cube'></span></p><div></div>")
        #expect(actual == """
        [p] text
        """)
    }
}
