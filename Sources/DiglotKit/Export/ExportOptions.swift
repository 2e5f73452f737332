/// Which XLIFF version an export writes.
public enum XLIFFVersion: String, Hashable, Sendable, Codable, CaseIterable {
    case v1_2 = "1.2"
    case v2_1 = "2.1"
}

/// Everything one export run decides, travelling as a value to every worker.
public struct ExportOptions: Sendable {
    /// Forced source language (`--from`); detected per article when nil.
    public var sourceLanguage: LanguageTag?
    /// Candidate target languages; each article takes the first whose primary subtag differs
    /// from its source language (`--to en,zh-Hans`).
    public var targetLanguages: [LanguageTag]
    public var xliffVersion: XLIFFVersion
    public var sentences: Bool
    public var copySource: Bool
    /// Also write a review EPUB per article.
    public var reviewEPUB: Bool
    /// Glossaries given with `--glossary`, in order; later ones win.
    public var glossaries: [Glossary]
    /// Apply the shipped glossary for each article's language pair.
    public var useDefaultGlossary: Bool
    /// Earlier translations (`--memory`): exact matches pre-fill targets, marked for review.
    public var memory: TranslationMemory?

    public init(sourceLanguage: LanguageTag? = nil, targetLanguages: [LanguageTag], xliffVersion: XLIFFVersion = .v1_2,
                sentences: Bool = false, copySource: Bool = false, reviewEPUB: Bool = false,
                glossaries: [Glossary] = [], useDefaultGlossary: Bool = true, memory: TranslationMemory? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguages = targetLanguages
        self.xliffVersion = xliffVersion
        self.sentences = sentences
        self.copySource = copySource
        self.reviewEPUB = reviewEPUB
        self.glossaries = glossaries
        self.useDefaultGlossary = useDefaultGlossary
        self.memory = memory
    }

    /// The target for an article in `source`: the first candidate in another language, else
    /// the first in another script of it (`zh-Hans` → `zh-Hant`), else nil — an article is
    /// never "translated" into its own language.
    public func target(for source: LanguageTag) -> LanguageTag? {
        targetLanguages.first { $0.primary != source.primary } ?? targetLanguages.first { !$0.isSameLanguage(as: source) }
    }
}
