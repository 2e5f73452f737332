import Foundation
import Testing
@testable import DiglotKit

@Suite struct EPUBWriterTests {
    static let collection = RefereeTests.collection()
    static let layouts = EPUBLayout.allCases

    static func write(_ book: Book = collection, _ options: EPUBOptions = EPUBOptions()) throws -> EPUBContents {
        try EPUBContents(EPUBWriter().write(book, options: options))
    }

    static func chapter(_ contents: EPUBContents, _ index: Int = 0) throws -> MarkupElement {
        try contents.xml(contents.chapterPaths[index])
    }

    /// Block-level elements that carry text of their own.
    static let textBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "dt", "dd", "pre"]

    // MARK: Determinism and container

    @Test(arguments: RefereeTests.optionCases.map(\.options))
    func sameBookGivesIdenticalBytes(options: EPUBOptions) throws {
        let first = try EPUBWriter().write(Self.collection, options: options)
        let second = try EPUBWriter().write(Self.collection, options: options)
        #expect(first == second)
    }

    @Test func containerHasStoredMimetypeFirstAndFixedOrder() throws {
        let bytes = try EPUBWriter().write(Self.collection)
        #expect(String(decoding: bytes[30..<58], as: UTF8.self) == "mimetypeapplication/epub+zip")
        let contents = try EPUBContents(bytes)
        #expect(contents.entries.first?.isStored == true)
        #expect(contents.entries.dropFirst().allSatisfy { !$0.isStored })
        #expect(Array(contents.entries.map(\.path).prefix(3)) == ["mimetype", "META-INF/container.xml", "EPUB/package.opf"])
        let rest = contents.entries.dropFirst(3).map(\.path)
        #expect(rest == rest.sorted())
        #expect(contents.text("META-INF/container.xml").contains("full-path=\"EPUB/package.opf\""))
    }

    @Test func emptyBookIsRefused() {
        let book = Book(title: "Nothing", sourceLanguage: "zh-Hans", targetLanguage: "en", chapters: [])
        #expect(throws: EPUBError.emptyBook) { try EPUBWriter().write(book) }
    }

    // MARK: Package document

    @Test func packageDocumentHasIdentifierTitleLanguagesAndDates() throws {
        let contents = try Self.write()
        let package = try contents.xml("EPUB/package.opf")
        let metadata = try #require(package.firstElement("metadata"))
        let identifier = try #require(metadata.firstElement("identifier")?.textContent)
        #expect(identifier.range(of: #"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression) != nil)
        #expect(package.attribute("unique-identifier") == metadata.firstElement("identifier")?.attribute("id"))
        #expect(metadata.firstElement("title")?.textContent == "气候外交 Climate diplomacy")
        #expect(metadata.elements("language").map(\.textContent) == ["zh-Hans", "en"])
        #expect(metadata.firstElement("date")?.textContent == "2023-07-07T21:45:03Z")
        let modified = metadata.elements("meta").first { $0.attribute("property") == "dcterms:modified" }
        #expect(modified?.textContent == "2023-07-07T21:45:03Z")
        let ids = try #require(package.firstElement("manifest")).elements("item").compactMap { $0.attribute("id") }
        #expect(ids == ids.sorted())
        #expect(ids.contains("nav") && ids.contains("ncx") && ids.contains("css") && ids.contains("title-page"))
        let spine = try #require(package.firstElement("spine"))
        #expect(spine.attribute("toc") == "ncx")
        #expect(spine.elements("itemref").compactMap { $0.attribute("idref") } == ["title-page", "c0001", "c0002"])
    }

    @Test func targetOnlyBookListsTargetLanguageFirst() throws {
        let package = try Self.write(Self.collection, EPUBOptions(layout: .targetOnly)).xml("EPUB/package.opf")
        #expect(package.firstElement("metadata")?.elements("language").map(\.textContent) == ["en", "zh-Hans"])
        #expect(package.attribute("xml:lang") == "en")
    }

    @Test func dateFallsBackToAFixedDayNeverTheClock() throws {
        var chapter = SampleArticles.climateArticle()
        chapter.document.metadata.published = nil
        let package = try Self.write(Book(article: chapter, targetLanguage: "en")).xml("EPUB/package.opf")
        #expect(package.firstElement("metadata")?.firstElement("date")?.textContent == "2000-01-01T00:00:00Z")
    }

    @Test func identifierFollowsContentAndLayout() throws {
        func identifier(_ book: Book, _ options: EPUBOptions = EPUBOptions()) throws -> String {
            try Self.write(book, options).xml("EPUB/package.opf").firstElement("metadata")?.firstElement("identifier")?.textContent ?? ""
        }
        let base = try identifier(Self.collection)
        #expect(try identifier(Self.collection) == base)
        #expect(try identifier(Self.collection, EPUBOptions(layout: .sideBySide)) != base)
        var retitled = Self.collection
        retitled.title = "Another title"
        #expect(try identifier(retitled) != base)
        var given = Self.collection
        given.identifier = "isbn:9780000000000"
        #expect(try identifier(given) == "isbn:9780000000000")
    }

    // MARK: Navigation

    @Test func contentsShowSourceAndTranslatedTitles() throws {
        let contents = try Self.write()
        let nav = try contents.xml("EPUB/nav.xhtml")
        let toc = try #require(nav.descendants("nav").first { $0.attribute("epub:type") == "toc" })
        let links = toc.descendants("a")
        #expect(links.map { $0.attribute("href") } == ["text/c0001.xhtml", "text/c0002.xhtml"])
        let spans = links[0].descendants("span")
        #expect(spans.map { $0.attribute("lang") } == ["zh-Hans", "en"])
        #expect(spans.last?.textContent.hasPrefix("US climate envoy Kerry") == true)
        // The second article has no translation yet: only its source title.
        #expect(links[1].descendants("span").count == 1)

        let ncx = try contents.xml("EPUB/toc.ncx")
        let uid = ncx.firstElement("head")?.elements("meta").first { $0.attribute("name") == "dtb:uid" }?.attribute("content")
        let package = try contents.xml("EPUB/package.opf")
        #expect(uid == package.firstElement("metadata")?.firstElement("identifier")?.textContent)
        let points = ncx.firstElement("navMap")?.elements("navPoint") ?? []
        #expect(points.map { $0.attribute("playOrder") } == ["1", "2"])
        #expect(points.first?.collapsedText.contains("美国气候特使克里即将访华") == true)
        #expect(points.first?.collapsedText.contains("US climate envoy Kerry") == true)
    }

    @Test func titlePageOnlyForCollectionsUnlessAsked() throws {
        let single = Book(article: SampleArticles.climateArticle(), targetLanguage: "en")
        #expect(try Self.write(single).bytes("EPUB/text/title.xhtml") == nil)
        #expect(try Self.write(single, EPUBOptions(titlePage: true)).bytes("EPUB/text/title.xhtml") != nil)
        let page = try Self.write().xml("EPUB/text/title.xhtml")
        #expect(page.descendants("h1").first?.textContent == "气候外交 Climate diplomacy")
        #expect(page.descendants("span").compactMap { $0.attribute("lang") } == ["zh-Hans", "en"])
    }

    // MARK: Languages and direction

    @Test(arguments: RefereeTests.optionCases.map(\.options))
    func everyTextBlockCarriesItsLanguage(options: EPUBOptions) throws {
        for target: LanguageTag in ["en", "ar"] {
            let contents = try Self.write(RefereeTests.collection(target: target), options)
            for path in contents.chapterPaths {
                let page = try contents.xml(path)
                for element in page.descendants where Self.textBlocks.contains(element.name) && !element.collapsedText.isEmpty {
                    if element.classes.contains("article-link") || element.classes.contains("image-link") || element.classes.contains("unit-id") { continue }
                    // A glossary line mixes both languages; each term carries its own.
                    if element.name == "li", element.descendants("span").filter({ $0.attribute("lang") != nil }).count == 2 { continue }
                    let language = element.attribute("lang")
                    #expect(language != nil, "\(path): <\(element.name)> \(element.collapsedText) has no lang")
                    #expect(element.attribute("xml:lang") == language)
                    if let language, LanguageTag(language)?.isRightToLeft == true {
                        #expect(element.attribute("dir") == "rtl", "\(path): \(element.collapsedText)")
                    }
                }
            }
        }
    }

    @Test func malformedLanguageTagsBecomeUndetermined() throws {
        var chapter = SampleArticles.climateArticle()
        chapter.document.metadata.sourceLanguage = LanguageTag(stringLiteral: "Chinese (Simplified)")
        let contents = try Self.write(Book(article: chapter, targetLanguage: "en"))
        #expect(try contents.xml("EPUB/package.opf").firstElement("metadata")?.elements("language").map(\.textContent) == ["und", "en"])
        let languages = Set(try Self.chapter(contents).descendants.compactMap { $0.attribute("lang") })
        #expect(languages == ["und", "en"])
    }

    @Test func translationsUseTheTargetLanguageAndSourceFallbacksTheSource() throws {
        let page = try Self.chapter(Self.write(RefereeTests.collection(target: "ar")))
        let source = SampleArticles.orderedPairs[0].source
        let paragraphs = page.descendants("p")
        let index = try #require(paragraphs.firstIndex { $0.collapsedText == source })
        #expect(paragraphs[index].attribute("lang") == "zh-Hans")
        #expect(paragraphs[index + 1].attribute("lang") == "ar")
        #expect(paragraphs[index + 1].attribute("dir") == "rtl")
        #expect(paragraphs[index + 1].classes.contains("tgt"))
    }

    // MARK: Layouts

    @Test func interleavedPutsEachTranslationAfterItsSource() throws {
        let page = try Self.chapter(Self.write())
        let texts = page.descendants("p").map(\.collapsedText)
        for pair in SampleArticles.orderedPairs {
            let sourceIndex = try #require(texts.firstIndex(of: pair.source))
            #expect(texts[sourceIndex + 1] == pair.target)
        }
        let items = page.descendants("li")
        #expect(items.map(\.collapsedText).prefix(2) == ["加快淘汰煤炭", "Phase out coal faster"])
        #expect(items[1].classes.contains("tgt"))
        #expect(items[0].attribute("value") == "1" && items[1].attribute("value") == "1")
        let quotes = page.descendants("blockquote")
        #expect(quotes.map { $0.attribute("lang") } == ["zh-Hans", "en"])
        let headings = page.descendants("h3")
        #expect(headings.map(\.collapsedText) == ["克里的议程", "Kerry's agenda"])
    }

    @Test func sideBySidePairsEachUnitInARow() throws {
        let page = try Self.chapter(Self.write(Self.collection, EPUBOptions(layout: .sideBySide)))
        let pairs = page.descendants("div").filter { $0.classes.contains("pair") }
        #expect(pairs.count >= 10)
        for pair in pairs {
            let halves = pair.elements()
            #expect(halves.count == 2)
            #expect(halves.first?.classes.isDisjoint(with: ["src", "src-list"]) == false)
            #expect(halves.last?.classes.isDisjoint(with: ["tgt", "tgt-list"]) == false)
        }
        let first = try #require(pairs.first { $0.elements().first?.collapsedText == SampleArticles.orderedPairs[0].source })
        #expect(first.elements().last?.collapsedText == SampleArticles.orderedPairs[0].target)
        let css = try Self.write(Self.collection, EPUBOptions(layout: .sideBySide)).text("EPUB/css/diglot.css")
        #expect(css.contains("@media (max-width: 34em)"))
    }

    @Test func singleLanguageLayoutsShowOneSide() throws {
        let targetOnly = try Self.chapter(Self.write(Self.collection, EPUBOptions(layout: .targetOnly)))
        let targetTexts = targetOnly.descendants("p").map(\.collapsedText)
        for pair in SampleArticles.orderedPairs {
            #expect(targetTexts.contains(pair.target))
            #expect(!targetTexts.contains(pair.source))
        }
        #expect(targetOnly.attribute("lang") == "en")
        let sourceOnly = try Self.chapter(Self.write(Self.collection, EPUBOptions(layout: .sourceOnly)))
        let sourceTexts = sourceOnly.descendants("p").map(\.collapsedText)
        for pair in SampleArticles.orderedPairs {
            #expect(sourceTexts.contains(pair.source))
            #expect(!sourceTexts.contains(pair.target))
        }
        #expect(!sourceOnly.descendants.contains { $0.classes.contains("tgt") })
    }

    @Test func neverTranslatedArticleIsSourceOnlyInEveryLayout() throws {
        let raw = Chapter(document: SampleArticles.climateArticle().document)
        let book = Book(article: raw, targetLanguage: "en")
        for layout in Self.layouts {
            let page = try Self.chapter(Self.write(book, EPUBOptions(layout: layout)))
            #expect(!page.descendants.contains { $0.classes.contains("tgt") }, "\(layout)")
            #expect(page.descendants("p").contains { $0.collapsedText == SampleArticles.orderedPairs[0].source })
        }
    }

    @Test func structureSurvivesInBothLanguages() throws {
        let page = try Self.chapter(Self.write())
        let table = try #require(page.descendants("table").first)
        let rows = table.descendants("tr")
        #expect(rows.count == 6)
        #expect(rows[0].elements("th").map(\.collapsedText) == ["国家", "排放占比"])
        #expect(rows[1].elements("th").map(\.collapsedText) == ["Country", "Share of emissions"])
        #expect(rows[3].elements("td").map(\.collapsedText) == ["China", "31%"])
        #expect(page.descendants("dt").map(\.collapsedText) == ["甲烷", "Methane"])
        #expect(page.descendants("pre").first?.textContent == "CO2  31%\nCH4  14%")
        #expect(page.descendants("hr").count == 1)
        // Links and emphasis in both languages.
        let links = page.descendants("a").filter { $0.attribute("href") == "https://www.afp.com/fr" }
        #expect(links.map(\.collapsedText) == ["美国国务卿布林肯", "Secretary of State Blinken"])
        #expect(page.descendants("i").map(\.collapsedText) == ["甲烷", "Methane"])
        #expect(page.descendants("strong").count == 2)
        #expect(page.descendants("sup").count == 2)
        #expect(page.descendants("br").count == 2)
    }

    @Test func chapterStartsWithArticleMetadata() throws {
        let page = try Self.chapter(Self.write())
        let header = try #require(page.descendants("header").first)
        #expect(header.descendants("h1").first?.collapsedText.hasPrefix("美国气候特使克里即将访华") == true)
        #expect(header.descendants("span").first { $0.classes.contains("outlet") }?.textContent == "RFI")
        #expect(header.descendants("time").first?.attribute("datetime") == "2023-07-07T21:45:03Z")
        let link = try #require(header.descendants("a").first)
        #expect(link.attribute("href")?.hasPrefix("https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230707-") == true)
    }

    // MARK: Sanitising

    @Test func hostileMarkupIsDefused() throws {
        let contents = try Self.write()
        for path in contents.chapterPaths {
            let text = contents.text(path)
            for forbidden in ["javascript:", "onclick", "onmouseover", "<blink", "steal()", "class=\"x\""] {
                #expect(!text.contains(forbidden), "\(path) contains \(forbidden)")
            }
        }
        let page = try Self.chapter(contents)
        let clickHere = try #require(page.descendants("span").first { $0.textContent == "点击这里" })
        #expect(clickHere.attributes.isEmpty)
    }

    @Test(arguments: [
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("//cdn.example.com/x.jpg", "https://cdn.example.com/x.jpg"),
        ("HTTP://example.com/%E4%B8%AD", "http://example.com/%E4%B8%AD"),
        ("mailto:desk@example.com", "mailto:desk@example.com"),
        ("https://例子.com/新闻?q=\"x\"", "https://%E4%BE%8B%E5%AD%90.com/%E6%96%B0%E9%97%BB?q=%22x%22"),
        ("http://example.com:8080/[x]?a=[1]#top#more", "http://example.com:8080/%5Bx%5D?a=%5B1%5D#top%23more"),
        ("https://example.com/a%zz", "https://example.com/a%25zz"),
    ])
    func safeURLsAreEncoded(raw: String, expected: String) {
        #expect(SafeURL(raw)?.string == expected)
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\nscript:alert(1)", "data:text/html,<b>", "vbscript:x",
                      "relative/page.html", "#anchor", "https://", "file:///etc/passwd", "", "http://exa mple.com/", "https://\"x\"/"])
    func unsafeURLsAreRefused(raw: String) {
        #expect(SafeURL(raw) == nil)
    }

    /// ASCII links are read on their bytes; that walk must give what the Character walk gives.
    @Test func asciiLinksReadOnBytesAsOnCharacters() {
        let pieces = ["http", "HTTPS", "mailto", "ftp", "javascript", ":", "//", "/", "?", "#", "%", "%4", "%41", "%zz",
                      "example.com", "a", "Z", "0", " ", "\"", "[", "]", "@", "&", "=", "~", "'", "<", ">", "^", "`", "{", "|", "\\"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["https://example.com/a b", "//cdn.example.com/x.jpg", "mailto:a", "mailto:ab", "http://", "http:///x"]
        for _ in 0..<3_000 {
            let body = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let start = ["", "http://", "HTTPS://", "mailto:", "//", "ftp://example.com"].randomElement(using: &generator)!
            texts.append(start + body)
        }
        for text in texts {
            #expect(SafeURL.asciiURL(Array(text.utf8)[...]) == SafeURL.characterURL(text), "\(text.debugDescription)")
        }
    }

    @Test func unbalancedTranslatedCodesStayWellFormed() throws {
        var chapter = SampleArticles.climateArticle()
        let block = try #require(chapter.document.blocks.first { $0.plainText == SampleArticles.orderedPairs[1].source })
        let link = SampleArticles.code(1, .link, "a", [("href", "https://evil.example/")])
        let stray = SampleArticles.code(9, .strong, "strong")
        // Opens a link that never closes, closes a code that never opened, and tries to retarget the link.
        chapter.translations?[block.id] = Translation(runs: [.close(stray), .open(link), .text("dangling"), .open(link), .text("nested")])
        let page = try Self.chapter(Self.write(Book(article: chapter, targetLanguage: "en")))
        let paragraph = try #require(page.descendants("p").first { $0.collapsedText == "danglingnested" })
        let links = paragraph.descendants("a")
        #expect(links.count == 1)
        #expect(links.first?.attribute("href") == "https://www.afp.com/fr")
    }

    // MARK: Images

    @Test func remoteImagesShowTheirTextAndLocalOnesAreEmbedded() throws {
        let contents = try Self.write()
        let package = try contents.xml("EPUB/package.opf")
        let images = package.firstElement("manifest")?.elements("item").filter { $0.attribute("media-type")?.hasPrefix("image/") == true } ?? []
        #expect(images.map { $0.attribute("media-type") } == ["image/png"])
        let png = try SampleArticles.chartPNG()
        #expect(contents.bytes("EPUB/images/image-0001.png") == png)
        let page = try Self.chapter(contents)
        #expect(page.descendants("img").compactMap { $0.attribute("src") } == ["../images/image-0001.png"])
        #expect(page.descendants("img").first?.attribute("alt") == "排放示意图")
        let remote = try #require(page.descendants("figure").first { $0.classes.contains("remote") })
        #expect(remote.descendants("a").isEmpty, "a remote picture is not shown as a link")
        #expect(!remote.collapsedText.contains("https://"), "nor as its URL")
        #expect(remote.descendants("p").map(\.collapsedText).contains("克里在伦敦"))
        #expect(remote.descendants("p").map(\.collapsedText).contains("Kerry in London"))
        #expect(remote.descendants("p").map(\.collapsedText).contains("2023年6月19日，克里在伦敦出席会议。"))
    }

    /// Alt text that repeats the caption (as many sites write it) is shown once, as the
    /// caption; the review copy, which lists every unit, keeps both.
    @Test(arguments: [false, true])
    func altTextRepeatingTheCaptionIsShownOnce(reviewCopy: Bool) throws {
        var builder = SampleArticles.Builder()
        builder.add(.title, [.text("标题")], translation: [.text("Title")])
        builder.add(.image(Image(source: "https://example.com/a/kerry.jpg")), [.text("克里在伦敦出席会议")],
                    translation: [.text("Kerry at a meeting in London")])
        builder.add(.caption, [.text("克里在伦敦出席会议。")], translation: [.text("Kerry at a meeting in London.")])
        let metadata = ArticleMetadata(title: "标题", sourceLanguage: "zh-Hans", origin: "figure.txt")
        let chapter = Chapter(document: Document(metadata: metadata, blocks: builder.blocks), translations: builder.translations)
        let options = EPUBOptions(layout: .interleaved, reviewCopy: reviewCopy)
        let page = try Self.chapter(Self.write(Book(article: chapter, targetLanguage: "en"), options))
        let figure = try #require(page.descendants("figure").first)
        let texts = figure.descendants("p").map(\.collapsedText).filter { $0.hasPrefix("Kerry") }
        #expect(texts.count == (reviewCopy ? 2 : 1), "\(texts)")
    }

    @Test func imageMediaTypeComesFromTheBytesNotTheName() throws {
        var chapter = SampleArticles.climateArticle()
        chapter.localImages["images/chart.png"] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF".utf8)
        let contents = try Self.write(Book(article: chapter, targetLanguage: "en"))
        #expect(contents.bytes("EPUB/images/image-0001.jpg") != nil)
        #expect(contents.text("EPUB/package.opf").contains("media-type=\"image/jpeg\""))

        chapter.localImages["images/chart.png"] = Array("<svg onload=\"alert(1)\"/>".utf8)
        let refused = try Self.write(Book(article: chapter, targetLanguage: "en"))
        #expect(!refused.entries.contains { $0.path.hasPrefix("EPUB/images/") })
        #expect(try Self.chapter(refused).descendants("img").isEmpty)
    }

    @Test func identicalImagesAreStoredOnce() throws {
        let book = Book(title: "Twice", sourceLanguage: "zh-Hans", targetLanguage: "en",
                        chapters: [SampleArticles.climateArticle(), SampleArticles.climateArticle(title: "第二篇")])
        let contents = try Self.write(book)
        #expect(contents.entries.filter { $0.path.hasPrefix("EPUB/images/") }.count == 1)
    }

    // MARK: Translation states

    @Test func untranslatedTextShowsTheSourceMarked() throws {
        let page = try Self.chapter(Self.write(Self.collection, EPUBOptions(layout: .targetOnly)))
        let missing = "消息称，拜登政府认为，气候问题是美中两个激烈竞争的大国可以合作的领域之一。"
        let fallback = try #require(page.descendants("p").first { $0.collapsedText == missing })
        #expect(fallback.classes.contains("untranslated"))
        #expect(fallback.attribute("lang") == "zh-Hans")

        let partial = try #require(page.descendants("p").first { $0.collapsedText.hasPrefix("Last summer China") })
        #expect(partial.classes.contains("partial"))
        #expect(partial.attribute("lang") == "en")
        let span = try #require(partial.descendants("span").first)
        #expect(span.classes.contains("untranslated"))
        #expect(span.attribute("lang") == "zh-Hans")
        #expect(span.collapsedText == "以抗议佩洛西访问台湾。")

        let review = try #require(page.descendants("p").first { $0.collapsedText.hasPrefix("Reuters quoted") })
        #expect(review.classes.contains("needs-review"))
        let css = try Self.write().text("EPUB/css/diglot.css")
        #expect(css.contains(".untranslated::before"))
        #expect(css.contains(".needs-review::before"))
    }

    // MARK: Conveniences for the CLI

    @Test func chaptersSortByDateStably() {
        func chapter(_ title: String, _ seconds: Double?) -> Chapter {
            var chapter = SampleArticles.climateArticle(title: title)
            chapter.document.metadata.published = seconds.map { Date(timeIntervalSince1970: $0) }
            return chapter
        }
        let book = Book(title: "t", sourceLanguage: "zh-Hans", targetLanguage: "en",
                        chapters: [chapter("c", 300), chapter("undated1", nil), chapter("a", 100), chapter("undated2", nil), chapter("b", 200)])
        let order = book.sortedByDate().chapters.map { $0.document.blocks[0].plainText }
        #expect(order == ["a", "b", "c", "undated1", "undated2"])
    }

    @Test func rightToLeftBooksTurnPagesRightToLeft() throws {
        let arabic = try Self.write(RefereeTests.collection(target: "ar"), EPUBOptions(layout: .targetOnly)).xml("EPUB/package.opf")
        #expect(arabic.firstElement("spine")?.attribute("page-progression-direction") == "rtl")
        let chinese = try Self.write().xml("EPUB/package.opf")
        #expect(chinese.firstElement("spine")?.attribute("page-progression-direction") == nil)
    }

    @Test func reviewCopyAndTranslatedDocumentShortcuts() throws {
        let chapter = SampleArticles.climateArticle()
        let review = try EPUBContents(EPUBWriter().writeReviewCopy(of: chapter.document, targetLanguage: "en"))
        #expect(try Self.chapter(review).descendants("div").contains { $0.classes.contains("unit") })
        let translated = TranslatedDocument(document: chapter.document, targetLanguage: "en", translations: chapter.translations ?? [:])
        let book = try EPUBContents(EPUBWriter().write(translated, options: EPUBOptions(layout: .targetOnly)))
        #expect(try Self.chapter(book).descendants("p").map(\.collapsedText).contains(SampleArticles.orderedPairs[0].target))
    }

    // MARK: Review copy

    @Test func reviewCopyLabelsUnitsListsTermsAndLeavesSlots() throws {
        let chapter = SampleArticles.reviewArticle()
        let page = try Self.chapter(Self.write(Book(article: chapter, targetLanguage: "en"), EPUBOptions(reviewCopy: true)))
        let units = page.descendants("div").filter { $0.classes.contains("unit") }
        let translatable = chapter.document.translatableBlocks
        #expect(units.count == translatable.count)
        for (unit, block) in zip(units, translatable) {
            #expect(unit.attribute("id") == "u-" + block.id.rawValue)
            #expect(unit.elements().first?.collapsedText == block.id.rawValue)
            let slot = try #require(unit.elements().last)
            #expect(slot.classes.contains("slot"))
            #expect(slot.attribute("lang") == "en")
            #expect(slot.collapsedText.isEmpty)
        }
        let first = try #require(units.first { $0.collapsedText.contains(SampleArticles.orderedPairs[0].source) })
        #expect(first.descendants("ul").first?.collapsedText == "克里 → John Kerry person")
        let yellen = try #require(units.first { $0.collapsedText.contains(SampleArticles.orderedPairs[2].source) })
        #expect(yellen.descendants("li").first?.collapsedText == "耶伦 → Janet Yellen person US Treasury Secretary")
        #expect(yellen.descendants("mark").map { $0.attribute("title") } == ["Janet Yellen"])
    }

    @Test func reviewCopyShowsExistingTranslationsInTheSlot() throws {
        let page = try Self.chapter(Self.write(Book(article: SampleArticles.climateArticle(), targetLanguage: "en"), EPUBOptions(reviewCopy: true)))
        let slots = page.descendants("p").filter { $0.classes.contains("slot") }.map(\.collapsedText)
        #expect(slots.contains(SampleArticles.orderedPairs[0].target))
    }
}
