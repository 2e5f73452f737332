import Foundation
import Testing
@testable import DiglotKit

/// The pinyin initials of Han characters (read off their syllables) and the surname set,
/// generated from CC-CEDICT.
@Suite struct PinyinInitialTests {
    @Test(arguments: [
        ("高", [PinyinInitial.g]),
        ("沙", [.sh]),
        ("长", [.ch, .zh]),
        ("長", [.ch, .zh]),  // Traditional, read as its Simplified form
        ("阮", [.r]),
        ("安", [.none]),
        ("阿", [.none]),
    ])
    func readings(_ character: String, _ expected: [PinyinInitial]) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(PinyinInitial.initials(of: scalar.value) == PinyinInitial.Set(expected))
    }

    @Test func noReadingIsNoInitial() {
        #expect(PinyinInitial.initials(of: 0x41).isEmpty)  // "A"
        #expect(PinyinInitial.initials(of: 0x3002).isEmpty)  // "。"
    }

    @Test func surnames() {
        for surname in "李王胡谢謝高金".unicodeScalars { #expect(ChineseSurnames.contains(surname.value), "\(surname)") }
        for other in "魔星看的".unicodeScalars { #expect(!ChineseSurnames.contains(other.value), "\(other)") }
    }

    /// Every reading of a one-character CC-CEDICT headword is in the generated table.
    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func tableHoldsEveryReadingOfCEDICT() throws {
        var checked = 0
        var missing: [String] = []
        for (character, scalar, pinyin) in try CEDICTReadings.all() {
            guard let initial = Self.initial(of: pinyin.lowercased()) else { continue }
            checked += 1
            if !PinyinInitial.initials(of: scalar).contains(PinyinInitial.Set([initial])) { missing.append("\(character) \(pinyin)") }
        }
        #expect(checked > 10_000)
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }

    /// The initial of a syllable such as "zhang3", read the plain way.
    private static func initial(of syllable: String) -> PinyinInitial? {
        guard syllable.last?.isNumber == true, syllable.dropLast().allSatisfy({ $0.isLetter || $0 == ":" }) else { return nil }
        for two in [PinyinInitial.zh, .ch, .sh] where syllable.hasPrefix("\(two)") { return two }
        return PinyinInitial.allCases.first { $0 != .none && "\($0)".count == 1 && syllable.hasPrefix("\($0)") } ?? PinyinInitial.none
    }
}
