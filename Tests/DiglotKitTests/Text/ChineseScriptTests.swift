import Testing
@testable import DiglotKit

/// The script-telling character sets, read from the pairs' text scalar by scalar.
@Suite struct ChineseScriptTests {
    @Test func setsHoldEachSideOfThePairsThatDiffer() {
        // The same reading spelled out on Strings: entries apart by white space, two
        // characters each.
        let entries = ChineseScript.pairs.split(whereSeparator: \.isWhitespace).map { Array($0.unicodeScalars) }
        let differing = entries.filter { $0.count == 2 && $0[0] != $0[1] }
        #expect(differing.count > 600)
        #expect(ChineseScript.simplifiedOnly == Set(differing.map { $0[0] }))
        #expect(ChineseScript.traditionalOnly == Set(differing.map { $0[1] }))
        #expect(ChineseScript.simplifiedOnly.contains("这") && ChineseScript.traditionalOnly.contains("這"))
        #expect(ChineseScript.simplifiedOnly.isDisjoint(with: ChineseScript.traditionalOnly))
    }
}
