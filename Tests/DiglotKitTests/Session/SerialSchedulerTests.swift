import Testing
@testable import DiglotKit

@Suite struct SerialSchedulerTests {
    @Test func foldsEachInputsPartsThenItsOwnResultInOrder() {
        let folded = SerialScheduler().reduce(count: 3, into: [String](), opening: { index, parts in
            for part in 0..<index { parts.add { "\(index).\(part)" } }
            return "\(index)"
        }, combine: { folded, result, inputDone in folded.append(result + (inputDone ? "!" : "")) })
        #expect(folded == ["0!", "1.0", "1!", "2.0", "2.1", "2!"])
    }

    @Test func mapsWithoutParts() {
        #expect(SerialScheduler().reduce(count: 4, into: 0, { $0 * 10 }, combine: { $0 += $1 }) == 60)
    }
}
