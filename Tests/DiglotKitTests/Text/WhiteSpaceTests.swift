import Testing
@testable import DiglotKit

@Suite struct WhiteSpaceTests {
    @Test func agreesWithTheUnicodePropertyOnEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhiteSpace != scalar.properties.isWhitespace { mismatches.append("U+" + String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// The byte-level removal takes out exactly the White_Space scalars, wherever they stand.
    @Test func removingWorksOnEveryScalarAndMixedText() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "中"
            let expected = scalar.isWhiteSpace ? "a中" : text
            if text.removingWhiteSpace != expected || String(scalar).removingWhiteSpace.isEmpty != scalar.isWhiteSpace {
                mismatches.append("U+" + String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        let pieces = [" ", "\u{3000}", "\u{A0}", "\u{2009}", "\u{205F}", "\u{1680}", "\n", "克", "e\u{301}", "a", "\u{2010}", "\u{E000}", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let reference = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            #expect(text.removingWhiteSpace == reference, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func blankAndRemoving() {
        #expect("".isBlank && " \t\n\u{3000}\u{A0}".isBlank)
        #expect(!" a ".isBlank && !"\u{200B}".isBlank, "a zero-width space is not White_Space")
        #expect(!" \u{301}".isBlank, "a combining mark on a space is text")
        #expect(" 克 里\u{3000}在\u{A0}北京 \n".removingWhiteSpace == "克里在北京")
        #expect("e\u{301} x".removingWhiteSpace == "e\u{301}x")
    }

    /// Comparing on the bytes gives what comparing the two texts without white space gives,
    /// canonical equivalents included (é precomposed and decomposed).
    @Test func equalIgnoringWhiteSpaceAgreesWithRemovingIt() {
        let pieces = [" ", "\u{3000}", "\u{A0}", "\n", "a", "b", "克", "é", "e\u{301}", "e", "\u{301}", "A"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            let left = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Half the time the right side is the left with its white space moved about.
            let right = Bool.random(using: &generator)
                ? left.unicodeScalars.filter { !$0.isWhiteSpace }.map { Bool.random(using: &generator) ? " " + String($0) : String($0) }.joined()
                : (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(left.equalsIgnoringWhiteSpace(right) == (left.removingWhiteSpace == right.removingWhiteSpace),
                    "\(left.debugDescription) \(right.debugDescription)")
        }
        #expect("caf\u{E9} ".equalsIgnoringWhiteSpace("cafe\u{301}"))
        #expect(!"abc".equalsIgnoringWhiteSpace("abd") && !"abc".equalsIgnoringWhiteSpace("ab c d"))
    }
}
