import Testing
@testable import DiglotKit

@Suite struct ByteOrderMarkTests {
    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0x3C], ByteOrderMark.utf8),
        ([0xEF, 0xBB, 0xBF], .utf8),
        ([0xFF, 0xFE, 0x3C, 0x00], .utf16LittleEndian),
        ([0xFE, 0xFF], .utf16BigEndian),
    ] as [([UInt8], ByteOrderMark)])
    func findsTheMark(_ bytes: [UInt8], expected: ByteOrderMark) {
        #expect(ByteOrderMark(startOf: bytes) == expected)
        #expect(ByteOrderMark(startOf: bytes[...]) == expected)
    }

    @Test(arguments: [[], [0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBE], [0xFF], [0xFE, 0xFE], Array("<?xml".utf8), [0x00, 0x3C]] as [[UInt8]])
    func findsNoMarkInOtherBytes(_ bytes: [UInt8]) {
        #expect(ByteOrderMark(startOf: bytes) == nil)
    }

    @Test func namesTheEncodingAfterTheMark() {
        #expect(ByteOrderMark.utf8.count == 3 && !ByteOrderMark.utf8.isUTF16 && ByteOrderMark.utf8.encodingName == "UTF-8")
        #expect(ByteOrderMark.utf16LittleEndian.count == 2 && ByteOrderMark.utf16LittleEndian.encodingName == "UTF-16LE")
        #expect(ByteOrderMark.utf16BigEndian.isUTF16 && ByteOrderMark.utf16BigEndian.encodingName == "UTF-16BE")
    }

    /// The sniffer decodes by the mark it is given, so a caller that found the mark decides it once.
    @Test func theSnifferDecodesByTheMarkItIsGiven() throws {
        let text = "<p>中文</p>"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextEncodingSniffer.decode(little, byteOrderMark: .utf16LittleEndian, input: "a").utf8 == Array(text.utf8))
        #expect(try TextEncodingSniffer.decode(big, byteOrderMark: .utf16BigEndian, input: "a").utf8 == Array(text.utf8))
        #expect { try TextEncodingSniffer.decode([0xEF, 0xBB, 0xBF, 0xFF], byteOrderMark: .utf8, input: "bad.txt") } throws: { error in
            (error as? TextDecodingError) == TextDecodingError(input: "bad.txt", reason: "not valid UTF-8 although it starts with a UTF-8 byte-order mark")
        }
    }
}
