import Testing
@testable import DiglotKit

@Suite struct BinarySignatureTests {
    @Test func namesKnownFormatsAndPlacesTheFirstNULByte() {
        #expect(BinarySignature.describe(Array("%PDF-1.7".utf8)) == "a PDF document")
        #expect(BinarySignature.describe(Array("<xliff>".utf8)) == nil)
        #expect(BinarySignature.describe([]) == nil)
        #expect(BinarySignature.describe(Array("abc".utf8) + [0, 1]) == "binary data (a NUL byte at offset 3)")
        #expect(BinarySignature.describe([0]) == "binary data (a NUL byte at offset 0)")
        // Only the first 64 KB are looked at.
        let text = [UInt8](repeating: 0x61, count: 65_535)
        #expect(BinarySignature.describe(text + [0]) == "binary data (a NUL byte at offset 65535)")
        #expect(BinarySignature.describe(text + [0x61, 0]) == nil)
        // UTF-16 is text, NULs and all.
        #expect(BinarySignature.describe([0xFF, 0xFE, 0x61, 0x00]) == nil)
    }
}
