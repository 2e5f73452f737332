import Testing
@testable import DiglotKit

@Suite struct FingerprintTests {
    @Test(arguments: [
        (UInt64(0), "0000000000000000"),
        (UInt64(0x0123_4567_89AB_CDEF), "0123456789abcdef"),
        (UInt64.max, "ffffffffffffffff"),
        (UInt64(0xA), "000000000000000a"),
    ])
    func hexIsSixteenLowercaseDigits(value: UInt64, expected: String) {
        #expect(Fingerprint(value: value).hex == expected)
    }

    /// FNV-1a 64 of the UTF-8 bytes followed by the 0xFF field separator, as stored in exported files.
    @Test func digestIsStable() {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array("克里 Kerry".utf8) + [0xFF] { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        #expect(Fingerprint.of("克里 Kerry").value == state)
    }
}
