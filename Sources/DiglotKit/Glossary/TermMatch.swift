/// A glossary term found in a piece of text.
public struct TermMatch: Hashable, Sendable {
    /// Unicode scalar offsets in the text as given (not the normalised text).
    public var range: Range<Int>
    /// The entry that matched.
    public var entry: GlossaryEntry

    public init(range: Range<Int>, entry: GlossaryEntry) {
        self.range = range
        self.entry = entry
    }
}
