import Foundation

/// What is not the article: page chrome recognised by element, attribute words and text.
///
/// Rules are data so a newsroom can see (and extend) them in one place. They were drawn from
/// the outlets of the shared corpus (RFI share bars and self-promo slots, FT and Zaobao ad
/// slots, feedx footers, Initium paywall notes, CDT permalink footers, NYT newsletter
/// prompts, Medium "continue reading" links, BBC screen-reader labels) and are written
/// generally: attribute words and phrases, never outlet-specific paths.
struct ChromeRules: Sendable {
    /// Elements whose whole subtree is never article text.
    let droppedElements: Set<String>
    /// ARIA landmark roles of site chrome.
    let droppedRoles: Set<String>
    /// Words that mark chrome when found anywhere inside a class, id or `data-` attribute name
    /// (lowercased): long enough not to occur by accident.
    let attributeSubstrings: [String]
    /// Words that mark credits and screen-reader labels: chrome when the element holds only text,
    /// but not when it wraps an image (BBC's `image-and-copyright-container`).
    let textOnlyAttributeSubstrings: [String]
    /// Words that mark chrome only as a whole token of a class or id (`ad`, `ads`, `nav`).
    let attributeTokens: Set<String>
    /// Whole-block texts (lowercased, edge punctuation removed) that are chrome.
    let exactTexts: Set<String>
    /// Prefixes of chrome blocks, checked on blocks up to `maximumPromptLength` characters.
    let prefixes: [String]
    /// Word sets: a short block containing every word of one set is chrome ("点击" + "订阅").
    let keywordSets: [[String]]
    /// Link texts of "read more" links that are dropped wherever they occur inline.
    let readMoreLinkTexts: Set<String>
    /// Beginnings of "read more" link texts ("To read this article in full, please click here").
    let readMoreLinkPrefixes: [String]
    /// Blocks longer than this are never judged chrome by exact words or keyword sets.
    let maximumPromptLength: Int
    /// Blocks longer than this are never judged chrome by a prefix (copyright footers run long).
    let maximumFooterLength: Int

    /// The rules compiled for matching: word lists become one-pass finders, texts byte strings.
    private let matchers: Matchers

    init(droppedElements: Set<String>, droppedRoles: Set<String>, attributeSubstrings: [String],
         textOnlyAttributeSubstrings: [String], attributeTokens: Set<String>, exactTexts: Set<String>, prefixes: [String],
         keywordSets: [[String]], readMoreLinkTexts: Set<String>, readMoreLinkPrefixes: [String],
         maximumPromptLength: Int, maximumFooterLength: Int) {
        self.droppedElements = droppedElements
        self.droppedRoles = droppedRoles
        self.attributeSubstrings = attributeSubstrings
        self.textOnlyAttributeSubstrings = textOnlyAttributeSubstrings
        self.attributeTokens = attributeTokens
        self.exactTexts = exactTexts
        self.prefixes = prefixes
        self.keywordSets = keywordSets
        self.readMoreLinkTexts = readMoreLinkTexts
        self.readMoreLinkPrefixes = readMoreLinkPrefixes
        self.maximumPromptLength = maximumPromptLength
        self.maximumFooterLength = maximumFooterLength
        matchers = Matchers(attributeSubstrings: attributeSubstrings, textOnlyAttributeSubstrings: textOnlyAttributeSubstrings,
                            attributeTokens: attributeTokens, exactTexts: exactTexts, prefixes: prefixes, keywordSets: keywordSets)
    }

    static let standard = ChromeRules(
        droppedElements: [
            "script", "style", "noscript", "template", "form", "button", "input", "select", "textarea",
            "option", "label", "nav", "aside", "footer", "iframe", "frame", "frameset", "svg", "math",
            "canvas", "object", "embed", "applet", "video", "audio", "source", "track", "map", "area",
            "link", "meta", "head", "title", "base", "dialog", "menu", "fieldset", "legend", "datalist",
            "output", "progress", "meter", "param",
        ],
        droppedRoles: ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar", "toolbar"],
        attributeSubstrings: [
            "share", "social", "newsletter", "subscri", "promo", "related", "advert", "sponsor",
            "adsbygoogle", "outbrain", "taboola", "breadcrumb", "trustbadge", "donate", "widget", "recommend", "readmore", "read-more", "more-stories",
            "mostpopular", "most-popular", "interstitial", "cookie", "pagination", "toolbar", "popup",
            "sidebar", "masthead", "site-header", "site-footer", "global-header", "global-footer", "skip-link", "skip-to",
        ],
        textOnlyAttributeSubstrings: ["copyright", "off-screen", "offscreen", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader"],
        attributeTokens: ["ad", "ads", "dfp", "nav", "navbar", "menu", "tags", "modal", "print", "pager"],
        exactTexts: [
            "分享", "分享到", "分享本文", "分享此文", "转发", "轉發", "收藏", "打印", "列印", "留言", "评论", "評論",
            "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
            "tweet", "email", "print", "comments", "permalink", "advertisement", "广告", "廣告",
            "图片版权", "圖片版權", "图片来源", "圖片來源", "image copyright", "image caption", "media caption", "image source",
            "相关图集", "相關圖集", "相关文章", "相關文章", "相关新闻", "相關新聞", "相关报道", "相關報導", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
            "related", "related articles", "related stories", "related content", "more on this story", "read more",
            "continue reading", "more", "返回顶部", "回到頂部", "返回目录", "top",
        ],
        prefixes: [
            "获取更多rss", "獲取更多rss", "feed enhanced by", "continue reading", "©", "copyright ©", "copyright (c)",
            "copyright 19", "copyright 20",
            "版权所有", "版權所有", "版权声明", "版權聲明", "本文版权", "本文版權", "follow us", "关注我们", "關注我們",
            "欢迎下载", "歡迎下載", "点击下载", "點擊下載", "扫描二维码", "掃描二維碼", "sign up for",
            "subscribe to", "click here to subscribe", "閱讀餘下全文", "阅读余下全文", "暢讀全站", "畅读全站",
            "我们的标准", "我們的標準", "to read this article in full", "原文链接", "原文鏈接", "点击查看本文", "點擊查看本文", "download the app", "get the app",
            "相关图集：", "相關圖集：", "分享 :", "分享:", "分享：", "share:", "share :", "post tags:", "tags:", "标签：", "標籤：", "listen on:",
        ],
        keywordSets: [
            ["点击", "订阅"], ["點擊", "訂閱"], ["欢迎", "订阅"], ["歡迎", "訂閱"], ["订阅", "邮箱"], ["訂閱", "郵箱"],
            ["下载", "app"], ["下載", "app"], ["下载", "客户端"], ["下載", "客戶端"], ["付費會員"], ["付费会员"],
            ["小額支持"], ["小额支持"], ["subscribe", "newsletter"], ["sign up", "newsletter"], ["download our", "app"], ["get our", "app"],
            ["本文英文版"], ["all rights reserved"], ["未经授权", "转载"], ["未經授權", "轉載"], ["不得转载"], ["不得轉載"],
            ["更多rss"], ["continue reading on"], ["follow us on"], ["subscribe here"], ["full access to", "subscribe"],
            ["appeared in the", "print edition"], ["for access to", "subscribe"], ["请点击购买"], ["請點擊購買"], ["点击购买"], ["點擊購買"], ["扫码", "关注"], ["掃碼", "關注"], ["不支持播放"], ["不支援播放"], ["does not support", "media"],
        ],
        readMoreLinkTexts: ["...more", "…more", "more", "read more", "continue reading", "阅读全文", "閱讀全文", "阅读更多", "閱讀更多", "更多", "全文"],
        readMoreLinkPrefixes: ["continue reading", "to read this article in full", "read the full", "read more", "click here to read",
                               "阅读全文", "閱讀全文", "查看全文", "阅读原文", "閱讀原文"],
        maximumPromptLength: 200,
        maximumFooterLength: 400
    )

    /// Whether an element (and everything inside it) is chrome.
    func isChrome(_ element: MarkupElement) -> Bool {
        if droppedElements.contains(element.name) { return true }
        if element.name == "header", containsNavigation(element) { return true }
        for attribute in element.attributes {
            switch attribute.name {
            case "class", "id":
                if attributeMarksChrome(attribute.value) { return !looksLikeArticleBody(element) }
                if matchers.textOnlyAttributeWords.occursAny(in: attribute.value.lowercasedFast()), !containsImage(element) { return true }
            case "role":
                if droppedRoles.contains(attribute.value.lowercased()) { return true }
            case "hidden":
                return true
            case "aria-hidden":
                if attribute.value.lowercased() == "true", element.name != "img" { return true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default:
                if attribute.name.hasPrefix("data-"), attributeMarksChrome(String(attribute.name.dropFirst(5))) {
                    return !looksLikeArticleBody(element)
                }
            }
        }
        return false
    }

    func attributeMarksChrome(_ value: String) -> Bool {
        let lowered = value.lowercasedFast()
        if matchers.attributeWords.occursAny(in: lowered) { return true }
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a Character is a byte (CR LF is two separators either way).
            var tokenStart = lowered.utf8.startIndex
            for index in lowered.utf8.indices where !Self.isASCIILetterOrDigit(lowered.utf8[index]) {
                if Self.isToken(lowered.utf8[tokenStart..<index], of: attributeTokens, longest: matchers.longestAttributeToken) { return true }
                tokenStart = lowered.utf8.index(after: index)
            }
            return Self.isToken(lowered.utf8[tokenStart...], of: attributeTokens, longest: matchers.longestAttributeToken)
        }
        let tokens = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return tokens.contains { attributeTokens.contains(String($0)) }
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isToken(_ bytes: Substring.UTF8View, of tokens: Set<String>, longest: Int) -> Bool {
        !bytes.isEmpty && bytes.count <= longest && tokens.contains(String(Substring(bytes)))
    }

    /// Whether a whole block's text is a chrome prompt (share label, subscription prompt, footer).
    func isChromeText(_ text: String) -> Bool {
        // Cheap length bound first: most blocks are long paragraphs that cannot be prompts.
        guard text.utf8.count <= maximumFooterLength * 4 else { return false }
        // Lowercasing and trimming keep these in the core, so it has at least as many scalars.
        guard Self.lettersKeptInCore(of: text) <= max(maximumFooterLength, matchers.longestExactTextScalars) else { return false }
        let lowered = text.lowercasedFast()
        let core = lowered.trimming(Self.edgeCharacters)
        if core.isEmpty { return false }
        let length = core.scalarCount
        // Every exact text is in NFD, and decomposing never removes scalars,
        // so a text canonically equal to one has at most as many scalars (`SimpleCharactersTests`).
        if length <= matchers.longestExactTextScalars, exactTexts.contains(core) { return true }
        guard length <= maximumFooterLength else { return false }
        if startsWithChromePrefix(lowered) { return true }
        guard length <= maximumPromptLength else { return false }
        let found = matchers.keywords.occurrences(in: core)
        return matchers.keywordSetMasks.contains { found & $0 == $0 }
    }

    /// The ASCII letters and digits and the Han characters U+5000–U+8FFF of the text: each is
    /// lowercased to one such scalar and none is an edge character, so trimming keeps them all.
    /// A lower bound of the core's scalar count that needs no lowercasing.
    private static func lettersKeptInCore(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xE5...0xE8: count += 1
                default: break
                }
            }
            return count
        }
    }

    /// Whether the text starts with a chrome prefix after spaces and opening brackets.
    private func startsWithChromePrefix(_ lowered: String) -> Bool {
        var text = lowered
        let simple: Bool? = text.withUTF8 { bytes in
            // Skip what `drop(while: isSkipped)` would, on UTF-8: every skipped scalar is
            // simple, so it is a Character as long as the scalar after it is simple too.
            var start = 0
            while start < bytes.count {
                let length = SimpleCharacters.whitespaceLength(at: start, in: bytes)
                    + Self.openingBracketLength(at: start, in: bytes)
                if length == 0 { break }
                start += length
            }
            // The window a prefix can reach (and one scalar more) must be simple too.
            var end = start, scalars = 0
            while end < bytes.count, scalars <= matchers.longestPrefixScalars {
                end += 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                scalars += 1
            }
            guard SimpleCharacters.all(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            guard let first = rest.first else { return matchers.prefixBytes.contains { $0.isEmpty } }
            return matchers.prefixBytesByFirstByte[Int(first)].contains { prefix in
                prefix.count <= rest.count && prefix.withUnsafeBufferPointer { $0.elementsEqual(rest.prefix(prefix.count)) }
            }
        }
        if let simple { return simple }
        // Character by Character where a skipped scalar, a prefix or the one after might not
        // be a whole Character.
        let rest = lowered.drop(while: Self.isSkippedBeforePrefix)
        return prefixes.contains(where: { rest.hasPrefix($0) })
    }

    /// What may stand before a chrome prefix: spaces and opening brackets.
    private static func isSkippedBeforePrefix(_ character: Character) -> Bool {
        character.isWhitespace || character == "（" || character == "(" || character == "【" || character == "["
    }

    /// The UTF-8 length of the opening bracket `(`, `[`, `（` or `【` at `index`, or 0.
    @inline(__always)
    private static func openingBracketLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x28, 0x5B: return 1
        case 0xEF: return index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88 ? 3 : 0  // （
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x90 ? 3 : 0  // 【
        default: return 0
        }
    }

    /// Class words of the `<blockquote>` an embedded post is written as before its script
    /// turns it into a widget: the post's text, which the article quotes.
    static let embeddedPostClasses = ["twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed"]

    /// The embedded posts (`<blockquote class="twitter-tweet">`) in an element judged chrome, the
    /// element itself included, outermost first: the quoted text is kept whatever the
    /// container's class says (`social-embed`). Elements dropped by name are not searched.
    func embeddedPosts(in element: MarkupElement) -> [MarkupElement] {
        var posts: [MarkupElement] = []
        func search(_ node: MarkupElement) {
            if node.name == "blockquote", let classes = node.attribute("class")?.lowercased(),
               classes.split(separator: " ").contains(where: { Self.embeddedPostClasses.contains(String($0)) }) {
                posts.append(node)
                return
            }
            for child in node.children { if case .element(let inner) = child { search(inner) } }
        }
        // Chrome by its name (navigation, asides, scripts) is the site's, not the article's: not searched.
        guard !droppedElements.contains(element.name) else { return [] }
        search(element)
        return posts
    }

    /// Whether a block is only a list of links separated by punctuation (tags, breadcrumbs,
    /// "other" / "France" / … section trails): navigation, not text.
    func isLinkList(_ runs: [InlineRun]) -> Bool {
        var links = 0
        var depth = 0
        for run in runs {
            switch run {
            case .open(let code) where code.kind == .link: links += 1; depth += 1
            case .close(let code) where code.kind == .link: depth -= 1
            case .text(let text) where depth == 0:
                if text.unicodeScalars.contains(where: ScriptClass.isLetter) { return false }
            default: break
            }
        }
        return links >= 2
    }

    /// Whether an inline link is a "read more" pointer to the full article.
    /// Besides the known texts, a few words pointing onwards with an arrow ("Read full article
    /// >>", "Lire la suite »", "阅读全文 →") are one, in any language.
    func isReadMoreLink(text: String) -> Bool {
        guard text.utf8.count <= 64 else { return false }
        let core = text.lowercasedFast().trimming(Self.edgeCharacters)
        if readMoreLinkTexts.contains(core) || readMoreLinkPrefixes.contains(where: core.hasPrefix) { return true }
        let trimmed = text.trimming(.whitespacesAndNewlines)
        return Self.onwardArrows.contains(where: trimmed.hasSuffix) && trimmed.split(separator: " ").count <= 5
            && trimmed.unicodeScalars.contains(where: ScriptClass.isLetter)
    }

    /// Arrows that end a link pointing onwards.
    static let onwardArrows = [">>", "»", "→", "›", "▸", "⟩"]

    /// Safety net for attribute words: an element holding several real paragraphs is content,
    /// whatever its class says (a body wrapped in `class="social-issues"` or `"share-content"`).
    func looksLikeArticleBody(_ element: MarkupElement) -> Bool {
        var paragraphs = 0
        func visit(_ node: MarkupElement) -> Bool {
            for child in node.children {
                guard case .element(let inner) = child else { continue }
                if inner.name == "p", inner.textContent.count >= Self.bodyParagraphLength {
                    paragraphs += 1
                    if paragraphs >= Self.bodyParagraphCount { return true }
                } else if visit(inner) { return true }
            }
            return false
        }
        return visit(element)
    }

    static let bodyParagraphLength = 80
    static let bodyParagraphCount = 3

    private func containsImage(_ element: MarkupElement) -> Bool {
        element.children.contains { child in
            if case .element(let inner) = child { return inner.name == "img" || inner.name == "picture" || containsImage(inner) }
            return false
        }
    }

    private func containsNavigation(_ element: MarkupElement) -> Bool {
        for child in element.children {
            guard case .element(let inner) = child else { continue }
            if inner.name == "nav" || inner.attribute("role") == "navigation" || containsNavigation(inner) { return true }
        }
        return false
    }

    /// Edges of a chrome text: white space, punctuation and symbols except `©` (footers start with it).
    private static let edgeCharacters: TrimmingSet = {
        var set = CharacterSet.whitespacesAndNewlines
        set.formUnion(.punctuationCharacters)
        set.formUnion(.symbols)
        set.remove(charactersIn: "©")
        return TrimmingSet(set)
    }()

    /// Word lists compiled once per rule set.
    private struct Matchers: Sendable {
        var attributeWords: SubstringFinder
        var textOnlyAttributeWords: SubstringFinder
        var longestAttributeToken: Int
        var longestExactTextScalars: Int
        var prefixBytes: [[UInt8]]
        /// `prefixBytes` grouped by their first byte, so a text is compared with a few only.
        var prefixBytesByFirstByte: [[[UInt8]]]
        var longestPrefixScalars: Int
        /// Every distinct word of the keyword sets.
        var keywords: SubstringFinder
        /// Each keyword set as bits of `keywords`.
        var keywordSetMasks: [UInt64]

        init(attributeSubstrings: [String], textOnlyAttributeSubstrings: [String], attributeTokens: Set<String>,
             exactTexts: Set<String>, prefixes: [String], keywordSets: [[String]]) {
            attributeWords = SubstringFinder(attributeSubstrings)
            textOnlyAttributeWords = SubstringFinder(textOnlyAttributeSubstrings)
            longestAttributeToken = attributeTokens.map(\.utf8.count).max() ?? 0
            longestExactTextScalars = exactTexts.map(\.unicodeScalars.count).max() ?? 0
            prefixBytes = prefixes.map { Array($0.utf8) }
            var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
            for prefix in prefixBytes {
                // An empty prefix starts every text, the empty one included.
                if let first = prefix.first { byFirstByte[Int(first)].append(prefix) } else { byFirstByte = byFirstByte.map { $0 + [prefix] } }
            }
            prefixBytesByFirstByte = byFirstByte
            longestPrefixScalars = prefixes.map(\.unicodeScalars.count).max() ?? 0
            var words: [String] = []
            for word in keywordSets.joined() where !words.contains(word) { words.append(word) }
            keywords = SubstringFinder(words)
            keywordSetMasks = keywordSets.map { set in
                set.reduce(0) { mask, word in mask | 1 << UInt64(words.firstIndex(of: word) ?? 0) }
            }
        }
    }
}

extension String {
    /// Byte-exact substring search over UTF-8: no locale folding, and far cheaper on
    /// Linux than Foundation's `contains`, which goes through CFString.
    func includes(_ other: String) -> Bool {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard hay.count >= pattern.count, let hayBase = hay.baseAddress, let patternBase = pattern.baseAddress else { return false }
                let first = pattern[0]
                for start in 0...(hay.count - pattern.count) where hay[start] == first {
                    if memcmp(hayBase + start, patternBase, pattern.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
