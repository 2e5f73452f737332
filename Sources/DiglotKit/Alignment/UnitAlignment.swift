import Foundation

/// How one unit of the original was aligned with the translation.
public struct UnitAlignment: Hashable, Sendable, Codable {
    /// The bead the unit belongs to: `sourceCount` paragraphs of the original against
    /// `targetCount` paragraphs of the translation (1–1, 1–2, 2–1…; 1–0 when nothing of the
    /// translation matched the unit).
    public var sourceCount: Int
    public var targetCount: Int
    /// Between 0 and 1: how well lengths and anchors (numbers, names, terms) agree.
    public var confidence: Double
    /// Stretches of the translation that matched no paragraph and were attached to this unit.
    public var attachedOrphans: Int
    /// With sentence alignment, the bead of each source sentence (`1-1`, `1-2`, `2-1`…).
    public var sentenceBeads: [String]

    public init(sourceCount: Int, targetCount: Int, confidence: Double, attachedOrphans: Int = 0, sentenceBeads: [String] = []) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.confidence = confidence
        self.attachedOrphans = attachedOrphans
        self.sentenceBeads = sentenceBeads
    }

    /// `1-1`, `2-1`, `1-0`…
    public var bead: String { "\(sourceCount)-\(targetCount)" }

    /// The confidence below which a unit is left for review rather than marked translated.
    public static let reviewThreshold = 0.5

    /// Whether a translator should look at the unit before trusting it.
    public var needsReview: Bool { confidence < Self.reviewThreshold || attachedOrphans > 0 || targetCount == 0 }

    /// The note written beside the target: bead, confidence, and what was attached.
    public var note: String {
        var text = "aligned \(bead), confidence \(String(format: "%.2f", confidence))"
        if !sentenceBeads.isEmpty { text += "; sentences " + sentenceBeads.joined(separator: " ") }
        if attachedOrphans > 0 {
            text += "; \(attachedOrphans == 1 ? "a stretch" : "\(attachedOrphans) stretches") of the translation that matched no paragraph "
                + "\(attachedOrphans == 1 ? "was" : "were") attached here"
        }
        if targetCount == 0 { text += "; no text of the translation matched this paragraph" }
        return text
    }
}
