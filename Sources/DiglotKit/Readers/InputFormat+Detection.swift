extension InputFormat {
    /// Recognises the format from the bytes, never from a file name.
    ///
    /// A feed item starts with an `<!--digits-->` comment (then a `[title](url)` line and a dashed
    /// rule). A feed is XML whose root is `rss`, `rdf:RDF` or `feed`, tolerating a byte-order mark
    /// and junk before the XML declaration. Anything else that looks like markup is HTML, and
    /// any other text is plain text. Returns nil for bytes that are not text (a NUL byte, or
    /// UTF-16 without a byte-order mark) and for no bytes at all.
    public static func detect(_ bytes: [UInt8]) -> InputFormat? {
        let head = textHead(of: bytes)
        // An epoch comment alone is enough: a broken header then gets the feed-item reader's
        // precise error instead of being read as an HTML fragment.
        if FeedItemReader.looksLikeFeedItem(head) || FeedItemReader.startsWithEpochComment(head) { return .feedItem }
        if let root = rootElementName(inHead: head) {
            let lowered = root.lowercased()
            if lowered == "rss" || lowered == "rdf:rdf" || lowered == "feed" || lowered.hasSuffix(":rss") || lowered.hasSuffix(":feed") {
                return .feed
            }
            return .html
        }
        guard !head.isEmpty, PlainTextReader.looksLikeText(head) else { return nil }
        return .plainText
    }

    /// The name of the first element in the first 16 KB (any BOM, UTF-16 decoded), if there is one.
    static func rootElementName(of bytes: [UInt8]) -> String? {
        rootElementName(inHead: textHead(of: bytes))
    }

    private static func rootElementName(inHead head: [UInt8]) -> String? {
        firstElementName(in: String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self))
    }

    /// The first 16 KB as UTF-8 (or undecoded bytes), byte-order mark removed.
    private static func textHead(of bytes: [UInt8]) -> [UInt8] {
        var head = Array(bytes.prefix(16_384))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            let name = head[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            var even = Array(head.dropFirst(2))
            if even.count % 2 == 1 { even.removeLast() }
            head = TextTranscoder.utf8(from: even, encoding: name) ?? []
        }
        return head
    }

    /// The name of the first element, skipping the XML declaration, comments, DOCTYPE and PIs.
    private static func firstElementName(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                guard let end = after.range(of: "-->") else { return nil }
                rest = after[end.upperBound...]
            } else if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let end = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: end)...]
            } else {
                let name = after.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
                if let first = name.first, first.isLetter { return String(name) }
                rest = after
            }
        }
        return nil
    }
}
