import Foundation
import Testing
@testable import DiglotKit

/// The number scan's half-width step gives what ICU's Fullwidth-Halfwidth transform gives,
/// without calling it for text it would leave alone or whose only full-width forms are the
/// common ones.
@Suite struct NumberExtractorHalfwidthTests {
    private func icu(_ text: String) -> String {
        text.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? text
    }

    /// Every scalar outside the listed blocks is left alone by ICU; every common one becomes
    /// exactly the scalar mapped here.
    @Test func theListedScalarsAreAllTheTransformChanges() {
        var unexpected: [String] = []
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if let common = NumberExtractor.commonHalfwidth(value) {
                if icu(text).unicodeScalars.map(\.value) != [common] { unexpected.append(String(value, radix: 16)) }
            } else if !NumberExtractor.mayChangeToHalfwidth(value), icu(text).unicodeScalars.map(\.value) != [value] {
                unexpected.append(String(value, radix: 16))
            }
        }
        #expect(unexpected.isEmpty, "\(unexpected.prefix(20))")
    }

    @Test func agreesWithICUOnRandomText() {
        var generator = SeededGenerator(seed: 41)
        let pieces = ["1", "2", "０", "９", "，", "．", "　", "、", "。", "「", "」", "￥", "Ｅ", "ｍ", "\u{0301}", "\u{0308}", "\u{3099}",
                      "中", "万", "亿", "三", "a", " ", ",", ".", "%", "％", "カ", "ガ", "ｶ", "→", "\u{1100}", "\u{1161}", "가", "😀", "é"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(NumberExtractor.halfwidth(text) == icu(text), "\(text.debugDescription)")
        }
    }

    @Test func readsFullWidthDigitsAndChinesePunctuation() {
        #expect(NumberExtractor.digitValues(in: "增长１２．５％，达到３万。") == [[Decimal(string: "12.5")!], [3, 30_000]])
        #expect(NumberExtractor.allValues(in: "「二十三」人，1,000元") == [23, 1_000])
    }

    /// The Chinese numeral pre-check answers as the dictionaries do for every scalar as a
    /// Character, and for a few joined with marks.
    @Test func chineseNumeralCheckAgreesWithTheDictionaries() {
        var disagreements: [String] = []
        func check(_ character: Character) {
            let expected = NumberExtractor.chineseDigits[character] != nil || NumberExtractor.chineseUnits[character] != nil
            if NumberExtractor.isChineseNumeral(character) != expected { disagreements.append(String(character).debugDescription) }
        }
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            check(Character(scalar))
        }
        for text in ["一\u{0301}", "〇\u{20DD}", "\u{F9B2}", "\u{F978}", "十\u{FE00}"] { check(Character(text)) }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
        #expect(NumberExtractor.isChineseNumeral("\u{F9B2}"))  // a compatibility 零
    }

    /// The multiplier comparison answers as lowercasing each Character does, for every
    /// scalar against the multipliers' letters, CR LF and a Kelvin sign included.
    @Test func lowercaseComparisonAgreesWithLowercasing() {
        let letters: [Character] = ["k", "m", "b", "n", "t", "万", "亿", "千", "i", "s"]
        var characters: [Character] = ["\r\n", "K\u{0301}", "\u{212A}"]
        for value in UInt32(0)..<0x3000 { if let scalar = Unicode.Scalar(value) { characters.append(Character(scalar)) } }
        for character in characters {
            for letter in letters {
                #expect(NumberExtractor.lowercased(character, equals: letter) == (Character(character.lowercased()) == letter),
                        "\(String(character).debugDescription) \(letter)")
            }
        }
        #expect(NumberExtractor.digitValues(in: "1.5\u{212A} and 2 Million and 3 millions") == [[1.5, 1_500], [2, 2_000_000], [3, 3_000_000]])
    }

    /// Every simple scalar answers the scan's questions as the Character it forms.
    @Test func simpleScalarsAnswerAsTheirCharacters() {
        let literals: [Character] = [",", " ", "'", "\u{00A0}", ".", "-", "s"]
        let letters: [Character] = ["k", "m", "b", "n", "t", "万", "亿", "千", "i", "s", "l", "o"]
        var disagreements: [String] = []
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), SimpleCharacters.contains(scalar) else { continue }
            let character = Character(scalar)
            let same = scalar.isASCIIDigit == character.isASCIIDigit && scalar.isASCIILetter == character.isASCIILetter
                && scalar.asciiByte == character.asciiByte && scalar.isChineseNumeral == character.isChineseNumeral
                && scalar.chineseDigit == character.chineseDigit && scalar.chineseUnit == character.chineseUnit
                && scalar.isLetter == character.isLetter
                && literals.allSatisfy { scalar.isCharacter($0) == character.isCharacter($0) }
                && letters.allSatisfy { scalar.lowercasedEquals($0) == character.lowercasedEquals($0) }
            if !same { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// The scan over the scalars of simple text finds what the scan over its Characters does.
    @Test func scanningScalarsAgreesWithScanningCharacters() {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["1", "2", "0", "9", "12", "1,000", "3.5", "1 000", "1'000", ",", ".", " ", "'", "\u{00A0}", "-", "万", "亿", "千",
                      "万亿", "十", "百", "零", "〇", "一", "二", "两", "三", "九", "百分之", "twenty", "Five", "-", "million", "Millions",
                      "bn", "k", "m", "K", "thousand", "July", "may", "first", "and", "s", "中", "é", "İ", "ß", "%", "年", "月", "日"]
        var simple = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard text.hasSimpleCharacters else { continue }
            simple += 1
            for words in [false, true] {
                #expect(NumberExtractor.scan(Array(text.unicodeScalars), words: words) == NumberExtractor.scan(Array(text), words: words),
                        "\(text.debugDescription)")
            }
        }
        #expect(simple > 10_000)
    }
}
