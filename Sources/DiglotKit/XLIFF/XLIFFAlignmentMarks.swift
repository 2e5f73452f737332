/// How a target filled by `diglot align` is marked in XLIFF, and recognised when it comes back.
///
/// An aligned target is the published translation, not a suggestion: it is `translated`
/// unless the alignment is unsure (low confidence, text attached from nowhere, nothing
/// found), then it waits for review (1.2 `needs-review-translation`; 2.x `initial` with
/// `subState="diglot:aligned-review"`, the core having no review state). The bead and the
/// confidence go in a note, readable by people and by tools.
public enum XLIFFAlignmentMarks {
    /// `from` of the 1.2 note and `category` of the 2.x note.
    public static let noteSource = "diglot:alignment"
    /// The 2.x `subState` of a confident aligned segment.
    public static let alignedSubState = "diglot:aligned"
    /// The 2.x `subState` of an aligned segment to review.
    public static let reviewSubState = "diglot:aligned-review"

    /// `x-aligned-1-1`, `x-aligned-2-1`…: an `XTend` value, which the 1.2 schema admits.
    static func stateQualifier(of alignment: UnitAlignment) -> String { "x-aligned-" + alignment.bead }

    static func subState(of alignment: UnitAlignment) -> String {
        alignment.needsReview ? reviewSubState : alignedSubState
    }
}
