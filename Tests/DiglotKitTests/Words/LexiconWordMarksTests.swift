import Testing
@testable import DiglotKit

/// Marked lexicon words: what the segmentation walk reports to glossary matching.
@Suite struct LexiconWordMarksTests {
    private let lexicon = Lexicon.chinese

    private func folded(_ word: String) -> [UInt32] { word.unicodeScalars.map { ScriptFolding.simplified($0.value) } }

    @Test func marksWordsBySlotAndReplacesPayloads() throws {
        var marks = LexiconWordMarks(lexicon: lexicon, cost: lexicon.cost(ofCount: 100))
        let slot = try #require(lexicon.slot(ofWord: "美国"))
        let other = try #require(lexicon.slot(ofWord: "国会"))
        marks.mark(folded("美国"), slot: slot, payload: 7)
        #expect(marks.isMarked(slot: slot))
        #expect(!marks.isMarked(slot: other))
        #expect(marks.payload(slot: slot) == 7)
        marks.mark(folded("美国"), slot: slot, payload: 9)
        #expect(marks.payload(slot: slot) == 9)
        #expect(marks.count == 1)
        // Many marks: the map grows and keeps every payload.
        var many = LexiconWordMarks(lexicon: lexicon, cost: 0)
        let words = ["中国", "美国", "国会", "总理", "香港", "台湾", "北京", "政府", "经济", "人权", "民主党", "立法会"]
        for (index, word) in words.enumerated() {
            many.mark(folded(word), slot: try #require(lexicon.slot(ofWord: word)), payload: Int32(index))
        }
        for (index, word) in words.enumerated() {
            #expect(many.payload(slot: try #require(lexicon.slot(ofWord: word))) == Int32(index))
        }
        #expect(many.count == words.count)
    }

    @Test func skipsOnlyRunsThatHoldNoMarkedWord() throws {
        var marks = LexiconWordMarks(lexicon: lexicon, cost: 0)
        marks.mark(folded("立法会"), slot: try #require(lexicon.slot(ofWord: "立法会")), payload: 0)
        func mayHold(_ text: String) -> Bool {
            let values = folded(text)
            return values.withUnsafeBufferPointer { marks.mayHoldMarkedWord($0, in: 0..<values.count) }
        }
        #expect(mayHold("香港立法会议员"))
        #expect(mayHold("香港立法會議員"))  // Traditional, folded
        #expect(!mayHold("政府发言人表示"))
        #expect(!mayHold("立"))  // the opening's first character alone is not enough
    }

    @Test func theWalkReportsMarkedWordsAndMakesThemCheaper() throws {
        let segmenter = WordSegmenter.chinese
        var marks = LexiconWordMarks(lexicon: lexicon, cost: lexicon.cost(ofCount: 1_000_000))
        marks.mark(folded("民主"), slot: try #require(lexicon.slot(ofWord: "民主")), payload: 3)
        let values = folded("自由民主党领袖")
        var met: [WordSegmenter.MarkedWord] = []
        let next = values.withUnsafeBufferPointer {
            segmenter.bestPath($0, in: 0..<values.count, extraWords: [], marks: marks, met: &met)
        }
        #expect(met.map { [$0.start, $0.end, $0.payload] } == [[2, 4, 3]])
        // Made as common as the commonest words, 民主 now splits 民主党 on the path.
        #expect(next[2] == 4)
        let plain = segmenter.bestPath(values, in: 0..<values.count)
        #expect(plain[2] == 5)
    }
}
