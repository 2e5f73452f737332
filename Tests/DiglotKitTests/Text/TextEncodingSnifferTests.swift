import Foundation
import Testing
@testable import DiglotKit

@Suite struct TextEncodingSnifferTests {
    @Test func utf8PassesThroughAndBOMIsRemoved() throws {
        let text = Array("<p>中文</p>".utf8)
        let plain = try TextEncodingSniffer.sniff(text, input: "a")
        #expect(plain.encoding == "UTF-8" && plain.utf8 == text)
        let marked = try TextEncodingSniffer.sniff([0xEF, 0xBB, 0xBF] + text, input: "a")
        #expect(marked.utf8 == text && marked.isDeclared)
    }

    @Test func utf16WithBOMIsConverted() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + "<p>中</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextEncodingSniffer.sniff(utf16, input: "a").utf8 == Array("<p>中</p>".utf8))
    }

    @Test func undeclaredChineseEncodingsAreToldApart() throws {
        let gb = try ReaderFixture.source("undeclared-gb18030.html").bytes
        let big5 = try ReaderFixture.source("undeclared-big5.html").bytes
        let fromGB = try TextEncodingSniffer.sniff(gb, input: "gb")
        let fromBig5 = try TextEncodingSniffer.sniff(big5, input: "big5")
        #expect(fromGB.encoding == "GB18030" && !fromGB.isDeclared)
        #expect(fromBig5.encoding == "BIG5-HKSCS")
        #expect(String(decoding: fromBig5.utf8, as: UTF8.self).contains("學者的恐懼"))
    }

    @Test func declaredEncodingIsFoundInMetaAndXMLDeclaration() {
        #expect(TextEncodingSniffer.declaredEncoding(in: Array(#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#.utf8)) == "gb2312")
        #expect(TextEncodingSniffer.declaredEncoding(in: Array("<meta charset='Big5'>".utf8)) == "big5")
        #expect(TextEncodingSniffer.declaredEncoding(in: Array("<?xml version=\"1.0\" encoding=\"GBK\"?><rss/>".utf8)) == "gbk")
        #expect(TextEncodingSniffer.canonicalName("gb2312") == "GB18030")
    }

    @Test func feedWithoutDeclarationInGB18030IsConverted() throws {
        let document = try #require(FeedReader().read(try ReaderFixture.source("undeclared-gb18030.rss")).first)
        #expect(document.metadata.title == "国家统计局发布数据")
        #expect(document.metadata.outlet == "频道")
    }
}

extension TextEncodingSnifferTests {
    @Test func aStrayCorruptByteIsReplacedNotFatal() throws {
        let bytes = try ReaderFixture.source("corrupt-byte-gb18030.html").bytes
        let result = try TextEncodingSniffer.sniff(bytes, input: "c")
        let text = String(decoding: result.utf8, as: UTF8.self)
        #expect(result.encoding == "GB18030")
        #expect(text.contains("\u{FFFD}") && text.contains("学术自由"))
    }
}
