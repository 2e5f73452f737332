import Testing
@testable import DiglotKit

@Suite struct LengthModelTests {
    @Test func countsCharactersForChineseAndWordsOtherwise() {
        #expect(LengthModel.length(of: "美国气候特使，克里。", isCJK: true) == 8)
        #expect(LengthModel.length(of: "The U.S. climate envoy, John Kerry.", isCJK: false) == 7)
    }

    @Test func theExpectedLengthCostsLeast() {
        let model = LengthModel.between(source: "en", target: "zh-Hans")
        let expected = model.cost(source: 20, target: 20 * model.ratio)
        #expect(expected < 0.01)
        #expect(model.cost(source: 20, target: 10) > expected)
        #expect(model.cost(source: 20, target: 60) > model.cost(source: 20, target: 40))
        #expect(model.cost(source: 0, target: 10).isFinite)
    }

    @Test func calibrationRecoversAKnownRatio() {
        let pairs = [("one two three four", "一二三四五六七八"), ("five six", "九十一二")]
        let statistics = AlignmentCalibration.lengthStatistics(pairs: pairs, source: "en", target: "zh")
        #expect(statistics.ratio == 2)
        #expect(statistics.variance == 0)
    }
}
