/// What a feed's first items show about all of its items: the site name its titles end with
/// and the blocks its bodies repeat (a relay's header line, a weekly column's footer).
///
/// A block that stands in half the items or more is the feed's, not any article's: the same
/// holds for a title suffix. Only the first `sampleSize` items are looked at, so a feed read
/// whole and the same feed streamed item by item (`FeedStream`) get the same profile and so
/// the same documents, and a streamed feed holds no more than the sample in memory.
struct FeedProfile: Sendable {
    /// Items looked at.
    static let sampleSize = 32
    /// A block or suffix must stand in at least this many items of the sample…
    static let minimumItems = 3

    /// `SiteNameSuffix.key`s of title suffixes that are the site's name.
    var titleSuffixes: Set<String> = []
    /// `FeedProfile.key`s of the texts of blocks repeated over the items.
    var repeatedBlocks: Set<String> = []
    /// The blocks of the sample's items, by position in the feed: extracted once, for the
    /// profile and for the items' documents.
    var sampleBlocks: [[ExtractedBlock]] = []

    static let empty = FeedProfile()

    init() {}

    /// The profile of a feed whose first items are `sample`.
    init(sample: some Collection<FeedItem>) {
        let items = Array(sample.prefix(Self.sampleSize))
        // Title suffixes: the last segment of titles, counted once per item.
        var suffixCounts: [String: Int] = [:]
        var titled = 0
        for title in items.compactMap(\.title) {
            titled += 1
            let segments = SiteNameSuffix.split(title)
            guard segments.count > 1, let last = segments.last else { continue }
            suffixCounts[SiteNameSuffix.key(last.text), default: 0] += 1
        }
        titleSuffixes = Set(suffixCounts.filter { !$0.key.isEmpty && Self.isRepeated($0.value, of: titled) }.keys)
        // Blocks: texts of a body's non-heading blocks, counted once per item.
        var blockCounts: [String: Int] = [:]
        var bodies = 0
        sampleBlocks = items.map { $0.blocks() }
        for blocks in sampleBlocks {
            let texts = Set(blocks.compactMap(Self.key))
            guard !texts.isEmpty else { continue }
            bodies += 1
            for text in texts { blockCounts[text, default: 0] += 1 }
        }
        repeatedBlocks = Set(blockCounts.filter { Self.isRepeated($0.value, of: bodies) }.keys)
    }

    /// In at least `minimumItems` and at least half of the `total` items.
    private static func isRepeated(_ count: Int, of total: Int) -> Bool {
        count >= minimumItems && count * 2 >= total
    }

    /// Headings, table cells and code repeat in a series of posts as their structure ("前言",
    /// "結論"), so only running text and images count.
    static func mayBeBoilerplate(_ block: ExtractedBlock) -> Bool {
        switch block.role {
        case .paragraph, .listItem, .blockquote, .caption, .image: true
        default: false
        }
    }

    /// A block's text as compared, when the block may be boilerplate: the extractor has
    /// collapsed its white space already. A long block is the article's.
    static func key(_ block: ExtractedBlock) -> String? {
        guard mayBeBoilerplate(block) else { return nil }
        let text = block.plainText
        return text.isEmpty || text.utf8.count > maximumBoilerplateBytes ? nil : text
    }

    /// The longest text counted as a repeated block, in UTF-8 bytes.
    static let maximumBoilerplateBytes = 600

    /// The item's blocks without the feed's repeated ones, unless nothing of the item's own
    /// text would be left.
    func removingRepeated(from blocks: [ExtractedBlock]) -> [ExtractedBlock] {
        guard !repeatedBlocks.isEmpty else { return blocks }
        let kept = blocks.filter { block in Self.key(block).map { !repeatedBlocks.contains($0) } ?? true }
        let keepsText = kept.contains { block in
            if case .image = block.role { return false }
            return block.plainText.unicodeScalars.contains(where: ScriptClass.isLetter)
        }
        return keepsText ? kept : blocks
    }

    /// Words of a title that marks an item as an advertisement ("Featured Advertiser").
    static let advertisementWords: Set<String> = [
        "advertiser", "advertisers", "advertisement", "advertising", "advertorial", "sponsored", "sponsor", "promoted",
        "广告", "廣告", "推广", "推廣", "赞助", "贊助",
    ]

    /// Whether a title is an advertisement's: it starts with a marker word ("[Sponsor] …",
    /// "Sponsored: …", "【广告】…") or is a few words around one ("Featured Advertiser").
    /// "Introduction to Advertisement Eco System" is about advertising, and no marker.
    static func isMarkedAsAdvertisement(_ title: String) -> Bool {
        let lowered = title.lowercasedFast()
        // Every marker word holds one of these: most titles end here.
        guard markerRoots.contains(where: lowered.includes) else { return false }
        let words = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard let first = words.first else { return false }
        if advertisementWords.contains(first) || (words.count <= 3 && words.contains(where: advertisementWords.contains)) { return true }
        // Han words run together: the marker opens the title, or the title is little more.
        let core = String(lowered.unicodeScalars.filter { $0.properties.isAlphabetic })
        return advertisementWords.contains { word in
            word.unicodeScalars.contains(where: ScriptClass.isHan) && (core.hasPrefix(word) || (core.contains(word) && core.count <= word.count + 4))
        }
    }

    /// What every word of `advertisementWords` holds.
    private static let markerRoots = ["advert", "sponsor", "promoted", "广告", "廣告", "推广", "推廣", "赞助", "贊助"]

    /// Whether an item is an advertisement: its title says so and its body is mostly links.
    static func isAdvertisement(title: String?, blocks: [ExtractedBlock]) -> Bool {
        guard let title, isMarkedAsAdvertisement(title) else { return false }
        let measures = blocks.map(LinkMeasure.init).filter { !$0.isImage }
        let letters = measures.reduce(0) { $0 + $1.letters }
        let linked = measures.reduce(0) { $0 + $1.linkedLetters }
        return letters == 0 || linked * 2 >= letters
    }
}
