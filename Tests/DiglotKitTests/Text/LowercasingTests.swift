import Testing
@testable import DiglotKit

@Suite struct LowercasingTests {
    /// Lowercasing maps scalar by scalar, so agreeing on every scalar alone is agreeing on all text.
    @Test func agreesWithTheStandardLibraryOnEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            if !text.lowercasedFast().unicodeScalars.elementsEqual(text.lowercased().unicodeScalars) { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: ["", "ABC", "abc", "Straße ΣΑΣ İstanbul \u{212A}elvin", "中文ＡＢＣｄ，Hello", "e\u{0301}É😀", "\r\nX"])
    func agreesOnMixedText(_ text: String) {
        #expect(text.lowercasedFast().unicodeScalars.elementsEqual(text.lowercased().unicodeScalars))
        #expect(Substring(text).lowercasedFast().unicodeScalars.elementsEqual(text.lowercased().unicodeScalars))
    }
}
