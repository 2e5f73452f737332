import Testing
@testable import DiglotKit

@Suite struct SubstringFinderTests {
    @Test func findsWhatByteSearchFinds() {
        let patterns = ["点击", "订阅", "app", "a", "", "sign up", "ab", "é", "e\u{0301}", "中"]
        let finder = SubstringFinder(patterns)
        let texts = TextFastPathEquivalenceTests.randomStrings(count: 3_000, seed: 10) + ["点击订阅", "ap", "sign u", "signup", "é", "e\u{0301}"]
        for text in texts {
            let found = finder.occurrences(in: text)
            for (index, pattern) in patterns.enumerated() {
                #expect((found >> UInt64(index) & 1 == 1) == text.includes(pattern), "\(text.debugDescription) \(pattern)")
            }
            #expect(finder.occursAny(in: text))  // the empty pattern is always there
        }
    }
}
