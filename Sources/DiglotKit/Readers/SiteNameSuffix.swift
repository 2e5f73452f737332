/// Removes the site's name from the end of a headline: "科技股一枝独秀 – 法国国际广播电台 - RFI"
/// becomes "科技股一枝独秀".
///
/// Pages and feeds append the site name to titles for search engines and browser tabs; a
/// translator would translate it on every article. A trailing segment (after ` - `, ` – `,
/// ` | `, `｜` …) is the site's when it is one of the names the caller knows (outlet, channel
/// title, `og:site_name`, a suffix repeated over a feed's items) or holds the brand of the
/// article's host as a word ("RFI" on rfi.fr). A site name may hold a separator itself
/// ("法国国际广播电台 - RFI"): a short segment before the brand goes too when a different
/// separator sets it off from the headline. The headline itself is never removed.
enum SiteNameSuffix {
    /// Separators between a headline and a site name, longest first.
    static let separators = [" - ", " – ", " — ", " | ", " _ ", " · ", " :: ", "｜", " ｜ "]

    /// A segment holding the host's brand is a site name when at most this many Characters.
    static let brandSegmentLength = 24
    /// The part of a site name before its brand is at most this many Characters.
    static let namePartLength = 12

    /// The headline without trailing site-name segments.
    /// - Parameters:
    ///   - names: names of the site (any case; spaces ignored).
    ///   - url: the article's address, whose host gives the brand word (`rfi` of `www.rfi.fr`).
    ///   - suffixKeys: `key`s of suffixes known to be the site's (`FeedProfile.titleSuffixes`).
    static func strip(_ title: String, names: [String], suffixKeys: Set<String> = [], url: String?) -> String {
        var segments = split(title)
        guard segments.count > 1 else { return title }
        let keys = Set(names.map(key).filter { !$0.isEmpty }).union(suffixKeys)
        let brand = url.flatMap(brandWord)
        var removedSeparator: String?
        while segments.count > 1, let last = segments.last {
            let matches = keys.contains(key(last.text))
                || (brand.map { holdsWord($0, in: last.text) } ?? false) && TextClassifier.hasAtMost(brandSegmentLength, charactersIn: last.text)
            guard matches else { break }
            removedSeparator = last.separator
            segments.removeLast()
        }
        guard let removedSeparator else { return title }
        // "… – 法国国际广播电台 - RFI": the name's own first part, set off from the headline by
        // another separator than the one inside the name.
        if segments.count > 1, let last = segments.last, last.separator != removedSeparator,
           TextClassifier.hasAtMost(namePartLength, charactersIn: last.text) {
            segments.removeLast()
        }
        return segments.map { $0.separator + $0.text }.joined()
    }

    /// Segments with the separator that precedes each (empty for the first).
    static func split(_ title: String) -> [(separator: String, text: String)] {
        var segments: [(separator: String, text: String)] = []
        var rest = Substring(title)
        var separator = ""
        while let range = firstSeparator(in: rest) {
            segments.append((separator, String(rest[..<range.lowerBound])))
            separator = String(rest[range])
            rest = rest[range.upperBound...]
        }
        segments.append((separator, String(rest)))
        return segments.filter { !$0.text.trimming(.whitespaces).isEmpty || $0.separator.isEmpty }
    }

    private static func firstSeparator(in text: Substring) -> Range<Substring.Index>? {
        if text.hasSimpleCharacters { return firstSeparatorInSimpleText(text) }
        return firstSeparatorByFoundation(in: text)
    }

    /// `firstSeparator` by Foundation's search, which compares under canonical equivalence.
    static func firstSeparatorByFoundation(in text: Substring) -> Range<Substring.Index>? {
        var best: Range<Substring.Index>?
        for separator in separators {
            guard let range = text.range(of: separator) else { continue }
            if let current = best, current.lowerBound <= range.lowerBound { continue }
            best = range
        }
        return best
    }

    /// `firstSeparator` on the UTF-8 of simple text (`SimpleCharacters`), where canonical
    /// equivalence is byte equality: the earliest match, the earlier separator on a tie.
    static func firstSeparatorInSimpleText(_ text: Substring) -> Range<Substring.Index>? {
        let bytes = Array(text.utf8)
        var best: (start: Int, length: Int)?
        for separator in separatorBytes {
            guard let first = separator.first else { continue }
            var start = 0
            let limit = best?.start ?? bytes.count
            while start + separator.count <= bytes.count, start < limit {
                if bytes[start] == first, bytes[start..<(start + separator.count)].elementsEqual(separator) {
                    best = (start, separator.count)
                    break
                }
                start += 1
            }
        }
        guard let best else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: best.start)
        return lower..<text.utf8.index(lower, offsetBy: best.length)
    }

    private static let separatorBytes = separators.map { Array($0.utf8) }

    /// A name as compared: lowercased, without spaces and punctuation.
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// The word a host is known by: `rfi` of `www.rfi.fr`, `nytimes` of `cn.nytimes.com`,
    /// `bbc` of `www.bbc.co.uk`; nil for short or generic ones.
    static func brandWord(of url: String) -> String? {
        guard let host = URLResolver.host(of: url)?.lowercased() else { return nil }
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return nil }
        labels.removeLast()
        // Second-level public suffixes: co.uk, com.cn, org.tw …
        if labels.count >= 2, ["co", "com", "org", "net", "gov", "edu", "ac"].contains(labels.last ?? "") { labels.removeLast() }
        guard let word = labels.last, word.count >= 2 else { return nil }
        return word
    }

    /// Whether `word` stands as a whole word (any case) in the text.
    private static func holdsWord(_ word: String, in text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).contains { $0 == word }
    }
}
