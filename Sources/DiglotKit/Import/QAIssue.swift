/// One finding of the QA checks on a translated unit.
public struct QAIssue: Hashable, Sendable, Codable {
    /// How bad it is: an `error` fails `--strict`, a `warning` asks for a look.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// What was checked; stable names for machines.
    public enum Code: String, Hashable, Sendable, Codable, CaseIterable {
        case untranslated
        /// A sentence a tool deleted from the target (`<mrk mtype="seg">` 1.2, a segment's `<target>` 2.x).
        case missingSentence = "missing-sentence"
        case needsReview = "needs-review"
        case missingCode = "missing-code"
        case duplicatedCode = "duplicated-code"
        case misorderedCode = "misordered-code"
        case glossaryTermMissing = "glossary-term-missing"
        case forbiddenTerm = "forbidden-term"
        case numberMissing = "number-missing"
        case identicalToSource = "identical-to-source"
        case unbalancedPunctuation = "unbalanced-punctuation"
    }

    public var unit: String
    public var severity: Severity
    public var code: Code
    public var message: String

    public init(unit: String, severity: Severity, code: Code, message: String) {
        self.unit = unit
        self.severity = severity
        self.code = code
        self.message = message
    }
}
