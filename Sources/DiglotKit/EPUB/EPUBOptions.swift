/// How the writer lays out the two languages and what it adds around them.
public struct EPUBOptions: Hashable, Sendable {
    public var layout: EPUBLayout
    /// A translator's review copy: every translatable paragraph labelled with its unit ID,
    /// its glossary hits listed, and an empty slot (or the translation, when there is one)
    /// below it. Overrides `layout`.
    public var reviewCopy: Bool
    /// Whether to open the book with a generated title page; nil adds one to collections
    /// (more than one chapter) only.
    public var titlePage: Bool?

    public init(layout: EPUBLayout = .interleaved, reviewCopy: Bool = false, titlePage: Bool? = nil) {
        self.layout = layout
        self.reviewCopy = reviewCopy
        self.titlePage = titlePage
    }
}

/// How source and translation share the page.
public enum EPUBLayout: String, Hashable, Sendable, CaseIterable, Codable {
    /// Each source paragraph followed by its translation, visually distinct.
    case interleaved
    /// Source and translation in paired rows, two columns on wide screens, stacked on narrow ones.
    case sideBySide = "side-by-side"
    /// The translation only (untranslated paragraphs show the source, marked).
    case targetOnly = "target-only"
    /// The source only.
    case sourceOnly = "source-only"
}
