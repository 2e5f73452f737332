import Foundation

/// Reads a full HTML page (or a fragment): headline, `lang`, Open Graph metadata, and the
/// content of `<article>` or `<main>` when the page has one, else of `<body>`.
///
/// The encoding is UTF-8 when the bytes are valid UTF-8, else the one the page declares
/// (`<meta charset>` or `http-equiv`), else the best-reading of GB18030 and Big5; see
/// `TextEncodingSniffer`, decided once by `SniffedInput`. The page is then parsed as UTF-8 by libxml2.
public struct HTMLReader: DocumentReader {
    public var format: InputFormat { .html }

    public init() {}

    public func read(_ input: SniffedInput) throws(ReaderError) -> [Document] {
        let source = input.source
        let sniffed = try input.text()
        let root: MarkupElement
        do {
            root = HTMLFragment.isWholePage(sniffed.utf8)
                ? try HTMLFragment.parsePage(sniffed.utf8, file: source.name)
                : try HTMLFragment.parse(sniffed.utf8, file: source.name)
        } catch {
            throw ReaderError(input: source.name, line: error.line, column: error.column, reason: "unreadable HTML: \(error.message)")
        }
        let page = PageMetadata(root: root)
        let content = Self.contentRoot(in: root)
        let base = page.url
        let blocks = HTMLContentExtractor().blocks(in: content, articleURL: base).map { $0.resolvingImages(against: base) }
        let metadata = ArticleMetadata(title: page.title, url: page.url, published: page.published,
                                       outlet: page.siteName ?? page.url.flatMap(OutletNames.outlet(forURL:)),
                                       author: page.author, summary: page.description, sourceLanguage: "und", origin: source.name)
        let title = page.title.map { title in
            SiteNameSuffix.strip(title, names: [page.siteName].compactMap { $0 } + (page.url.map(OutletNames.names(forURL:)) ?? []), url: page.url)
        }
        let document = try DocumentAssembler(input: source.name).document(title: title, blocks: blocks, metadata: metadata,
                                                                         forcedLanguage: source.language,
                                                                         declaredLanguage: page.language.flatMap(LanguageTag.init))
        return [document]
    }

    /// `<article>` (the one with most text when there are several), else `<main>` or
    /// `role="main"`, else `<body>`, else the whole tree.
    static func contentRoot(in root: MarkupElement) -> MarkupElement {
        var articles: [MarkupElement] = []
        var mains: [MarkupElement] = []
        var body: MarkupElement?
        func search(_ element: MarkupElement) {
            for child in element.children {
                guard case .element(let inner) = child else { continue }
                switch inner.name {
                case "article": articles.append(inner); continue
                case "main": mains.append(inner)
                case "body": body = inner
                case "script", "style", "head", "template": continue
                default: if inner.attribute("role") == "main" { mains.append(inner) }
                }
                search(inner)
            }
        }
        search(root)
        if let article = articles.max(by: { $0.textContent.count < $1.textContent.count }),
           article.textContent.count >= 200 || mains.isEmpty { return article }
        if let main = mains.first { return main }
        return body ?? root
    }
}

/// What the `<head>` (and the page around the content) says about the article.
struct PageMetadata {
    var title: String?
    var url: String?
    var siteName: String?
    var published: Date?
    var description: String?
    var author: String?
    var language: String?

    init(root: MarkupElement) {
        var properties: [String: String] = [:]
        var documentTitle: String?
        var firstHeading: String?
        var canonical: String?
        var timeElement: String?
        func visit(_ element: MarkupElement) {
            switch element.name {
            case "html": if let lang = element.attribute("lang") ?? element.attribute("xml:lang"), !lang.isEmpty { language = lang }
            case "meta":
                let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop") ?? "").lowercased()
                if !key.isEmpty, let content = element.attribute("content"), properties[key] == nil {
                    properties[key] = content.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                if element.attribute("http-equiv")?.lowercased() == "content-language", let content = element.attribute("content") {
                    properties["content-language"] = content
                }
            case "title": if documentTitle == nil { documentTitle = element.textContent }
            case "link":
                if element.attribute("rel")?.lowercased() == "canonical" { canonical = element.attribute("href") }
            case "h1": if firstHeading == nil { firstHeading = element.textContent }
            case "time": if timeElement == nil { timeElement = element.attribute("datetime") }
            case "script", "style", "svg": return
            default: break
            }
            for child in element.children { if case .element(let inner) = child { visit(inner) } }
        }
        visit(root)
        func clean(_ value: String?) -> String? {
            guard let value else { return nil }
            let text = DocumentAssembler.normaliseTitle(value)
            return text.isEmpty ? nil : text
        }
        title = clean(properties["og:title"]) ?? clean(properties["twitter:title"]) ?? clean(firstHeading) ?? clean(documentTitle)
        url = clean(properties["og:url"]) ?? clean(canonical)
        siteName = clean(properties["og:site_name"]) ?? clean(properties["application-name"])
        description = clean(properties["og:description"]) ?? clean(properties["description"])
        author = clean(properties["author"]) ?? clean(properties["article:author"]) ?? clean(properties["byl"])
        let dateText = properties["article:published_time"] ?? properties["datepublished"] ?? properties["date"]
            ?? properties["pubdate"] ?? properties["dc.date"] ?? timeElement
        published = dateText.flatMap(FeedDateParser.date(from:))
        if language == nil { language = properties["content-language"] ?? properties["og:locale"]?.replacingOccurrences(of: "_", with: "-") }
    }
}
