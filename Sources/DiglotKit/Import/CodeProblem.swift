/// Something wrong with the inline codes (placeholders) of one returned target.
///
/// Kept typed from the check that finds it to the QA report that names it: the kind decides
/// whether the merge can go on and which QA code reports it; the message is for the translator.
public struct CodeProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Kind: String, Hashable, Sendable {
        /// An ID the source does not have.
        case invented
        /// A pair's start without its end, or a pair written as a standalone code.
        case broken
        /// A pair's end before its start.
        case closedBeforeOpened
        /// A code of the source left out of the target.
        case missing
        /// A code used more often than in the source.
        case duplicated
        /// Codes that cross instead of nesting.
        case overlapping
    }

    public var kind: Kind
    /// The code's ID as the file writes it.
    public var codeID: String
    /// What is wrong and how to fix it.
    public var message: String

    public init(kind: Kind, codeID: String, message: String) {
        self.kind = kind
        self.codeID = codeID
        self.message = message
    }

    /// Whether the markup cannot be rebuilt, so the unit is not merged.
    public var isBlocking: Bool { [.invented, .broken, .closedBeforeOpened].contains(kind) }
}
