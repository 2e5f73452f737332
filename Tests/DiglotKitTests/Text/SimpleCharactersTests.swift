import Foundation
import Testing
@testable import DiglotKit

@Suite struct SimpleCharactersTests {
    /// Each listed scalar is a Character on its own beside any other, is in NFC, and is neither
    /// a combining mark nor the second part of a canonical composition; so two simple texts are
    /// equal as Strings exactly when their bytes are.
    @Test func listedScalarsAreWholeNFCCharacters() {
        var secondParts = Set<UInt32>()
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count > 1 { secondParts.formUnion(decomposed.dropFirst().map(\.value)) }
        }
        var problems: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), SimpleCharacters.contains(scalar) else { continue }
            let text = String(scalar)
            let isWhole = ("a" + text + "a").count == 3 && (text + text).count == 2 && ("中" + text + "\u{AC00}").count == 3
            let isNFC = text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar))
            if !isWhole || !isNFC || scalar.properties.canonicalCombiningClass != .notReordered || secondParts.contains(value) {
                problems.append(String(format: "U+%04X", value))
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(40))")
    }

    @Test func ruleTextsMatchedByBytesAreSimple() {
        let rules = ChromeRules.standard
        #expect(rules.exactTexts.filter { !$0.hasSimpleCharacters }.isEmpty)
        // isChromeText bounds canonically equal texts by scalar count, which needs NFD.
        #expect(rules.exactTexts.filter { !$0.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual($0.unicodeScalars) }.isEmpty)
        #expect(rules.prefixes.filter { !$0.hasSimpleCharacters }.isEmpty)
        #expect(LatinLanguage.functionWords.flatMap(\.1).filter { !$0.hasSimpleCharacters }.isEmpty)
    }

    /// The UTF-8 check (which skips U+5000–U+9FFF without decoding) agrees with `contains`
    /// on every scalar, alone and between simple neighbours.
    @Test func utf8CheckAgreesWithTheListOnEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = SimpleCharacters.contains(scalar)
            for text in [String(scalar), "a" + String(scalar) + "中"] where text.hasSimpleCharacters != expected {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: [("abc 中文，ＡＢＣ", true), ("a\r\nb", false), ("e\u{0301}", false), ("👍🏽", false), ("\u{F900}", false), ("a\u{200D}b", false)])
    func recognisesSimpleText(_ text: String, _ simple: Bool) {
        #expect(text.hasSimpleCharacters == simple)
    }
}

@Suite struct SimpleCharactersWhitespaceTests {
    /// The byte-level whitespace test knows every White_Space scalar among the listed ones.
    @Test func whitespaceBytesMatchTheUnicodeProperty() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), SimpleCharacters.contains(scalar) else { continue }
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { SimpleCharacters.whitespaceLength(at: 0, in: $0) }
            let mayStart = SimpleCharacters.mayStartWhitespace(bytes[0])
            if (length == bytes.count) != scalar.properties.isWhitespace || (length > 0 && !mayStart) || (length != 0 && length != bytes.count) {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
