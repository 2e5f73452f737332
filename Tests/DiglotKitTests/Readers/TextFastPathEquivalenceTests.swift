import Foundation
import Testing
@testable import DiglotKit

/// The fast text routines answer exactly as the ones they replaced (`ReferenceText`), on every
/// corpus text and on seeded random strings built from the hard cases: CR LF, combining marks,
/// zero-width and no-break spaces, emoji sequences, compatibility ideographs, Kelvin sign and
/// dotted capital I, scalars outside the BMP, and the rule words themselves.
@Suite struct TextFastPathEquivalenceTests {
    /// Pieces random strings are made of.
    static let pieces: [String] = {
        var pieces = [
            "a", "B", "z", "H", "h", "w", "W", "f", "M", "/", "@", ".", ":", "-", "'", "’", " ", "  ", "\t", "\n", "\r\n", "\r",
            "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2002}", "\u{200B}", "\u{200C}", "\u{200D}",
            "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{0301}", "\u{0308}", "\u{20DD}", "é", "e\u{0301}",
            "İ", "\u{212A}", "\u{212B}", "Ω", "\u{037E}", "\u{0387}", "ß", "Σ", "ς", "中", "文", "\u{F900}", "\u{F901}",
            "\u{2F800}", "。", "，", "！", "？", "；", "（", "）", "【", "[", "(", ")", "©", "®", "™", "€", "…", "—", "–", "|",
            ",", "“", "”", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\u{FE0F}", "ｈ", "Ｈ", "Ａ", "ａ", "1", "2", "０", "٣", "½", "Ⅻ",
            "\u{0600}", "\u{0915}\u{094D}", "각", "\u{1100}\u{1161}", "\u{11A8}", "ｶ", "\u{FF9E}", "\u{3099}", "か", "が",
            "\u{1D11E}", "\u{10100}", "\u{E000}", "\u{302A}", "https://", "www.", "mailto:", "ftp://", " via ", "via ",
            "getty images", "Getty Images", "AFP", "©2020", "x.jpg", "IMG_2041", "2020", "07", "jul", "PM", "年", "月", "日",
        ]
        let rules = ChromeRules.standard
        pieces += rules.exactTexts.sorted().prefix(40) + rules.prefixes + rules.keywordSets.joined() + rules.readMoreLinkPrefixes
        pieces += TextClassifier.pictureAgencies + ["the", "and", "der", "la", "não", "na\u{0303}o", "della"]
        return pieces
    }()

    static func randomStrings(count: Int, seed: UInt64, maximumPieces: Int = 10) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maximumPieces, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    /// Block texts and raw text nodes of the shared corpus, with their short beginnings and ends;
    /// in the full test scope only (`TestScope.full`), the random texts cover the quick suite.
    static let corpusTexts: [String] = {
        var texts: [String] = []
        guard TestScope.full else { return texts }
        for url in Corpus.files(in: "articles") {
            guard let source = try? Corpus.source(url), let documents = try? ArticleReader().read(source) else { continue }
            for block in documents.flatMap(\.blocks) {
                let text = block.plainText
                texts += [text, String(text.prefix(40)), String(text.suffix(40))]
            }
        }
        return texts
    }()

    static var allTexts: [String] { corpusTexts + randomStrings(count: 6_000, seed: 6) + randomStrings(count: 1_000, seed: 7, maximumPieces: 40) }

    @Test func classifierAgrees() {
        for text in Self.allTexts {
            #expect(TextClassifier.isTranslatable(text) == ReferenceText.isTranslatable(text), "\(text.debugDescription)")
            #expect(TextClassifier.isPhotoCredit(text) == ReferenceText.isPhotoCredit(text), "\(text.debugDescription)")
            #expect(TextClassifier.isLink(text) == ReferenceText.isLink(text), "\(text.debugDescription)")
            #expect(TextClassifier.isDateLine(text) == ReferenceText.isDateLine(text), "\(text.debugDescription)")
            #expect(TextClassifier.isIdentifier(text) == ReferenceText.isIdentifier(text), "\(text.debugDescription)")
        }
    }

    @Test func boundedCharacterCountAgrees() {
        for text in Self.allTexts {
            for limit in [0, 1, 5, 90] {
                #expect(TextClassifier.hasAtMost(limit, charactersIn: text) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func chromeRulesAgree() {
        let rules = ChromeRules.standard
        // Long strings too: around the footer length the core's size decides.
        for text in Self.allTexts + Self.randomStrings(count: 400, seed: 21, maximumPieces: 300) {
            #expect(rules.isChromeText(text) == ReferenceText.isChromeText(text), "\(text.debugDescription)")
            #expect(rules.isReadMoreLink(text: text) == ReferenceText.isReadMoreLink(text: text), "\(text.debugDescription)")
            #expect(rules.attributeMarksChrome(text) == ReferenceText.attributeMarksChrome(text), "\(text.debugDescription)")
        }
        for value in ["article-body share-bar", "AD", "x-ads_top", "nav\r\nbar", "main-nav", "byline-share", "post", "ad\u{0301}", "ａｄ"] {
            #expect(rules.attributeMarksChrome(value) == ReferenceText.attributeMarksChrome(value), "\(value.debugDescription)")
        }
    }

    @Test func whitespaceNormalisationForIDsAgrees() {
        for text in Self.allTexts {
            #expect(text.collapsingWhiteSpace == ReferenceText.collapsingWhitespace(text), "\(text.debugDescription)")
        }
    }

    @Test func unitIDsAgree() {
        for text in Self.allTexts {
            for role in [BlockRole.paragraph, .title, .heading(level: 2), .caption] {
                var allocator = UnitIDAllocator()
                #expect(allocator.next(role: role, text: text).rawValue == ReferenceText.firstUnitID(role: role, text: text), "\(text.debugDescription)")
            }
        }
        for value: UInt32 in [0, 1, 0xF, 0x10, 0xABCDEF, 0x0123_4567, 0xFFFF_FFFF] {
            #expect(UnitIDAllocator.base(name: "p", digest: value) == "p-" + Fingerprint(value: UInt64(value) << 32).hex.prefix(8))
        }
    }

    @Test func statisticsAgree() {
        for text in Self.allTexts {
            #expect(TextStatistics(counting: text) == ReferenceText.statistics(text), "\(text.debugDescription)")
        }
    }

    /// Every scalar of the Basic Multilingual Plane, alone and between two letters, is counted
    /// as the property-based reference counts it: the ranges answered without properties hold.
    @Test func statisticsAgreeOnEveryBMPScalar() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(TextStatistics(counting: text) == ReferenceText.statistics(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func statisticsOfPiecesAreThoseOfTheJoinedText() {
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<2_000 {
            let pieces = Self.randomStrings(count: Int.random(in: 0...5, using: &generator), seed: generator.next(), maximumPieces: 4)
            var counter = TextStatistics.Counter()
            pieces.forEach { counter.add($0) }
            #expect(counter.statistics == ReferenceText.statistics(pieces.joined()), "\(pieces)")
        }
    }

    @Test func latinLanguageGuessAgrees() {
        var samples = Self.randomStrings(count: 400, seed: 8, maximumPieces: 120)
        samples += ["Le chat est sur la table et il dort avec le chien", "Der Hund und die Katze sind nicht da",
                    "O gato e o cão não estão em casa para o jantar", "NA\u{0303}O na\u{0303}o não o a e"]
        samples.append(Self.corpusTexts.joined(separator: " "))
        for text in samples {
            #expect(LatinLanguage.guess(text) == ReferenceText.guessLatinLanguage(text), "\(text.prefix(200).debugDescription)")
        }
    }

    /// Link pieces for the URL comparisons: schemes in any case, `www.`, queries with campaign
    /// tags, fragments, slashes and the characters that join or break them.
    static let linkPieces = ["https://", "HTTP://", "hTtP://", "//", "/", "/", "www.", "WWW.", "example.com", "a", "B", "?", "&",
                             "utm_source=x", "UTM_Medium=y", "utm", "_", "=", "#", "#top", " ", "\t", "\r\n", "\n", "\u{0B}",
                             "\u{85}", "\u{A0}", "\u{0301}", "é", "İ", "\u{212A}", "中", "%20", "..", "."]

    /// Random links from `linkPieces` and `pieces`, or from their ASCII members only (the fast path).
    static func randomLinks(count: Int, seed: UInt64, asciiOnly: Bool = false) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let isASCII: (String) -> Bool = { $0.utf8.allSatisfy { $0 < 0x80 } }
        let links = asciiOnly ? linkPieces.filter(isASCII) : linkPieces
        let others = asciiOnly ? pieces.filter(isASCII) : pieces
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Bool.random(using: &generator) ? links.randomElement(using: &generator) ?? "" : others.randomElement(using: &generator) ?? ""
            }.joined()
        }
    }

    @Test func linkComparisonKeysAgree() {
        let asciiLinks = Self.randomLinks(count: 30_000, seed: 13, asciiOnly: true)
        #expect(asciiLinks.filter { ReferenceText.comparisonKey($0) != nil }.count > 1_000)
        for link in Self.randomLinks(count: 30_000, seed: 11) + asciiLinks + Self.allTexts {
            #expect(BoilerplateFilter.comparisonKey(link) == ReferenceText.comparisonKey(link), "\(link.debugDescription)")
            #expect(LinkMeasure.isAbsolute(link) == ReferenceText.isAbsolute(link), "\(link.debugDescription)")
        }
    }

    /// The byte search for a title's site-name separator finds what Foundation's does, on
    /// simple text made of the separators, their parts and ordinary pieces.
    @Test func siteNameSeparatorSearchAgreesWithFoundation() {
        var generator = SeededGenerator(seed: 14)
        let parts = SiteNameSuffix.separators + [" ", "-", "|", "｜", "–", "—", "·", "_", ":", "RFI", "法广", "BBC News", "a"]
        var checked = 0
        for _ in 0..<20_000 {
            let title = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                Bool.random(using: &generator) ? parts.randomElement(using: &generator) ?? "" : Self.pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let text = Substring(title)
            guard text.hasSimpleCharacters else { continue }
            checked += 1
            #expect(SiteNameSuffix.firstSeparatorInSimpleText(text) == SiteNameSuffix.firstSeparatorByFoundation(in: text), "\(title.debugDescription)")
            let inner = text.dropFirst(min(2, text.count))
            #expect(SiteNameSuffix.firstSeparatorInSimpleText(inner) == SiteNameSuffix.firstSeparatorByFoundation(in: inner), "\(title.debugDescription)")
        }
        #expect(checked > 5_000)
    }

    /// Import QA's one-pass bracket and quote balance reports what eleven passes over the
    /// Characters did, on random text rich in the marks, combining marks and CR LF.
    @Test func punctuationBalanceAgrees() {
        var generator = SeededGenerator(seed: 15)
        let marks = ["“", "”", "「", "」", "『", "』", "《", "》", "〈", "〉", "【", "】", "(", ")", "（", "）", "[", "]", "［", "］",
                     "{", "}", "\"", "\"\u{0301}", "(\u{20DD}", "\r\n", "中", "a", " "]
        var texts = Self.allTexts
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 0...16, using: &generator)).map { _ in
                Int.random(in: 0..<3, using: &generator) == 0 ? Self.pieces.randomElement(using: &generator) ?? "" : marks.randomElement(using: &generator) ?? ""
            }.joined())
        }
        for text in texts {
            #expect(PunctuationBalance.problems(in: text) == ReferenceText.punctuationProblems(in: text), "\(text.debugDescription)")
        }
    }

    /// Import QA's term search on bytes finds what Foundation's does, word boundaries included.
    @Test func glossaryTermSearchAgreesWithFoundation() {
        var generator = SeededGenerator(seed: 16)
        let words = ["kerry", "john kerry", "yuan", "renminbi", "人权", "人", "权", "克里", "a", "an", "1", "-", " ", "é", "ß", "中", "x"]
        let checker = QAChecker()
        var simple = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                Bool.random(using: &generator) ? words.randomElement(using: &generator)! : Self.pieces.randomElement(using: &generator)!
            }.joined()
            let term = (0..<Int.random(in: 1...2, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
            if text.hasSimpleCharacters { simple += 1 }
            #expect(checker.contains(text, term) == checker.containsByFoundation(text, term), "\(text.debugDescription) \(term.debugDescription)")
        }
        #expect(simple > 2_000)
    }

    @Test func bylinePrefixStrippingAgrees() {
        var generator = SeededGenerator(seed: 12)
        let starts = TextClassifier.bylinePrefixes + ["By ", "BY ", "bY ", "İ", "\u{0301}", "作者", "Σ", ""]
        var texts = Self.allTexts
        for _ in 0..<20_000 {
            let start = (0..<Int.random(in: 0...3, using: &generator)).map { _ in starts.randomElement(using: &generator) ?? "" }.joined()
            texts.append(start + (Self.pieces.randomElement(using: &generator) ?? "") + (starts.randomElement(using: &generator) ?? ""))
        }
        for text in texts {
            #expect(TextClassifier.strippingBylinePrefixes(text) == ReferenceText.strippingBylinePrefixes(text), "\(text.debugDescription)")
        }
    }

    @Test func whitespaceCollapsingAgrees() {
        var generator = SeededGenerator(seed: 9)
        let whitespaceHeavy = Self.pieces + [" ", "\n", " \n ", "\r\n", "\t", "中\n文", "。\n“", "a\nb", "  \n\n  "]
        for _ in 0..<4_000 {
            var runs: [InlineRun] = []
            var nextID = 1
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                switch Int.random(in: 0...9, using: &generator) {
                case 0: runs.append(.placeholder(InlineCode(id: nextID, kind: .lineBreak, element: "br"))); nextID += 1
                case 1: runs.append(.placeholder(InlineCode(id: nextID, kind: .image, element: "img"))); nextID += 1
                case 2:
                    let code = InlineCode(id: Int.random(in: 1...5, using: &generator), kind: .strong, element: "b")
                    runs.append(Bool.random(using: &generator) ? .open(code) : .close(code))
                default:
                    let length = Int.random(in: 0...6, using: &generator)
                    runs.append(.text((0..<length).map { _ in whitespaceHeavy.randomElement(using: &generator) ?? "" }.joined()))
                }
            }
            #expect(InlineNormalizer.collapseWhitespace(runs) == ReferenceText.collapseWhitespace(runs), "\(runs)")
            #expect(InlineNormalizer.renumber(runs) == ReferenceText.renumber(runs), "\(runs)")
            #expect(InlineNormalizer.dropEmptyPairs(runs) == ReferenceText.dropEmptyPairs(runs), "\(runs)")
            #expect(InlineNormalizer.mergeText(runs) == ReferenceText.mergeText(runs), "\(runs)")
            for keepingIndentation in [false, true] {
                #expect(InlineNormalizer.trimEdges(runs, keepingIndentation: keepingIndentation)
                    == ReferenceText.trimEdges(runs, keepingIndentation: keepingIndentation), "\(runs)")
                // The extractor relies on this to normalise each block once.
                let normalised = InlineNormalizer.normalise(runs, preformatted: keepingIndentation)
                #expect(InlineNormalizer.normalise(normalised, preformatted: keepingIndentation) == normalised, "\(runs)")
            }
        }
        for text in Self.corpusTexts.prefix(3_000) {
            let runs: [InlineRun] = [.text(text), .placeholder(InlineCode(id: 1, kind: .lineBreak, element: "br")), .text("\n" + text)]
            #expect(InlineNormalizer.collapseWhitespace(runs) == ReferenceText.collapseWhitespace(runs))
        }
    }

    @Test func linkSeparatorSearchAgreesWithFoundation() {
        var generator = SeededGenerator(seed: 11)
        let parts = ["[", "]", "(", ")", "](", "]\u{0301}(", "](\u{0301}", "\u{FF3D}(", "a", "中", " ", "e\u{0301}"]
        for _ in 0..<3_000 {
            let line = "[" + (0..<Int.random(in: 0...8, using: &generator)).map { _ in parts.randomElement(using: &generator) ?? "" }.joined() + ")"
            let expected = line.range(of: "](", options: .backwards)
            let found = FeedItemReader.lastLinkSeparator(in: Substring(line))
            #expect(found == expected, "\(line.debugDescription)")
        }
    }

    @Test func utf8ValidationAgreesWithTheDecoder() {
        func decodes(_ bytes: [UInt8]) -> Bool {
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
        var generator = SeededGenerator(seed: 12)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x90, 0x8F]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...6, using: &generator)).map { _ in interesting.randomElement(using: &generator) ?? 0 }
            #expect(TextEncodingSniffer.isValidUTF8(bytes) == decodes(bytes), "\(bytes)")
        }
        // Around the eight-byte ASCII steps: an ASCII run of every length, then anything.
        for _ in 0..<20_000 {
            let ascii = [UInt8](repeating: 0x61, count: Int.random(in: 0...17, using: &generator))
            let tail = (0..<Int.random(in: 0...12, using: &generator)).map { _ in interesting.randomElement(using: &generator) ?? 0 }
            let bytes = ascii + tail + ascii
            #expect(TextEncodingSniffer.isValidUTF8(bytes) == decodes(bytes), "\(bytes)")
        }
        // Every two- to four-byte sequence's lead and second byte.
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0)...0xFF {
                let bytes = [0x41, lead, second, 0x80, 0x80, 0x41]
                #expect(TextEncodingSniffer.isValidUTF8(bytes) == decodes(bytes), "\(bytes)")
            }
        }
    }
}
