import Testing
@testable import DiglotKit

@Suite struct MonotoneAlignerTests {
    private let model = LengthModel(ratio: 1, variance: 0.5)

    private func piece(_ length: Double, _ boundary: MonotoneAligner.Boundary = .sentence, keys: [AnchorKey] = []) -> MonotoneAligner.Piece {
        MonotoneAligner.Piece(length: length, profile: AnchorProfile(anchors: keys.map { Anchor(kind: .number, keys: [$0]) }, keys: keys.sorted()),
                              boundary: boundary)
    }

    private func unit(_ length: Double, keys: [AnchorKey] = []) -> MonotoneAligner.Unit {
        MonotoneAligner.Unit(length: length, profile: AnchorProfile(anchors: keys.map { Anchor(kind: .number, keys: [$0]) }, keys: keys.sorted()))
    }

    @Test func lengthsAloneSplitEvenPieces() {
        let result = MonotoneAligner(model: model).align(
            units: [unit(10), unit(30)], pieces: [piece(10, .paragraph), piece(15), piece(15)])
        #expect(result.groups == [0..<1, 1..<3])
        #expect(result.orphans.isEmpty)
    }

    @Test func anchorsOverrideLengths() {
        // By length the first unit would take two pieces; its number is in the first only.
        let result = MonotoneAligner(model: model).align(
            units: [unit(20, keys: [.number(1951)]), unit(20, keys: [.number(300)])],
            pieces: [piece(12, .paragraph, keys: [.number(1951)]), piece(12, keys: [.number(300)]), piece(12)])
        #expect(result.groups == [0..<1, 1..<3])
    }

    @Test func everyPieceIsPlacedOnceAndInOrder() {
        let units = (0..<50).map { unit(Double(5 + $0 % 7)) }
        let pieces = (0..<120).map { piece(Double(2 + $0 % 5), $0 % 3 == 0 ? .paragraph : .sentence) }
        let result = MonotoneAligner(model: model).align(units: units, pieces: pieces)
        var covered = result.orphans
        for group in result.groups { covered += Array(group) }
        #expect(covered.sorted() == Array(0..<120))
        for (left, right) in zip(result.groups, result.groups.dropFirst()) where !left.isEmpty && !right.isEmpty {
            #expect(left.upperBound <= right.lowerBound)
        }
    }

    @Test func noPiecesLeavesEveryUnitEmpty() {
        let result = MonotoneAligner(model: model).align(units: [unit(3)], pieces: [])
        #expect(result.groups == [0..<0])
        #expect(result.confidence == [0])
    }
}
