import Testing
@testable import DiglotKit

@Suite struct AlignmentPairListTests {
    @Test func readsPairsSkippingCommentsAndBlankLines() throws {
        let list = "# original\ttranslation\r\na/en 1.txt\tb/zh.txt\r\n\n  \nc.html\td.html"
        let pairs = try AlignmentPairList.parse(Array(list.utf8), name: "pairs.tsv")
        #expect(pairs == [AlignmentPairList.Pair(original: "a/en 1.txt", translation: "b/zh.txt"),
                          AlignmentPairList.Pair(original: "c.html", translation: "d.html")])
    }

    @Test(arguments: ["a.txt b.txt", "a.txt\tb.txt\tc.txt", "\tb.txt"])
    func namesTheBadLine(_ line: String) {
        #expect { try AlignmentPairList.parse(Array("x\ty\n\(line)\n".utf8), name: "pairs.tsv") } throws: { error in
            (error as? AlignmentError)?.description.hasPrefix("pairs.tsv:2: expected ORIGINAL<TAB>TRANSLATION") == true
        }
    }
}
