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

    /// Undeclared Japanese is read as Japanese, not as GB18030 mojibake (EUC-JP's kana are
    /// GB2312's); undeclared Chinese is still GB18030.
    @Test func undeclaredJapaneseIsToldFromChinese() throws {
        let text = "今日はゲームをして、正月をのんびり過ごしました。"
        let eucJP: [UInt8] = [0xBA, 0xA3, 0xC6, 0xFC, 0xA4, 0xCF, 0xA5, 0xB2, 0xA1, 0xBC, 0xA5, 0xE0, 0xA4, 0xF2, 0xA4, 0xB7, 0xA4, 0xC6, 0xA1, 0xA2,
                              0xC0, 0xB5, 0xB7, 0xEE, 0xA4, 0xF2, 0xA4, 0xCE, 0xA4, 0xF3, 0xA4, 0xD3, 0xA4, 0xEA, 0xB2, 0xE1, 0xA4, 0xB4, 0xA4, 0xB7,
                              0xA4, 0xDE, 0xA4, 0xB7, 0xA4, 0xBF, 0xA1, 0xA3]
        let shiftJIS: [UInt8] = [0x8D, 0xA1, 0x93, 0xFA, 0x82, 0xCD, 0x83, 0x51, 0x81, 0x5B, 0x83, 0x80, 0x82, 0xF0, 0x82, 0xB5, 0x82, 0xC4, 0x81, 0x41,
                                 0x90, 0xB3, 0x8C, 0x8E, 0x82, 0xF0, 0x82, 0xCC, 0x82, 0xF1, 0x82, 0xD1, 0x82, 0xE8, 0x89, 0xDF, 0x82, 0xB2, 0x82, 0xB5,
                                 0x82, 0xDC, 0x82, 0xB5, 0x82, 0xBD, 0x81, 0x42]
        let japanese = try TextEncodingSniffer.decode(eucJP, byteOrderMark: nil, input: "ja.txt")
        #expect(japanese.encoding == "EUC-JP" && String(decoding: japanese.utf8, as: UTF8.self) == text)
        let sjis = try TextEncodingSniffer.decode(shiftJIS, byteOrderMark: nil, input: "ja.txt")
        #expect(sjis.encoding == "SHIFT_JIS" && String(decoding: sjis.utf8, as: UTF8.self) == text)
        let gb: [UInt8] = [0xD5, 0xE2, 0xCA, 0xC7, 0xD2, 0xBB, 0xC6, 0xAA, 0xB9, 0xD8, 0xD3, 0xDA, 0xBE, 0xAD, 0xBC, 0xC3, 0xB5, 0xC4, 0xD0, 0xC2,
                           0xCE, 0xC5, 0xB1, 0xA8, 0xB5, 0xC0, 0xA1, 0xA3]
        let chinese = try TextEncodingSniffer.decode(gb, byteOrderMark: nil, input: "zh.txt")
        #expect(chinese.encoding == "GB18030" && String(decoding: chinese.utf8, as: UTF8.self) == "这是一篇关于经济的新闻报道。")
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
