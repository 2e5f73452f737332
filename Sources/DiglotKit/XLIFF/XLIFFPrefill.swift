/// How a translation-memory pre-fill is written into an exported XLIFF file and recognised
/// when the file comes back.
///
/// A pre-filled target is a suggestion, never a final translation: XLIFF 1.2 marks it
/// `state="needs-review-translation" state-qualifier="exact-match"`, XLIFF 2.x
/// `state="initial" subState="diglot:memory-exact"` (the core has no review state;
/// `subState` is the place for a tool's own refinement). A translator who confirms the
/// segment changes the state, and the marker goes with it.
public enum XLIFFPrefill {
    /// The 2.x `subState` prefix Diglot writes on pre-filled segments.
    public static let subStatePrefix = "diglot:memory"
    /// The full 2.x `subState` of an exact match.
    public static let exactMatchSubState = "diglot:memory-exact"
    /// The note telling the translator where the target came from.
    static let note = "Pre-filled from translation memory (exact match): review before confirming."

    /// The translation laid out like the unit, or nil when it does not line up with the
    /// block's segments (then the unit is written without a pre-fill).
    static func content(of translation: Translation, for block: Block) -> UnitContent? {
        guard translation.segments.count == block.segments.count else { return nil }
        let segments = translation.segments.map { Segment(runs: $0) }
        return UnitContent(block: Block(id: block.id, role: block.role, segments: segments, isTranslatable: true))
    }
}
