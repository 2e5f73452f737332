/// A glossary term found in a segment: where it is and what it should become.
///
/// The location is a text run of the segment and a range of Unicode scalar offsets inside it,
/// so writers can wrap exactly those characters in `<mrk>` without touching inline codes.
public struct TermOccurrence: Hashable, Sendable, Codable {
    /// Index into `Segment.runs`; always a `.text` run.
    public var runIndex: Int
    /// Unicode scalar offsets inside that run's text.
    public var range: Range<Int>
    /// The glossary entry that matched.
    public var entry: GlossaryEntry

    public init(runIndex: Int, range: Range<Int>, entry: GlossaryEntry) {
        self.runIndex = runIndex
        self.range = range
        self.entry = entry
    }
}

/// One glossary entry: a source term and its agreed translation.
public struct GlossaryEntry: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    public var type: TermType
    public var note: String?
    /// Whether Latin-script matching respects letter case.
    public var caseSensitive: Bool
    /// Target variants that must not be used.
    public var forbidden: [String]

    public init(source: String, target: String, type: TermType = .term, note: String? = nil,
                caseSensitive: Bool = false, forbidden: [String] = []) {
        self.source = source
        self.target = target
        self.type = type
        self.note = note
        self.caseSensitive = caseSensitive
        self.forbidden = forbidden
    }
}

/// What kind of name or term an entry is.
public enum TermType: String, Hashable, Sendable, Codable, CaseIterable {
    case person, org, place, term
    /// A blocking entry: matched to stop shorter terms inside it, never shown.
    case exclude
}
