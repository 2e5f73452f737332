import Foundation
import Testing
@testable import DiglotKit

@Suite struct SkeletonEncoderTests {
    /// Real articles, whole paragraphs and sentence segments, come back exactly: text, codes,
    /// attributes, roles, glossary hits, metadata and date.
    @Test(arguments: [false, true])
    func realArticlesRoundTripExactly(sentences: Bool) throws {
        var documents = 0
        var hits = 0
        for source in try SkeletonSamples.sources(corpusStride: 4) {
            for document in try SkeletonSamples.prepared(source, sentences: sentences) {
                let target = SkeletonSamples.targetLanguage(of: document)
                let skeleton = XLIFFSkeleton(document: document, targetLanguage: target)
                let decoded = try XLIFFSkeleton.decode(try skeleton.encoded(), file: source.name)
                #expect(decoded.document == document, "\(source.name)")
                #expect(decoded == skeleton, "\(source.name)")
                #expect(decoded.version == XLIFFSkeleton.currentVersion)
                documents += 1
                hits += document.blocks.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.terms.count } }
            }
        }
        #expect(documents >= SkeletonSamples.fixtures.count)
        #expect(hits > 0)
    }

    @Test func everyModelFeatureRoundTrips() throws {
        let document = Self.everything()
        let skeleton = XLIFFSkeleton(document: document, targetLanguage: "pt-BR")
        let decoded = try XLIFFSkeleton.decode(try skeleton.encoded())
        #expect(decoded.document == document)
        #expect(decoded.targetLanguage.rawValue == "pt-BR")
        #expect(decoded.document.metadata.published == document.metadata.published)
        #expect(decoded.fingerprints == skeleton.fingerprints)
        #expect(decoded.fingerprints.count == document.translatableBlocks.count)
    }

    @Test func aGlossaryEntryIsStoredOnce() throws {
        let note = String(repeating: "a long definition of the term; ", count: 40)
        let entry = GlossaryEntry(source: "的", target: "of", note: note, forbidden: ["off"])
        func document(hits: Int) -> Document {
            let text = String(repeating: "的", count: hits)
            let terms = (0..<hits).map { TermOccurrence(runIndex: 0, range: $0..<$0 + 1, entry: entry) }
            let block = Block(id: UnitID(rawValue: "p-1"), role: .paragraph,
                              segments: [Segment(runs: [.text(text)], terms: terms)], isTranslatable: true)
            return Document(metadata: ArticleMetadata(sourceLanguage: "zh-Hans", origin: "x"), blocks: [block])
        }
        let one = SkeletonEncoder.payload(of: document(hits: 1), targetLanguage: "en")
        let thousand = SkeletonEncoder.payload(of: document(hits: 1000), targetLanguage: "en")
        #expect(one.count > note.utf8.count)
        // 1,000 hits add the text (3 bytes a character) and a few bytes per hit, not the note.
        #expect(thousand.count - one.count < 1000 * (3 + 8))
        #expect(thousand.count < 10 * one.count)
        #expect(try XLIFFSkeleton.decode(Base64.encode(thousand)).document == document(hits: 1000))
    }

    @Test func encodingIsDeterministic() throws {
        for document in [Self.everything(), XLIFFTestDocuments.chineseSegmented()] {
            let first = SkeletonEncoder.payload(of: document, targetLanguage: "en")
            let rebuilt = SkeletonEncoder.payload(of: document, targetLanguage: "en")
            #expect(first == rebuilt)
            // Decoding and encoding again reproduces the bytes.
            let decoded = try XLIFFSkeleton.decode(Base64.encode(first))
            #expect(SkeletonEncoder.payload(of: decoded.document, targetLanguage: "en") == first)
        }
    }

    /// The writers' shortcut (the payload alone, base64 written by `XMLWriter`) gives the same
    /// text as the public API.
    @Test func writersShortcutMatchesThePublicEncoding() throws {
        for document in [Self.everything(), XLIFFTestDocuments.chinese()] {
            #expect(Base64.encode(SkeletonEncoder.payload(of: document, targetLanguage: "en"))
                    == (try XLIFFSkeleton(document: document, targetLanguage: "en").encoded()))
        }
    }

    /// The layout documented in `SkeletonFormat`, byte for byte, for a tiny document.
    @Test func writesTheDocumentedLayout() {
        let block = Block(id: UnitID(rawValue: "p-1"), role: .paragraph,
                          segments: [Segment(runs: [.text("Hi")])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "en", origin: "a"), blocks: [block])
        var expected: [UInt8] = [0x44, 0x47, 0x53, 0x4B, 2]          // magic, version
        expected += [2] + Array("zh".utf8)                             // target language
        expected += [0, 2] + Array("en".utf8) + [1] + Array("a".utf8)  // metadata
        expected += [0]                                                // no entries
        expected += [1, 3] + Array("p-1".utf8) + [2, 1]                // one block: id, paragraph, translatable
        expected += [1, 1, 0, 2] + Array("Hi".utf8) + [0]              // one segment, one text run, no terms
        var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in expected { fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01b3 }
        expected += (0..<8).map { UInt8(truncatingIfNeeded: fnv >> (8 * $0)) }
        #expect(SkeletonEncoder.payload(of: document, targetLanguage: "zh") == expected)
    }

    @Test func numbersUseZigzagLEB128() {
        var heading = Self.everything()
        heading.blocks = [Block(id: UnitID(rawValue: "h"), role: .heading(level: -65), segments: [], isTranslatable: false)]
        heading.metadata = ArticleMetadata(sourceLanguage: "en", origin: "")
        let payload = SkeletonEncoder.payload(of: heading, targetLanguage: "zh")
        // -65 → zigzag 129 → 0x81 0x01
        let roleAt = 4 + 1 + 3 + 1 + 3 + 1 + 1 + 1 + 2
        #expect(Array(payload[roleAt..<roleAt + 3]) == [SkeletonFormat.RoleTag.heading, 0x81, 0x01])
    }

    @Test func tagTablesCoverEveryCase() {
        #expect(Set(SkeletonFormat.inlineKinds) == Set(InlineKind.allCases))
        #expect(SkeletonFormat.inlineKinds.count == InlineKind.allCases.count)
        #expect(Set(SkeletonFormat.termTypes) == Set(TermType.allCases))
        #expect(SkeletonFormat.termTypes.count == TermType.allCases.count)
    }

    /// A document using every role, kind, flag and odd value the model allows.
    static func everything() -> Document {
        let link = XLIFFTestDocuments.link(1, "https://example.com/?a=1&b=2")
        let relinked = InlineCode(id: 1, kind: .link, element: "a", attributes: [Attribute(name: "href", value: "/other")])
        let entries = [
            GlossaryEntry(source: "Kerry", target: "克里", type: .person, note: "", caseSensitive: true, forbidden: ["凯瑞", ""]),
            GlossaryEntry(source: "克里米亚", target: "", type: .exclude),
            GlossaryEntry(source: "甲烷", target: "methane", type: .term, note: "CH₄ 🔥"),
            GlossaryEntry(source: "a", target: "b", type: .org), GlossaryEntry(source: "c", target: "d", type: .place),
        ]
        var runs: [InlineRun] = [.text("Kerry "), .open(link), .text("克里米亚"), .close(link), .text("")]
        for (index, kind) in InlineKind.allCases.enumerated() {
            let code = InlineCode(id: index + 2, kind: kind, element: "e\(index)",
                                  attributes: [Attribute(name: "n", value: String(repeating: "v", count: index * 20))])
            runs += kind.isPaired ? [.open(code), .text("x"), .close(code)] : [.placeholder(code)]
        }
        runs += [.close(relinked), .close(InlineCode(id: 99, kind: .span, element: "span")), .open(link), .close(relinked)]
        let terms = [
            TermOccurrence(runIndex: 0, range: 0..<5, entry: entries[0]),
            TermOccurrence(runIndex: 2, range: 0..<4, entry: entries[1]),
            TermOccurrence(runIndex: -3, range: Int.min..<Int.max, entry: entries[2]),
            TermOccurrence(runIndex: 500, range: 7..<7, entry: entries[3]),
            TermOccurrence(runIndex: 0, range: 1..<2, entry: entries[4]),
            TermOccurrence(runIndex: 0, range: 0..<5, entry: entries[0]),
        ]
        let roles: [BlockRole] = [
            .title, .heading(level: 6), .heading(level: Int.max), .paragraph, .listItem(ordered: true, depth: 3),
            .listItem(ordered: false, depth: -1), .blockquote, .caption,
            .tableCell(header: true, table: 0, row: 1, column: 2), .tableCell(header: false, table: 300, row: 70_000, column: Int.min),
            .definitionTerm, .definition, .preformatted, .image(Image(source: "a.png")),
            .image(Image(source: "", link: "https://example.com/b")), .separator,
        ]
        var blocks = roles.enumerated().map { index, role in
            Block(id: UnitID(rawValue: "b-\(index)"), role: role,
                  segments: [Segment(runs: [.text("Block \(index) \u{0}\u{1F}\r\n")])], isTranslatable: index % 3 != 0)
        }
        blocks.append(Block(id: UnitID(rawValue: "p-codes"), role: .paragraph, segments: [
            Segment(runs: runs, terms: terms), Segment(runs: []), Segment(runs: [.close(link), .text(" tail")], terms: [terms[2]]),
        ], isTranslatable: true))
        blocks.append(Block(id: UnitID(rawValue: ""), role: .paragraph, segments: [], isTranslatable: true))
        let metadata = ArticleMetadata(
            title: "Title ‘quoted’", url: "https://example.com/news?id=1&x=ü", published: Date(timeIntervalSince1970: 1_688_766_303.123_456_7),
            outlet: "", author: "A. Writer", summary: "Sum\nmary", sourceLanguage: "EN-gb", origin: "everything.html")
        return Document(metadata: metadata, blocks: blocks)
    }
}
