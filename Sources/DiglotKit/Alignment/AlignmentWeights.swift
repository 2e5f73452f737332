/// The weights of the alignment costs, in nats (tuned on `../shared/parallel` with
/// `diglot-bench align`).
public struct AlignmentWeights: Hashable, Sendable {
    public init() {}

    /// A unit that receives nothing.
    public var emptyUnit = 4.0
    /// A piece that belongs to no unit, plus so much per unit of its length (in the
    /// original's units): a long stretch without a counterpart is an addition of the
    /// translator's (an editor's note), not a length mismatch.
    public var orphan = 6.0
    public var orphanPerUnit = 0.1
    /// How many pieces either side of the length diagonal the search looks first; widened
    /// threefold while no path fits. A constant keeps the work linear in the document.
    public var bandWidth = 40
    /// The margin (nats) at which a cut's confidence reaches 63 % of its length and anchor agreement.
    public var marginScale = 2.0
    /// A paragraph break of the translation inside one unit's text.
    public var unusedParagraphBreak = 6.0
    /// Cutting after the end of a sentence, and inside a sentence.
    public var sentenceCut = 0.0
    public var clauseCut = 6.0

    func cutCost(_ boundary: MonotoneAligner.Boundary) -> Double {
        switch boundary {
        case .paragraph: 0
        case .sentence: sentenceCut
        case .clause: clauseCut
        }
    }

    /// What a shared anchor earns, by kind: number, Latin word, term, name, quotation.
    public var gains = [2.0, 1.5, 0.6, 1.0, 0.5]
    /// What an anchor without a partner costs, by kind.
    public var misses = [1.0, 0.5, 0.05, 0.3, 0.2]

    func gain(_ kind: AnchorKind) -> Double { gains[kind.rawValue] }
    func miss(_ kind: AnchorKind) -> Double { misses[kind.rawValue] }

    /// Sets one weight by name (`orphan=5`, `gain.number=2`), for tuning runs; false when the
    /// name is unknown.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        let kinds = ["number", "latin", "term", "name", "quote"]
        switch name {
        case "emptyUnit": emptyUnit = value
        case "orphan": orphan = value
        case "orphanPerUnit": orphanPerUnit = value
        case "unusedParagraphBreak": unusedParagraphBreak = value
        case "sentenceCut": sentenceCut = value
        case "clauseCut": clauseCut = value
        case "bandWidth": bandWidth = max(1, Int(value))
        case "marginScale": marginScale = max(0.01, value)
        default:
            let parts = name.split(separator: ".")
            guard parts.count == 2, let kind = kinds.firstIndex(of: String(parts[1])) else { return false }
            if parts[0] == "gain" { gains[kind] = value } else if parts[0] == "miss" { misses[kind] = value } else { return false }
        }
        return true
    }
}
