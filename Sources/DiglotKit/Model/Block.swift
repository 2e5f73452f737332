/// One paragraph-level piece of an article: a translation unit when it has text to translate.
///
/// A block keeps its structural role and the exact inline content, so a merged translation
/// can be rebuilt with the original markup. Blocks with nothing to translate (a bare date,
/// a URL, an image without alt text) stay in the document as skeleton.
public struct Block: Hashable, Sendable, Codable {
    /// Stable identifier; the only join key between export and re-import.
    public var id: UnitID
    /// What the block is in the article's structure.
    public var role: BlockRole
    /// The block's inline content, split into one or more segments (one per sentence with
    /// `--sentences`, otherwise exactly one).
    public var segments: [Segment]
    /// Whether the translator is offered this block.
    public var isTranslatable: Bool

    public init(id: UnitID, role: BlockRole, segments: [Segment], isTranslatable: Bool) {
        self.id = id
        self.role = role
        self.segments = segments
        self.isTranslatable = isTranslatable
    }

    /// All inline runs of the block, segments joined.
    public var runs: [InlineRun] { segments.flatMap(\.runs) }

    /// The block's text with markup removed.
    public var plainText: String { segments.map(\.plainText).joined() }

    /// Fingerprint of the source content (text and codes), stored at export and checked on import.
    public var sourceFingerprint: Fingerprint { Fingerprint.of(runs: runs) }
}

/// The structural role of a block, enough to rebuild it as HTML, XHTML or Markdown.
public enum BlockRole: Hashable, Sendable, Codable {
    /// The article's headline.
    case title
    /// A heading inside the article, level 1–6.
    case heading(level: Int)
    case paragraph
    /// A list item; `ordered` for `<ol>`, `depth` 1 for a top-level list.
    case listItem(ordered: Bool, depth: Int)
    case blockquote
    /// A caption of a figure, image or table.
    case caption
    /// A table cell; `header` for `<th>`. `row` and `column` count from 0 within the table.
    case tableCell(header: Bool, table: Int, row: Int, column: Int)
    /// A term of a definition list (`<dt>`).
    case definitionTerm
    /// A definition of a definition list (`<dd>`).
    case definition
    /// Preformatted text (`<pre>`), whitespace kept.
    case preformatted
    /// An image; its segments hold the alt text (translatable when non-empty).
    case image(Image)
    /// A horizontal rule or other separator, never translatable.
    case separator

    /// Short name used in unit IDs, XLIFF `restype`/`type` and CSS classes.
    public var name: String {
        switch self {
        case .title: "title"
        case .heading(let level): "h\(level)"
        case .paragraph: "p"
        case .listItem(let ordered, _): ordered ? "oli" : "li"
        case .blockquote: "quote"
        case .caption: "caption"
        case .tableCell(let header, _, _, _): header ? "th" : "td"
        case .definitionTerm: "dt"
        case .definition: "dd"
        case .preformatted: "pre"
        case .image: "img"
        case .separator: "hr"
        }
    }
}

/// An image kept from the article; never fetched, only referenced.
public struct Image: Hashable, Sendable, Codable {
    /// The `src` as found, resolved against the article's base URL when possible.
    public var source: String
    /// Link target when the image was wrapped in a link.
    public var link: String?

    public init(source: String, link: String? = nil) {
        self.source = source
        self.link = link
    }
}
