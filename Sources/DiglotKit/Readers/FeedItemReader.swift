import Foundation

/// Reads the feed-item format of `Samples/`: an `<!--epoch-ms-->` comment, a `[title](url)`
/// line, a dashed rule, then the article's HTML body.
///
/// The title's HTML entities are decoded (`&quot;` → `"`), the epoch becomes the publication
/// time, and the outlet is named from the URL's host. Text between the rule and the body
/// (some archives put a `日期：…` line there) is read as part of the body.
public struct FeedItemReader: DocumentReader {
    public var format: InputFormat { .feedItem }

    public init() {}

    public func read(_ input: SniffedInput) throws(ReaderError) -> [Document] {
        let item = try input.feedItem()
        let header = item.header
        let body = Array(item.utf8[header.bodyOffset...])
        let root: MarkupElement
        do {
            root = try HTMLFragment.parse(body, file: input.name)
        } catch {
            throw ReaderError(input: input.name, line: error.line.map { $0 + 3 }, reason: "unreadable HTML body: \(error.message)")
        }
        let blocks = HTMLContentExtractor().blocks(in: root, articleURL: header.url).map { $0.resolvingImages(against: header.url) }
        let decodedTitle = HTMLEntities.decode(header.title)
        let metadata = ArticleMetadata(title: decodedTitle, url: header.url, published: header.published,
                                       outlet: OutletNames.outlet(forURL: header.url), sourceLanguage: "und", origin: input.name)
        let title = SiteNameSuffix.strip(decodedTitle, names: OutletNames.names(forURL: header.url), url: header.url)
        let document = try DocumentAssembler(input: input.name).document(title: title, blocks: blocks, metadata: metadata,
                                                                        forcedLanguage: input.source.language)
        return [document]
    }

    /// The header of a feed item's UTF-8 text (its title as written), for tests that take an
    /// article apart; reading goes through `SniffedInput`, which reads the header once.
    static func header(of text: [UInt8], input: String) throws(ReaderError) -> FeedItemHeader {
        try FeedItemHeader.scan(text[...], input: input).header.get()
    }

    /// The last `](` of a `[title](url)` line (see `FeedItemHeader`).
    static func lastLinkSeparator(in line: Substring) -> Range<Substring.Index>? {
        FeedItemHeader.lastLinkSeparator(in: line)
    }
}

extension ExtractedBlock {
    /// Image blocks with their source (and link) resolved against the article's URL.
    func resolvingImages(against base: String?) -> ExtractedBlock {
        guard case .image(var image) = role else { return self }
        image.source = URLResolver.resolve(image.source, against: base)
        image.link = image.link.map { URLResolver.resolve($0, against: base) }
        return ExtractedBlock(role: .image(image), runs: runs)
    }
}
