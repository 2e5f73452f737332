import Testing
@testable import DiglotKit

@Suite struct TermNormaliserTests {
    private func folded(_ text: String) -> String {
        TermNormaliser.string(from: Array(TermNormaliser.normalise(text).folded))
    }

    @Test(arguments: [
        ("ＡＢＣ１２３，", "abc123,"),
        ("ｶﾞｲﾄﾞ", "ガイド"),
        ("南希•佩洛西", "南希·佩洛西"),
        ("「一国两制」", "\"一国两制\""),
        ("Kerry’s", "kerry's"),
        ("a \u{3000}\t\nb", "a b"),
        ("soft\u{AD}hyphen\u{200B}", "softhyphen"),
        ("Cafe\u{301}", "café"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
        ("\u{212B}ngstr\u{F6}m", "ångström"),
    ])
    func foldsTextAsDocumented(text: String, expected: String) {
        #expect(folded(text) == expected)
    }

    @Test func offsetMapCoversTheOriginal() {
        let text = "ｶﾞ Cafe\u{301}  克里"
        let normalised = TermNormaliser.normalise(text)
        #expect(normalised.count == 9)
        #expect(normalised.originalRange(of: 0..<1) == 0..<2)  // ｶﾞ → ガ
        #expect(normalised.originalRange(of: 2..<6) == 3..<8)  // Café, five scalars
        #expect(normalised.originalRange(of: 6..<7) == 8..<10)  // two spaces → one
        #expect(normalised.originalRange(of: 7..<9) == 10..<12)
    }

    /// The fast path for keys that are already normal must agree with the full normalisation.
    @Test func fastKeysAgreeWithFullNormalisation() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("克里米亚甲烷abcxyz0129-().,:;!?#&/ぁゔァヺー".unicodeScalars)
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1..<12, using: &generator) {
                view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let term = String(view)
            #expect(TermNormaliser.key(for: term) == TermNormaliser.string(from: TermNormaliser.pattern(term).folded), "\(term)")
        }
    }

    /// The standalone fast path must give exactly what the cluster-wise path gives, offsets
    /// included, on text mixing every kind of character the normaliser treats specially.
    @Test func fastPathAgreesWithClusterPath() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(("克里米亚甲烷中國abcXYZ019 \t\n\r\u{0}\u{7F}ÀÉÖ×Þßàÿ-().,:;!?\"'/ÅΩΣσς"
            + "ＡＺａｚ０９，ｶｰﾞﾟ\u{FF61}\u{FF65}\u{FFE5}·•‧・˙“”‘’«»「」『』‐‑–—…‰€\u{2028}\u{00A0}\u{3000}"
            + "\u{AD}\u{200B}\u{200D}\u{FEFF}\u{FE0F}\u{0301}\u{0308}\u{0344}\u{3099}\u{1161}\u{212B}\u{2126}"
            + "가한ぁゔァヺー😀\u{1D160}\u{FB2C}").unicodeScalars)
        for _ in 0..<3_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<16, using: &generator) {
                view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let text = String(view)
            #expect(TermNormaliser.normalise(text) == TermNormaliser.normaliseClusters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
