import Foundation

/// What one alignment (or a batch of them) found.
public struct AlignmentSummary: Hashable, Sendable, Codable {
    public var pairs = 0
    public var units = 0
    /// Units whose target is marked translated.
    public var confident = 0
    /// Units left for review (low confidence, attached text, or nothing found).
    public var review = 0
    /// Units that received no text of the translation.
    public var empty = 0
    /// Stretches of the translation that matched no paragraph, each attached to a neighbour.
    public var unmatchedStretches = 0
    /// Units by bead (`1-1`, `2-1`…).
    public var beads: [String: Int] = [:]
    /// Sum of the units' confidences, for the mean.
    public var confidenceTotal = 0.0

    public init() {}

    init(alignments: [UnitAlignment], unmatchedStretches: Int) {
        pairs = 1
        units = alignments.count
        for alignment in alignments {
            if alignment.needsReview { review += 1 } else { confident += 1 }
            if alignment.targetCount == 0 { empty += 1 }
            beads[alignment.bead, default: 0] += 1
            confidenceTotal += alignment.confidence
        }
        self.unmatchedStretches = unmatchedStretches
    }

    public mutating func add(_ other: AlignmentSummary) {
        pairs += other.pairs
        units += other.units
        confident += other.confident
        review += other.review
        empty += other.empty
        unmatchedStretches += other.unmatchedStretches
        confidenceTotal += other.confidenceTotal
        for (bead, count) in other.beads { beads[bead, default: 0] += count }
    }

    /// One paragraph for the terminal.
    public var text: String {
        let mean = units == 0 ? 0 : confidenceTotal / Double(units)
        let beadList = beads.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        var lines = ["Aligned \(pairs) pair\(pairs == 1 ? "" : "s"): \(units) units, \(confident) translated, \(review) to review"
            + " (mean confidence \(String(format: "%.2f", mean)))."]
        if !beadList.isEmpty { lines.append("Beads: \(beadList).") }
        lines.append("Text of the translation that matched no paragraph: \(unmatchedStretches) stretch\(unmatchedStretches == 1 ? "" : "es"), attached to a neighbour and flagged."
            + (empty > 0 ? " Units with no translation found: \(empty)." : ""))
        return lines.joined(separator: "\n")
    }
}
