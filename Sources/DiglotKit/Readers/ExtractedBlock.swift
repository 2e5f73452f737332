/// A content block as found in the markup, before IDs and translatability are decided.
struct ExtractedBlock: Hashable, Sendable {
    var role: BlockRole
    var runs: [InlineRun]

    var plainText: String {
        runs.reduce(into: "") { text, run in if case .text(let string) = run { text += string } }
    }
}
