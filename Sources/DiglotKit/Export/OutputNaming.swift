/// Safe, stable output names for articles: `<input stem>` or `<nn>-<slug>` for feed items.
///
/// Names come from untrusted titles and file names, so they are reduced to a portable
/// alphabet: no path separators, no leading dots, no Windows reserved names, bounded length.
public enum OutputNaming {
    /// The stem of an input name (`articles/rfi-1.txt` → `rfi-1`), made safe.
    public static func stem(ofInput name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        var stem = last
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            stem = String(last[..<dot])
        }
        return safeComponent(stem, fallback: "article")
    }

    /// `<nn>-<slug>` for the item at `index` (0-based) of a feed with `count` items.
    public static func feedItemName(index: Int, count: Int, title: String?, fallback: String) -> String {
        let width = max(2, String(count).count)
        let number = String(index + 1)
        let padded = String(repeating: "0", count: width - number.count) + number
        let slug = slug(title ?? "")
        return padded + "-" + (slug.isEmpty ? safeComponent(fallback, fallback: "item") : slug)
    }

    /// Letters and digits of any script joined by `-`, Latin lowercased, at most 48 characters.
    /// Chinese headlines keep their characters (`05-美国气候特使克里即将访华`); a title of
    /// only digits gives an empty slug, so the caller's fallback is used.
    public static func slug(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in title.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > 48 {
                if slug.isEmpty { slug = String(word.prefix(48)) }
                break
            }
            slug = candidate
        }
        if slug.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }) { return "" }
        return slug
    }

    private static let reserved: Set<String> = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]

    /// One path component with no separators, controls, leading dots or reserved device names.
    public static func safeComponent(_ raw: String, fallback: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": result += "_"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        while result.hasPrefix(".") || result.hasPrefix(" ") { result.removeFirst() }
        while result.hasSuffix(".") || result.hasSuffix(" ") { result.removeLast() }
        if result.utf8.count > 120 {
            var trimmed = ""
            for character in result {
                if trimmed.utf8.count + String(character).utf8.count > 120 { break }
                trimmed.append(character)
            }
            result = trimmed
        }
        if result.isEmpty || reserved.contains(result.lowercased().split(separator: ".").first.map(String.init) ?? "") {
            return result.isEmpty ? fallback : "_" + result
        }
        return result
    }
}
