/// One article: its metadata and its content blocks in reading order.
///
/// The document is the single model every reader produces and every writer consumes.
/// It holds everything needed to rebuild the article (non-translatable blocks included),
/// so an exported package can be merged back without the original file.
public struct Document: Hashable, Sendable, Codable {
    /// Article metadata: title, link, date, outlet, languages.
    public var metadata: ArticleMetadata
    /// Content blocks in document order; the headline, when present, comes first.
    public var blocks: [Block]

    public init(metadata: ArticleMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }

    /// Blocks offered to the translator, in order.
    public var translatableBlocks: [Block] { blocks.filter(\.isTranslatable) }

    /// A stable identifier for the article, derived from its link or, failing that, its content.
    public var identifier: String {
        if let url = metadata.url, !url.isEmpty { return "urn:diglot:" + Fingerprint.of(url).hex }
        var hasher = Fingerprint.Hasher()
        for block in blocks { hasher.combine(block.id.rawValue) }
        return "urn:diglot:" + hasher.finalize().hex
    }
}
