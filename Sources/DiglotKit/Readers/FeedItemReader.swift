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

    /// The parsed header lines.
    struct Header: Equatable {
        var published: Date
        var title: String
        var url: String
        /// Byte offset of the body in the UTF-8 text.
        var bodyOffset: Int
    }

    public func read(_ source: InputSource) throws(ReaderError) -> [Document] {
        let text = try TextEncodingSniffer.sniff(source.bytes, input: source.name).utf8
        let header = try Self.header(of: text, input: source.name)
        let body = Array(text[header.bodyOffset...])
        let root: MarkupElement
        do {
            root = try HTMLFragment.parse(body, file: source.name)
        } catch {
            throw ReaderError(input: source.name, line: error.line.map { $0 + 3 }, reason: "unreadable HTML body: \(error.message)")
        }
        let blocks = HTMLContentExtractor().blocks(in: root, articleURL: header.url).map { $0.resolvingImages(against: header.url) }
        let metadata = ArticleMetadata(title: header.title, url: header.url, published: header.published,
                                       outlet: OutletNames.outlet(forURL: header.url), sourceLanguage: "und", origin: source.name)
        let title = SiteNameSuffix.strip(header.title, names: OutletNames.names(forURL: header.url), url: header.url)
        let document = try DocumentAssembler(input: source.name).document(title: title, blocks: blocks, metadata: metadata,
                                                                         forcedLanguage: source.language)
        return [document]
    }

    /// Whether the bytes start like a feed item (used by format detection).
    static func looksLikeFeedItem(_ bytes: [UInt8]) -> Bool {
        (try? header(of: Array(bytes.prefix(16_384)), input: "", decodingTitle: false)) != nil
    }

    /// Whether the first non-blank line is an `<!--digits-->` comment.
    static func startsWithEpochComment(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard bytes[index...].starts(with: Array("<!--".utf8)) else { return false }
        index += 4
        let digitsStart = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index > digitsStart && bytes[index...].starts(with: Array("-->".utf8))
    }

    /// The header lines; `decodingTitle: false` leaves the title's entities alone (format
    /// detection only asks whether the header is well formed).
    static func header(of text: [UInt8], input: String, decodingTitle: Bool = true) throws(ReaderError) -> Header {
        var lines: [(text: Substring, end: Int)] = []
        var start = 0
        // Skip a byte-order mark and blank lines before the comment.
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while lines.count < 3, start < text.count {
            let end = text[start...].firstIndex(of: 0x0A) ?? text.count
            let line = String(decoding: text[start..<end], as: UTF8.self).trimming(.whitespacesAndNewlines)
            if !(lines.isEmpty && line.isEmpty) { lines.append((Substring(line), min(end + 1, text.count))) }
            start = end + 1
        }
        guard let first = lines.first, first.text.hasPrefix("<!--"), first.text.hasSuffix("-->") else {
            throw ReaderError(input: input, line: 1, reason: "not a feed item: the first line must be an <!--epoch-milliseconds--> comment")
        }
        let epochText = first.text.dropFirst(4).dropLast(3).trimming(.whitespaces)
        guard !epochText.isEmpty, epochText.allSatisfy(\.isASCII), let epoch = Int64(epochText) else {
            throw ReaderError(input: input, line: 1, reason: "broken feed-item header: the first comment must hold the publication time in epoch milliseconds, not “\(epochText.prefix(40))”")
        }
        guard lines.count >= 2, let link = parseLink(lines[1].text) else {
            throw ReaderError(input: input, line: 2, reason: "broken feed-item header: expected a [title](url) line after the epoch comment")
        }
        guard lines.count >= 3, lines[2].text.count >= 3, lines[2].text.allSatisfy({ $0 == "-" || $0 == "=" }) else {
            throw ReaderError(input: input, line: 3, reason: "broken feed-item header: expected a dashed rule (------) after the [title](url) line")
        }
        return Header(published: Date(timeIntervalSince1970: Double(epoch) / 1000), title: decodingTitle ? HTMLEntities.decode(link.title) : link.title,
                      url: link.url, bodyOffset: lines[2].end)
    }

    /// `[title](url)`: the title runs to the last `](`, so titles may contain brackets.
    private static func parseLink(_ line: Substring) -> (title: String, url: String)? {
        guard line.hasPrefix("["), line.hasSuffix(")"), let split = lastLinkSeparator(in: line) else { return nil }
        let title = line[line.index(after: line.startIndex)..<split.lowerBound]
        let url = line[split.upperBound..<line.index(before: line.endIndex)].trimming(.whitespaces)
        // On simple text Foundation's search for a space finds exactly the space bytes.
        let hasSpace = url.hasSimpleCharacters ? url.utf8.contains(0x20) : url.contains(" ")
        guard !url.isEmpty, !hasSpace else { return nil }
        return (String(title), url)
    }

    /// The last `](` of the line. Simple text (`SimpleCharacters`) is searched byte by byte,
    /// which finds what Foundation's search finds there; other text is left to Foundation.
    static func lastLinkSeparator(in line: Substring) -> Range<Substring.Index>? {
        guard line.hasSimpleCharacters else { return line.range(of: "](", options: .backwards) }
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let parenthesis = bytes.index(before: end)
            if bytes[parenthesis] == UInt8(ascii: "("), parenthesis > bytes.startIndex {
                let bracket = bytes.index(before: parenthesis)
                if bytes[bracket] == UInt8(ascii: "]") { return bracket..<end }
            }
            end = parenthesis
        }
        return nil
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
