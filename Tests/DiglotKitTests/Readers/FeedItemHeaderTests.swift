import Foundation
import Testing
@testable import DiglotKit

@Suite struct FeedItemHeaderTests {
    private static func scan(_ text: String) -> FeedItemHeader.Scan {
        FeedItemHeader.scan(Array(text.utf8)[...], input: "item.txt")
    }

    @Test func readsTheThreeLinesOnce() throws {
        let text = "\n<!--1595905879000-->\n[新西兰暂停 &amp; 引渡](https://www.voachinese.com/a/x.html)\n------\n<p>正文</p>\n"
        let scan = Self.scan(text)
        let header = try scan.header.get()
        #expect(header.title == "新西兰暂停 &amp; 引渡")  // entities are the reader's to decode
        #expect(header.url == "https://www.voachinese.com/a/x.html")
        #expect(header.published == Date(timeIntervalSince1970: 1_595_905_879))
        #expect(Array(text.utf8)[header.bodyOffset...].starts(with: Array("<p>正文".utf8)))
        #expect(scan.isFeedItem && scan.startsWithEpochComment)
        #expect(scan.examined == header.bodyOffset && !scan.reachedEnd)
    }

    /// One scan answers both detection rules: a well-formed header, or a leading epoch comment.
    @Test(arguments: [
        ("<!-- 1595905879000 -->\n[T](https://a.b/c)\n------\n", true, false, nil as Int?),
        ("<!--1595905879000-->\n<p>no title line</p>\n", true, true, 2),
        ("<!--1595905879000--><p>inline</p>\n", true, true, 1),
        ("<!-- 12ab -->\n[T](https://a.b/c)\n------\n", false, false, 1),
        ("<!-- a comment -->\n<p>HTML</p>\n", false, false, 1),
        ("<!--1595905879000-->\n[T](https://a.b/c)\n", true, true, 3),
        ("\u{FEFF}<!--1595905879000-->\r\n[[视频] T](https://a.b/c)\r\n======\r\n", true, true, nil),
    ] as [(String, Bool, Bool, Int?)])
    func decidesWhetherTextIsAFeedItem(_ text: String, isFeedItem: Bool, epochComment: Bool, errorLine: Int?) {
        let scan = Self.scan(text)
        #expect(scan.isFeedItem == isFeedItem)
        #expect(scan.startsWithEpochComment == epochComment)
        switch scan.header {
        case .success: #expect(errorLine == nil)
        case .failure(let error): #expect(error.line == errorLine && error.input == "item.txt")
        }
    }

    /// A scan that ran out of text says so: its outcome could change with more of it.
    @Test func saysWhenItRanOutOfText() {
        let cut = Self.scan("<!--1595905879000-->\n[T](https://a.b/c)\n---")
        #expect(cut.reachedEnd && cut.examined == 43)
        let whole = Self.scan("<!--1595905879000-->\n[T](https://a.b/c)\n---\n")
        #expect(!whole.reachedEnd && whole.examined == 44)
    }
}
