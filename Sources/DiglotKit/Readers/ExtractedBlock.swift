/// A content block as found in the markup, before IDs and translatability are decided.
struct ExtractedBlock: Hashable, Sendable {
    var role: BlockRole
    var runs: [InlineRun]
    /// Whether a chrome label ("Related", "相关文章") was dropped right before this block: what
    /// follows such a label is announced as the site's (`BoilerplateFilter`).
    var followsChromeLabel = false

    var plainText: String {
        runs.reduce(into: "") { text, run in if case .text(let string) = run { text += string } }
    }
}
