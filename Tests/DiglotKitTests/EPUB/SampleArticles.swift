import Foundation
@testable import DiglotKit

/// Hand-built articles for the EPUB tests: real RFI/ChinaFile-style text with every block role,
/// inline codes (links, emphasis, hostile attributes), glossary hits, and their translations.
enum SampleArticles {
    static let kerry = GlossaryEntry(source: "克里", target: "John Kerry", type: .person)
    static let yellen = GlossaryEntry(source: "耶伦", target: "Janet Yellen", type: .person, note: "US Treasury Secretary")
    static let beijing = GlossaryEntry(source: "北京", target: "Beijing", type: .place)

    /// Builds blocks with IDs from one allocator, glossary hits found in the text runs.
    struct Builder {
        var allocator = UnitIDAllocator()
        var blocks: [Block] = []
        var translations: [UnitID: Translation] = [:]
        var glossary: [GlossaryEntry] = []

        @discardableResult
        mutating func add(_ role: BlockRole, _ segments: [[InlineRun]], translatable: Bool = true,
                          translation: [[InlineRun]]? = nil, status: TranslationStatus = .translated) -> UnitID {
            let text = segments.map { Segment(runs: $0).plainText }.joined()
            let id = allocator.next(role: role, text: text)
            let annotated = segments.map { Segment(runs: $0, terms: Self.terms(in: $0, glossary: glossary)) }
            blocks.append(Block(id: id, role: role, segments: annotated, isTranslatable: translatable))
            if let translation { translations[id] = Translation(segments: translation, status: status) }
            return id
        }

        mutating func add(_ role: BlockRole, _ runs: [InlineRun], translatable: Bool = true,
                          translation: [InlineRun]? = nil, status: TranslationStatus = .translated) {
            add(role, [runs], translatable: translatable, translation: translation.map { [$0] }, status: status)
        }

        static func terms(in runs: [InlineRun], glossary: [GlossaryEntry]) -> [TermOccurrence] {
            var found: [TermOccurrence] = []
            for (index, run) in runs.enumerated() {
                guard case .text(let text) = run else { continue }
                let scalars = Array(text.unicodeScalars)
                for entry in glossary {
                    let needle = Array(entry.source.unicodeScalars)
                    guard !needle.isEmpty, scalars.count >= needle.count else { continue }
                    for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                        found.append(TermOccurrence(runIndex: index, range: start..<(start + needle.count), entry: entry))
                    }
                }
            }
            return found.sorted { ($0.runIndex, $0.range.lowerBound) < ($1.runIndex, $1.range.lowerBound) }
        }
    }

    static func code(_ id: Int, _ kind: InlineKind, _ element: String, _ attributes: [(String, String)] = []) -> InlineCode {
        InlineCode(id: id, kind: kind, element: element, attributes: attributes.map { Attribute(name: $0.0, value: $0.1) })
    }

    static func wrapped(_ code: InlineCode, _ text: String) -> [InlineRun] {
        [.open(code), .text(text), .close(code)]
    }

    static func chartPNG() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "chart", withExtension: "png", subdirectory: "Fixtures/EPUB") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return Array(try Data(contentsOf: url))
    }

    /// The source paragraphs that must appear, in order, and their English translations.
    static let orderedPairs: [(source: String, target: String)] = [
        ("美国国务院官员周五表示，美国总统拜登的气候变化特使克里即将访问中国。",
         "US State Department officials said on Friday that President Biden's climate envoy John Kerry will visit China."),
        ("法新社报道，美国国务卿布林肯上个月访问北京之后，美中两国恢复交往。",
         "AFP reported that the US and China resumed contacts after Secretary of State Blinken visited Beijing last month."),
        ("而美国财政部长耶伦目前正在中国访问。",
         "Meanwhile US Treasury Secretary Janet Yellen is visiting China."),
    ]

    /// A Chinese RFI article with every role and an English (or other) translation.
    static func climateArticle(target: LanguageTag = "en", title: String? = nil) -> Chapter {
        var builder = Builder()
        builder.glossary = [kerry, yellen, beijing]
        let arabic = target.primary == "ar"
        func tr(_ english: String, _ arabicText: String) -> String { arabic ? arabicText : english }
        let strong = code(1, .strong, "strong")
        let afpLink = code(1, .link, "a", [("href", "https://www.afp.com/fr"), ("onclick", "steal()"), ("class", "x")])
        builder.add(.title, [.text(title ?? "美国气候特使克里即将访华 \"重启两个最大污染国间的气候谈判\"")],
                    translation: [.text(tr("US climate envoy Kerry to visit China to \"restart climate talks between the two biggest polluters\"",
                                           "المبعوث الأمريكي للمناخ كيري يزور الصين"))])
        builder.add(.paragraph, [.text("07/07/2023 - 23:27")], translatable: false)
        builder.add(.image(Image(source: "https://s.rfi.fr/media/display/1374e2c6/w:1280/p:16x9/CLIMATE-KERRY-CHINA.JPG")),
                    [.text("克里在伦敦")], translation: [.text(tr("Kerry in London", "كيري في لندن"))])
        builder.add(.caption, [.text("2023年6月19日，克里在伦敦出席会议。")],
                    translation: [.text(tr("Kerry at a meeting in London on 19 June 2023.", "كيري في اجتماع في لندن يوم 19 يونيو 2023."))])
        builder.add(.paragraph, wrapped(strong, orderedPairs[0].source),
                    translation: wrapped(strong, tr(orderedPairs[0].target, "قال مسؤولون في وزارة الخارجية الأمريكية يوم الجمعة إن مبعوث المناخ جون كيري سيزور الصين.")))
        builder.add(.paragraph, [.text("法新社报道，"), .open(afpLink), .text("美国国务卿布林肯"), .close(afpLink), .text("上个月访问北京之后，美中两国恢复交往。")],
                    translation: [.text(tr("AFP reported that the US and China resumed contacts after ", "أفادت وكالة فرانس برس بأن الولايات المتحدة والصين استأنفتا الاتصالات بعد أن زار ")),
                                  .open(afpLink), .text(tr("Secretary of State Blinken", "وزير الخارجية بلينكن")), .close(afpLink),
                                  .text(tr(" visited Beijing last month.", " بكين الشهر الماضي."))])
        builder.add(.paragraph, [.text(orderedPairs[2].source)],
                    translation: [.text(tr(orderedPairs[2].target, "وفي الوقت نفسه تزور وزيرة الخزانة الأمريكية جانيت يلين الصين."))])
        builder.add(.heading(level: 2), [.text("克里的议程")], translation: [.text(tr("Kerry's agenda", "جدول أعمال كيري"))])
        builder.add(.listItem(ordered: true, depth: 1), [.text("加快淘汰煤炭")], translation: [.text(tr("Phase out coal faster", "التخلص التدريجي من الفحم"))])
        builder.add(.listItem(ordered: false, depth: 2), [.text("包括新建电厂")], translation: [.text(tr("including new power plants", "بما في ذلك محطات الطاقة الجديدة"))])
        builder.add(.listItem(ordered: true, depth: 1), [.text("打击森林砍伐")], translation: [.text(tr("Fight deforestation", "مكافحة إزالة الغابات"))])
        builder.add(.listItem(ordered: true, depth: 1), [.text("减少甲烷排放")], translation: [.text(tr("Cut methane emissions", "خفض انبعاثات الميثان"))])
        builder.add(.blockquote, [.text("“中国和美国是世界上最大的两个经济体，也是两个最大的排放国。”")],
                    translation: [.text(tr("\"China and the United States are the two largest economies and the two largest emitters.\"",
                                           "«الصين والولايات المتحدة أكبر اقتصادين وأكبر مصدرين للانبعاثات.»"))])
        builder.add(.tableCell(header: true, table: 0, row: 0, column: 0), [.text("国家")], translation: [.text(tr("Country", "البلد"))])
        builder.add(.tableCell(header: true, table: 0, row: 0, column: 1), [.text("排放占比")], translation: [.text(tr("Share of emissions", "حصة الانبعاثات"))])
        builder.add(.tableCell(header: false, table: 0, row: 1, column: 0), [.text("中国")], translation: [.text(tr("China", "الصين"))])
        builder.add(.tableCell(header: false, table: 0, row: 1, column: 1), [.text("31%")], translatable: false)
        builder.add(.tableCell(header: false, table: 0, row: 2, column: 0), [.text("美国")], translation: [.text(tr("United States", "الولايات المتحدة"))])
        builder.add(.tableCell(header: false, table: 0, row: 2, column: 1), [.text("14%")], translatable: false)
        let emphasis = code(1, .emphasis, "i")
        let evil = code(2, .link, "a", [("href", "javascript:alert(1)")])
        let blink = code(3, .other, "blink", [("onmouseover", "x()")])
        let sup = code(4, .superscript, "sup")
        let lineBreak = code(5, .lineBreak, "br")
        builder.add(.paragraph, [
            .open(emphasis), .text("甲烷"), .close(emphasis), .text("是一种强效温室气体"), .open(sup), .text("1"), .close(sup),
            .placeholder(lineBreak), .open(evil), .text("点击这里"), .close(evil), .open(blink), .text("闪烁"), .close(blink), .text("。"),
        ], translation: [
            .open(emphasis), .text(tr("Methane", "الميثان")), .close(emphasis), .text(tr(" is a potent greenhouse gas", " غاز دفيئة قوي")),
            .open(sup), .text("1"), .close(sup), .placeholder(lineBreak), .open(evil), .text(tr("click here", "انقر هنا")), .close(evil),
            .open(blink), .text(tr("blink", "وميض")), .close(blink), .text("."),
        ])
        builder.add(.image(Image(source: "images/chart.png")), [.text("排放示意图")], translation: [.text(tr("Emissions chart", "مخطط الانبعاثات"))])
        builder.add(.paragraph, [.text("消息称，拜登政府认为，气候问题是美中两个激烈竞争的大国可以合作的领域之一。")])
        builder.add(.paragraph, [[.text("去年夏天，中国暂停了气候谈判。")], [.text("以抗议佩洛西访问台湾。")]],
                    translation: [[.text(tr("Last summer China suspended the climate talks.", "علّقت الصين محادثات المناخ الصيف الماضي."))], []])
        builder.add(.paragraph, [.text("路透社引述美国财政部一名高级官员表示，耶伦8日将在北京与何立峰会面。")],
                    translation: [.text(tr("Reuters quoted a senior Treasury official as saying Yellen will meet He Lifeng in Beijing on the 8th.",
                                           "نقلت رويترز عن مسؤول كبير قوله إن يلين ستلتقي هي ليفنغ في بكين."))], status: .needsReview)
        builder.add(.separator, [[InlineRun]](), translatable: false)
        builder.add(.definitionTerm, [.text("甲烷")], translation: [.text(tr("Methane", "الميثان"))])
        builder.add(.definition, [.text("一种强效温室气体。")], translation: [.text(tr("A potent greenhouse gas.", "غاز دفيئة قوي."))])
        builder.add(.preformatted, [.text("CO2  31%\nCH4  14%")], translatable: false)

        let metadata = ArticleMetadata(
            title: "美国气候特使克里即将访华", url: "https://www.rfi.fr/cn/中国/20230707-美国气候特使克里即将访华",
            published: Date(timeIntervalSince1970: 1_688_766_303), outlet: "RFI", author: "法广",
            sourceLanguage: "zh-Hans", origin: "rfi-kerry-climate.txt")
        let images = (try? chartPNG()).map { ["images/chart.png": $0] } ?? [:]
        return Chapter(document: Document(metadata: metadata, blocks: builder.blocks),
                       translations: builder.translations, localImages: images)
    }

    /// A short English ChinaFile-style piece translated into Chinese.
    static func englishArticle() -> Chapter {
        var builder = Builder()
        let link = code(1, .link, "a", [("href", "https://www.chinafile.com/conversation")])
        let em = code(2, .emphasis, "em")
        builder.add(.title, [.text("What Does the Kerry Visit Mean for Climate Cooperation?")],
                    translation: [.text("克里访华对气候合作意味着什么？")])
        builder.add(.paragraph, [.text("In a new "), .open(link), .text("ChinaFile Conversation"), .close(link),
                                 .text(", experts weigh whether climate can be an "), .open(em), .text("island of cooperation"), .close(em), .text(".")],
                    translation: [.text("在新一期"), .open(link), .text("《中参馆》对话"), .close(link), .text("中，专家们讨论气候问题能否成为"),
                                  .open(em), .text("合作之岛"), .close(em), .text("。")])
        // Links as real feeds carry them: IDN hosts, raw spaces, brackets, a second '#', stray '%'.
        let messy = ["https://例子.测试/路径?q=中文#片段", "http://example.com:8080/x?y=[1]#z#w", "https://example.com/a b%zz[x]{y}|^`",
                     "//cdn.example.com/x.jpg", "mailto:desk@example.com?subject=你好"]
        let links = messy.enumerated().map { code($0.offset + 1, .link, "a", [("href", $0.element)]) }
        builder.add(.paragraph, links.flatMap { [.open($0), .text("source \($0.id)"), .close($0), .text(" ")] },
                    translation: links.flatMap { [.open($0), .text("来源\($0.id)"), .close($0), .text("，")] })
        builder.add(.listItem(ordered: false, depth: 1), [.text("Coal phase-out")], translation: [.text("淘汰煤炭")])
        builder.add(.listItem(ordered: false, depth: 1), [.text("Methane plan")], translation: [.text("甲烷计划")])
        let metadata = ArticleMetadata(
            title: "What Does the Kerry Visit Mean for Climate Cooperation?", url: "https://www.chinafile.com/kerry",
            published: Date(timeIntervalSince1970: 1_688_900_000), outlet: "ChinaFile", sourceLanguage: "en", origin: "chinafile.txt")
        return Chapter(document: Document(metadata: metadata, blocks: builder.blocks), translations: builder.translations)
    }

    /// A Chinese article with glossary hits and no translation, as exported for review.
    static func reviewArticle() -> Chapter {
        var chapter = climateArticle()
        chapter.translations = [:]
        return chapter
    }
}
