/// A run of inline content that a translator sees as one segment.
///
/// A block is one segment unless the sentence segmenter split it. A paired code may open
/// in one segment and close in a later one (a `<strong>` around two sentences); writers then
/// write it as an isolated start/end pair (`<bx/>`/`<ex/>`, `<sc/>`/`<ec/>`).
public struct Segment: Hashable, Sendable, Codable {
    public var runs: [InlineRun]
    /// Glossary terms found in this segment's text, in order.
    public var terms: [TermOccurrence]

    public init(runs: [InlineRun], terms: [TermOccurrence] = []) {
        self.runs = runs
        self.terms = terms
    }

    /// The segment's text with markup removed.
    public var plainText: String {
        runs.reduce(into: "") { text, run in if case .text(let string) = run { text += string } }
    }
}
