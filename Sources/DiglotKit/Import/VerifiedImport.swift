/// A returned XLIFF file checked against its export: either ready to merge, or refused.
public struct VerifiedImport: Hashable, Sendable {
    /// The file name used in messages.
    public var file: String
    /// The exported article (from the skeleton); nil when the file is not Diglot's.
    public var document: Document?
    /// The language the translator was asked for.
    public var targetLanguage: LanguageTag?
    /// Translations by unit, codes mapped back to the source's.
    public var translations: [UnitID: Translation]
    /// Code problems per unit that do not block the merge (missing, duplicated, overlapping).
    public var codeProblems: [UnitID: [CodeProblem]]
    /// Units whose segmentation a tool changed (split or joined): merged as one segment.
    public var resegmentedUnits: Set<UnitID>
    /// Sentences (0-based segment positions) a tool deleted from a unit's target; the merge
    /// shows their source instead, and QA names them.
    public var deletedSentences: [UnitID: [Int]] = [:]
    /// Problems that stop the merge of this file.
    public var errors: [ImportError]

    public init(file: String, document: Document?, targetLanguage: LanguageTag?, translations: [UnitID: Translation],
                codeProblems: [UnitID: [CodeProblem]] = [:], resegmentedUnits: Set<UnitID> = [], errors: [ImportError]) {
        self.file = file
        self.document = document
        self.targetLanguage = targetLanguage
        self.translations = translations
        self.codeProblems = codeProblems
        self.resegmentedUnits = resegmentedUnits
        self.errors = errors
    }

    /// Whether the file may be merged.
    public var isMergeable: Bool { errors.isEmpty && document != nil && targetLanguage != nil }
}
