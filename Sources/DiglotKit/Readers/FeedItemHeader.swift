import Foundation

/// The header of a feed item: an `<!--epoch-ms-->` comment, a `[title](url)` line and a dashed
/// rule, read once when the input is sniffed (`InputHead`) and handed to `FeedItemReader`.
///
/// Blank lines and a byte-order mark before the comment are skipped; each line is trimmed.
/// The title stays as written: its HTML entities are decoded by the reader, since detection
/// alone (a directory search asking whether a `.md` file is a feed item) never needs them.
struct FeedItemHeader: Equatable, Sendable {
    var published: Date
    /// The title as written, HTML entities not decoded.
    var title: String
    var url: String
    /// Byte offset of the body in the UTF-8 text: just after the dashed rule's line.
    var bodyOffset: Int

    /// What one pass over the first lines of a text found: the header or why it is broken, and
    /// whether the text opens with an epoch comment (which makes it a feed item even when the
    /// header is broken, so the error is the header's, not an HTML reader's).
    struct Scan: Sendable {
        var header: Result<FeedItemHeader, ReaderError>
        /// Whether, after ASCII white space, the text starts with `<!--digits-->`.
        var startsWithEpochComment: Bool
        /// How many bytes of the text the outcome depends on: through the rule's line end, or
        /// all of it when the text ran out first.
        var examined: Int
        /// Whether more text after the scanned bytes could change the outcome: the scan ran
        /// into the end of the text before three lines were complete.
        var reachedEnd: Bool

        /// Whether the text is a feed item, broken or not.
        var isFeedItem: Bool {
            if case .success = header { return true }
            return startsWithEpochComment
        }
    }

    /// Reads the header lines of `text` (UTF-8), naming `input` in errors.
    static func scan(_ text: ArraySlice<UInt8>, input: String) -> Scan {
        let base = text.startIndex
        var start = base
        // Skip a byte-order mark left in the text (a doubled one: detection dropped the first)
        // and blank lines before the comment.
        if ByteOrderMark(startOf: text) == .utf8 { start += 3 }
        let epochComment = startsWithEpochComment(text[start...])
        var lines: [(text: Substring, end: Int)] = []
        var reachedEnd = true
        while lines.count < 3, start < text.endIndex {
            let newline = text[start...].firstIndex(of: 0x0A)
            let end = newline ?? text.endIndex
            let line = String(decoding: text[start..<end], as: UTF8.self).trimming(.whitespacesAndNewlines)
            if !(lines.isEmpty && line.isEmpty) { lines.append((Substring(line), min(end + 1, text.endIndex) - base)) }
            start = end + 1
            if lines.count == 3, newline != nil { reachedEnd = false }
        }
        let examined = min(start, text.endIndex) - base
        let outcome = Result { () throws(ReaderError) in try header(of: lines, input: input) }
        return Scan(header: outcome, startsWithEpochComment: epochComment, examined: examined, reachedEnd: reachedEnd)
    }

    private static func header(of lines: [(text: Substring, end: Int)], input: String) throws(ReaderError) -> FeedItemHeader {
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
        return FeedItemHeader(published: Date(timeIntervalSince1970: Double(epoch) / 1000), title: link.title, url: link.url,
                              bodyOffset: lines[2].end)
    }

    /// Whether the bytes, after ASCII white space, start with an `<!--digits-->` comment.
    private static func startsWithEpochComment(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard bytes[index...].starts(with: Array("<!--".utf8)) else { return false }
        index += 4
        let digitsStart = index
        while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index > digitsStart && bytes[index...].starts(with: Array("-->".utf8))
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
