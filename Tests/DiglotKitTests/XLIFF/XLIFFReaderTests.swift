import Foundation
import Testing
@testable import DiglotKit

/// Reading returned XLIFF the way CAT tools write it: each test applies one tool's habit to
/// a known translated file and expects the same translations back.
@Suite struct XLIFFReaderTests {
    typealias Support = ImportTestSupport

    private func expectAllTranslated(_ xml: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verified = try Support.verify(xml)
        #expect(verified.errors.isEmpty, "\(verified.errors)", sourceLocation: sourceLocation)
        let texts = try Support.texts(verified)
        for (unit, expected) in Support.expectedText {
            #expect(texts[unit] == expected, "unit \(unit)", sourceLocation: sourceLocation)
        }
    }

    @Test func readsTranslatedXLIFF12() throws {
        let xml = try Support.translated12()
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        #expect(imported.version == "1.2")
        #expect(imported.skeleton?.document == Support.document())
        #expect(imported.units.map(\.id) == [Support.title, Support.paragraph, Support.heading, Support.image, Support.listItem])
        #expect(imported.units.allSatisfy { $0.status == .translated })
        try expectAllTranslated(xml)
    }

    @Test func readsTranslatedXLIFF21() throws {
        let xml = try Support.translated21()
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        #expect(imported.isVersion2)
        #expect(imported.units.first { $0.id == Support.paragraph }?.targetSegments?.count == 2)
        try expectAllTranslated(xml)
    }

    @Test func mapsCodesBackToTheSourceElements() throws {
        let verified = try Support.verify(try Support.translated12())
        let runs = try #require(verified.translations[UnitID(rawValue: Support.paragraph)]).runs
        let link = XLIFFTestDocuments.link(1, "https://www.afp.com/?a=1&b=\"2\"")
        #expect(runs.contains(.open(link)) && runs.contains(.close(link)))
        let strong = InlineCode(id: 2, kind: .strong, element: "strong")
        let open = try #require(runs.firstIndex(of: .open(strong)))
        let close = try #require(runs.firstIndex(of: .close(strong)))
        #expect(open < close)
    }

    @Test func toleratesReindentation() throws {
        var xml = try Support.translated12()
        xml = xml.replacingOccurrences(of: "<target xml:lang=\"en\" state=\"translated\">", with: "<target xml:lang=\"en\" state=\"translated\">\n            ")
        xml = xml.replacingOccurrences(of: "</target>", with: "\n          </target>")
        xml = xml.replacingOccurrences(of: "<mrk mtype=\"seg\"", with: "\n            <mrk mtype=\"seg\"")
        xml = xml.replacingOccurrences(of: "<mrk mtype=\"term\"", with: "\n              <mrk mtype=\"term\"")
        xml = xml.replacingOccurrences(of: "<source>", with: "<source>\n    ")
        try expectAllTranslated(xml)
    }

    @Test func keepsWhitespaceOfPreformattedUnits() throws {
        var document = Support.document()
        let code = "let a = 1\n    let b = 2\n"
        let allocator = { () -> UnitID in var ids = UnitIDAllocator(); return ids.next(role: .preformatted, text: code) }()
        document.blocks.append(Block(id: allocator, role: .preformatted, segments: [Segment(runs: [.text(code)])], isTranslatable: true))
        var xml = try Support.export12(document)
        for (unit, target) in Support.targets12 {
            xml = Support.replacingTarget12(of: unit, with: "<target>\(target)</target>", in: xml)
        }
        xml = Support.replacingTarget12(of: allocator.rawValue, with: "<target>let a = 1\n    let b = 2\n</target>", in: xml)
        let verified = try Support.verify(xml)
        #expect(verified.errors.isEmpty)
        #expect(verified.translations[allocator]?.plainText == "let a = 1\n    let b = 2\n")
    }

    @Test func acceptsEquivalentCodeForms12() throws {
        var xml = try Support.translated12()
        let paragraph = "<target xml:lang=\"en\" state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">According to <bpt id=\"1\">&lt;a&gt;</bpt>AFP<ept id=\"1\">&lt;/a&gt;</ept>, "
            + "<bpt id=\"2\" rid=\"r9\">&lt;strong&gt;</bpt>John Kerry said the two sides discussed methane emissions.</mrk> "
            + "<mrk mtype=\"seg\" mid=\"2\">Kerry said<ept id=\"12\" rid=\"r9\">&lt;/strong&gt;</ept> the talks were &lt;fruitful&gt;.</mrk></target>"
        xml = Support.replacingTarget12(of: Support.paragraph, with: paragraph, in: xml)
        xml = Support.replacingTarget12(of: Support.heading, with: "<target>Line one<ph id=\"1\">&lt;br/&gt;</ph>line two</target>", in: xml)
        xml = Support.replacingTarget12(of: Support.listItem, with: "<target>Texte avec <it id=\"1\" pos=\"open\">&lt;sup&gt;</it>2<it id=\"1\" pos=\"close\">&lt;/sup&gt;</it> et <x id=\"2\"/> onglet ici contrôle.</target>", in: xml)
        try expectAllTranslated(xml)
    }

    @Test func acceptsEquivalentCodeForms2() throws {
        var xml = try Support.translated21()
        let sources = Support.sourceSegments2(of: Support.listItem, in: xml)
        xml = Support.replacingSegments2(of: Support.listItem, with: "<segment id=\"s1\">\(sources[0])<target>Texte avec <sc id=\"1\"/>2<ec startRef=\"1\"/> et <ph id=\"2\"/> onglet ici contrôle.</target></segment>", in: xml)
        try expectAllTranslated(xml)
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let verified = ImportVerifier().verify(try XLIFFReader().read(bytes, file: "utf16.xlf"))
        #expect(verified.errors.isEmpty)
        #expect(try Support.texts(verified)[Support.title] == "John Kerry talks with China & methane")
    }

    @Test func readsUTF8ByteOrderMarkAndCDATA() throws {
        var xml = try Support.translated12()
        xml = Support.replacingTarget12(of: Support.title, with: "<target><![CDATA[John Kerry talks with China & methane]]></target>", in: xml)
        let verified = ImportVerifier().verify(try XLIFFReader().read([0xEF, 0xBB, 0xBF] + Array(xml.utf8), file: "bom.xlf"))
        #expect(verified.errors.isEmpty)
        #expect(try Support.texts(verified)[Support.title] == "John Kerry talks with China & methane")
    }

    @Test func acceptsReorderedUnits() throws {
        var xml = try Support.translated12()
        let start = try #require(xml.range(of: "      <trans-unit id=\"\(Support.title)\""))
        let end = try #require(xml.range(of: "</trans-unit>\n", range: start.upperBound..<xml.endIndex))
        let unit = String(xml[start.lowerBound..<end.upperBound])
        xml.removeSubrange(start.lowerBound..<end.upperBound)
        xml = xml.replacingOccurrences(of: "    </body>", with: unit + "    </body>")
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        #expect(imported.units.last?.id == Support.title)
        try expectAllTranslated(xml)
    }

    @Test func ignoresToolAdditions() throws {
        var xml = try Support.translated12()
        xml = xml.replacingOccurrences(of: "<xliff version=\"1.2\"", with: "<xliff xmlns:okp=\"okapi-framework:xliff-extensions\" version=\"1.2\"")
        xml = xml.replacingOccurrences(of: "<header>", with: "<header><phase-group><phase phase-name=\"1\" process-name=\"translation\"/></phase-group>")
        xml = xml.replacingOccurrences(of: "xml:space=\"preserve\">", with: "xml:space=\"preserve\" okp:engine=\"x\" approved=\"yes\">")
        xml = xml.replacingOccurrences(of: "</target>", with: "</target><alt-trans match-quality=\"80\"><source>x</source><target>Something else</target></alt-trans><note>checked</note>")
        xml = Support.replacingTarget12(of: Support.image, with: "<target>John <mrk mtype=\"term\" comment=\"x\">Kerry</mrk> in Beijing</target>", in: xml)
        xml = Support.replacingTarget12(of: Support.image, with: "<target>John <mrk mtype=\"x-term\">Kerry</mrk> in Beijing</target>", in: xml)
        try expectAllTranslated(xml)
    }

    @Test func readsWorkflowStates12() throws {
        var xml = try Support.translated12(state: "needs-review-translation")
        xml = Support.replacingTarget12(of: Support.image, with: "<target state=\"needs-translation\">克里在北京</target>", in: xml)
        xml = Support.replacingTarget12(of: Support.heading, with: "<target state=\"new\">Line one<x id=\"1\"/>line two</target>", in: xml)
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        let status = Dictionary(imported.units.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status[Support.title] == .needsReview)
        #expect(status[Support.image] == .untranslated)
        #expect(status[Support.heading] == .translated)
    }

    @Test func readsFuzzyMarkingsAsNeedingReview() throws {
        var xml = try Support.translated12()
        // Translate Toolkit's markfuzzy(): approved="no", the target back to needs-translation.
        xml = xml.replacingOccurrences(of: "<trans-unit id=\"\(Support.title)\"", with: "<trans-unit approved=\"no\" id=\"\(Support.title)\"")
        xml = Support.replacingTarget12(of: Support.image, with: "<target state=\"translated\" state-qualifier=\"fuzzy-match\">Kerry in Beijing</target>", in: xml)
        xml = Support.replacingTarget12(of: Support.heading, with: "<target state=\"final\" state-qualifier=\"fuzzy-match\">Line one<x id=\"1\"/>line two</target>", in: xml)
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        let status = Dictionary(imported.units.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status[Support.title] == .needsReview)
        #expect(status[Support.image] == .needsReview)
        // A reviewer signed it off: the qualifier only says where it came from.
        #expect(status[Support.heading] == .translated)
        #expect(status[Support.paragraph] == .translated)
    }

    @Test func namesASecondTarget() throws {
        let xml12 = try Support.translated12().replacingOccurrences(of: "</target>", with: "</target>\n<target>Again</target>")
        let units12 = try XLIFFReader().read(Array(xml12.utf8), file: "a.xlf").units
        #expect(!units12.isEmpty && units12.allSatisfy { $0.secondTargetLine != nil })
        let xml21 = try Support.translated21()
        #expect(try XLIFFReader().read(Array(xml21.utf8), file: "a.xlf").units.allSatisfy { $0.secondTargetLine == nil })
        let doubled = xml21.replacingOccurrences(of: "</target>", with: "</target><target>Again</target>")
        let verified = try Support.verify(doubled)
        #expect(!verified.isMergeable)
        #expect(verified.errors.contains { $0.message.contains("a second <target> in one segment") })
    }

    @Test func keepsTheSentencesOfATargetWithOneDeleted() throws {
        // XLIFF 1.2: the second <mrk mtype="seg"> removed from the two-sentence paragraph.
        let xml12 = try Support.translated12()
        let unit = try #require(xml12.range(of: "<trans-unit id=\"\(Support.paragraph)\""))
        let target = try #require(xml12.range(of: "<target", range: unit.upperBound..<xml12.endIndex))
        let second = try #require(xml12.range(of: "<mrk mtype=\"seg\" mid=\"2\">", range: target.upperBound..<xml12.endIndex))
        let end = try #require(xml12.range(of: "</target>", range: second.upperBound..<xml12.endIndex))
        let deleted12 = xml12.replacingCharacters(in: second.lowerBound..<end.lowerBound, with: "")
        let read = try XLIFFReader().read(Array(deleted12.utf8), file: "a.xlf").units.first { $0.id == Support.paragraph }
        #expect(read?.deletedTargetSegments == [1])
        #expect(read?.segmentationIntact == true)
        // Here <strong> spans both sentences, so the deletion also broke a code: refused.
        #expect(try Support.verify(deleted12).errors.contains { $0.message.contains("<strong>") })
        // XLIFF 2.1: the second segment's <target> removed.
        var xml21 = try Support.translated21()
        let sources = Support.sourceSegments2(of: Support.paragraph, in: xml21)
        xml21 = Support.replacingSegments2(of: Support.paragraph, with: "<segment id=\"s1\" state=\"translated\">\(sources[0])<target>One.</target></segment><segment id=\"s2\">\(sources[1])</segment>", in: xml21)
        let read21 = try XLIFFReader().read(Array(xml21.utf8), file: "a.xlf").units.first { $0.id == Support.paragraph }
        #expect(read21?.deletedTargetSegments == [1])
        let verified21 = try Support.verify(xml21)
        #expect(verified21.deletedSentences == [UnitID(rawValue: Support.paragraph): [1]], "\(verified21.errors)")
        // A target with every sentence is not one with a deletion.
        #expect(try XLIFFReader().read(Array(try Support.translated12().utf8), file: "a.xlf").units.allSatisfy { $0.deletedTargetSegments.isEmpty })
    }

    @Test func refusesBytesThatDoNotFitTheDeclaredEncoding() throws {
        // 0xFF starts no character in EUC-KR: the declaration is named, with the fix.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n<xliff version=\"1.2\"><file>".utf8) + [0xFF, 0x41]
            + Array("</file></xliff>".utf8)
        #expect { try XLIFFReader().read(bytes, file: "a.xlf") } throws: { error in
            let message = (error as? XLIFFError)?.message ?? ""
            return message.contains("encoding=\"euc-kr\"") && message.contains("save the file as UTF-8")
        }
    }

    @Test func namesWhatANonXLIFFFileIs() {
        let cases: [([UInt8], String)] = [
            (Array("<html><body><p>a<br></p></body></html>".utf8), "it is an HTML page"),
            (Array("plain words".utf8), "it is plain text"),
            ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "it is a PDF document"),
            (Array("<rss version=\"2.0\"><channel></channel></rss>".utf8), "it is an RSS/Atom feed"),
        ]
        for (bytes, kind) in cases {
            #expect { try XLIFFReader().read(bytes, file: "x.xlf") } throws: { error in
                (error as? XLIFFError)?.message.hasPrefix("not an XLIFF file: \(kind)") == true
            }
        }
    }

    @Test func readsWorkflowStates2() throws {
        var xml = try Support.translated21(state: "final")
        let sources = Support.sourceSegments2(of: Support.image, in: xml)
        xml = Support.replacingSegments2(of: Support.image, with: "<segment id=\"s1\" state=\"initial\">\(sources[0])<target>克里在北京</target></segment>", in: xml)
        let titleSources = Support.sourceSegments2(of: Support.title, in: xml)
        xml = Support.replacingSegments2(of: Support.title, with: "<segment id=\"s1\" state=\"initial\" subState=\"\(XLIFFPrefill.exactMatchSubState)\">\(titleSources[0])<target>John Kerry talks with China &amp; methane</target></segment>", in: xml)
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
        let status = Dictionary(imported.units.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status[Support.image] == .untranslated)
        #expect(status[Support.title] == .needsReview)
        #expect(status[Support.paragraph] == .translated)
    }

    @Test func mergesJoinedSegments2() throws {
        var xml = try Support.translated21()
        let sources = Support.sourceSegments2(of: Support.paragraph, in: xml)
        let joinedSource = sources[0].replacingOccurrences(of: "</source>", with: "")
            + sources[1].replacingOccurrences(of: "<source xml:space=\"preserve\">", with: "")
        let target = "According to <pc id=\"1\">AFP</pc>, <pc id=\"2\">John Kerry said the two sides discussed methane emissions. Kerry said</pc> the talks were &lt;fruitful&gt;."
        xml = Support.replacingSegments2(of: Support.paragraph, with: "<segment id=\"s1\" state=\"translated\">\(joinedSource)<target>\(target)</target></segment>", in: xml)
        let verified = try Support.verify(xml)
        #expect(verified.errors.isEmpty, "\(verified.errors)")
        #expect(verified.resegmentedUnits == [UnitID(rawValue: Support.paragraph)])
        #expect(try Support.texts(verified)[Support.paragraph] == Support.expectedText[Support.paragraph])
    }

    @Test func mergesSplitSegments2() throws {
        var xml = try Support.translated21()
        let source = "<source>克里与中方会谈 &amp; </source>"
        let rest = "<source>甲烷</source>"
        xml = Support.replacingSegments2(of: Support.title, with: "<segment id=\"s1a\"><source>\(source.dropFirst(8).dropLast(9))</source><target>John Kerry talks with China &amp; </target></segment><segment id=\"s1b\">\(rest)<target>methane</target></segment>", in: xml)
        let verified = try Support.verify(xml)
        #expect(verified.errors.isEmpty, "\(verified.errors)")
        #expect(try Support.texts(verified)[Support.title] == Support.expectedText[Support.title])
    }

    @Test func translateToolkitQuirks() throws {
        // Translate Toolkit: approved="yes", a <target> without xml:lang, xml:space on <segment>.
        var xml = try Support.translated21()
        xml = xml.replacingOccurrences(of: "<segment id=\"s1\"", with: "<segment xml:space=\"preserve\" id=\"s1\"")
        try expectAllTranslated(xml)
    }

    @Test func refusesNonXLIFF() throws {
        #expect(throws: XLIFFError.self) { try XLIFFReader().read(Array("<html><body/></html>".utf8), file: "x.html") }
        #expect(throws: XLIFFError.self) { try XLIFFReader().read([], file: "empty.xlf") }
    }

    /// What comes back from translators' tools is fixed by people who never saw libxml2's
    /// API: each refusal says what is wrong in their terms, once.
    @Test(arguments: [
        ("<!DOCTYPE xliff>\n<xliff version=\"1.2\"/>", "remove the <!DOCTYPE", "entity attacks are refused"),
        ("<xliff version=\"1.2\"><file>bad &#x1; char</file></xliff>", "U+0001 is not allowed in XML", "xmlParseCharRef"),
        ("<xliff version=\"1.2\"><file>lone &#xD800; half</file></xliff>", "U+D800 is not allowed in XML", "xmlParseCharRef"),
        ("<xliff version=\"1.2\"><file>" + String(repeating: "<pc>", count: 300) + String(repeating: "</pc>", count: 300) + "</file></xliff>",
         "nested more than 256 deep", "XML_PARSE_HUGE"),
    ])
    func refusalsSpeakToTheTranslator(_ xml: String, says expected: String, never jargon: String) {
        #expect { try XLIFFReader().read(Array(xml.utf8), file: "t.xlf") } throws: { error in
            let message = (error as? XLIFFError)?.description ?? ""
            return message.hasPrefix("t.xlf") && message.components(separatedBy: expected).count == 2 && !message.contains(jargon)
        }
    }

    /// A file that is not well-formed XML: the place is typed, where libxml2 stopped (its
    /// `line` and column `int2`), and the file is the name given, never the place written into it.
    @Test(arguments: [
        // Broken tag, truncated file, undeclared entity, content after the root, an entity
        // error under a DOCTYPE (the reader adds its hint to the message, not to the place).
        ("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n  <file>\n    <body></bdy>\n  </file>\n</xliff>\n",
         4, 17, "Opening and ending tag mismatch: body line 4 and bdy"),
        ("<xliff version=\"1.2\">\n<file>\n<body>", 3, 7, "Premature end of data in tag body line 3"),
        ("<xliff version=\"1.2\">\n  <file>R &bogus; D</file>\n</xliff>\n", 2, 18, "Entity 'bogus' not defined"),
        ("<xliff version=\"1.2\"><file>a</file></xliff>\n<extra/>\n", 2, 1, "Extra content at the end of the document"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY co \"Co\">]>\n<xliff version=\"1.2\">\n  <file>&nope;</file>\n</xliff>\n",
         4, 15, "Entity 'nope' not defined — the file has a DOCTYPE declaring entities"),
    ])
    func malformedXMLIsPlacedByTheParser(_ xml: String, line: Int, column: Int, message: String) throws {
        let bytes = Array(xml.utf8)
        // A name that looks like a place itself: it must come back unchanged.
        let file = "returned/a:1:2.xlf"
        let error = try #require(throws: XLIFFError.self) { try XLIFFReader().read(bytes, file: file) }
        #expect(error.file == file)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.unit == nil)
        #expect(error.message.hasPrefix(message))
        // The same place libxml2 gave the interop layer.
        let parsed = try #require(throws: XMLError.self) { try MarkupParser.parseXML(bytes, file: file, rejectDoctype: true) }
        #expect((error.line, error.column) == (parsed.line, parsed.column))

        let diagnostic = error.diagnostic
        #expect(diagnostic.file == file)
        #expect(diagnostic.line == line)
        #expect(diagnostic.column == column)
        #expect(diagnostic.unit == nil)
        #expect(diagnostic.kind == .xliff)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == error.message)
        #expect(error.description == "\(file):\(line):\(column): \(error.message)")
    }

    /// Refusals that are about the whole file, not a place in it, have no line.
    @Test(arguments: [
        ("<!DOCTYPE xliff>\n<xliff version=\"1.2\"/>", "the document has a DOCTYPE"),
        ("", "not an XLIFF file: it is plain text"),
        ("plain words, not XML", "not an XLIFF file: it is plain text"),
        ("<html><body><p>a<br></p></body></html>", "not an XLIFF file: it is an HTML page"),
    ])
    func refusalsOfTheWholeFileHaveNoLine(_ text: String, message: String) throws {
        let error = try #require(throws: XLIFFError.self) { try XLIFFReader().read(Array(text.utf8), file: "t.xlf") }
        #expect(error.diagnostic.file == "t.xlf")
        #expect(error.diagnostic.line == nil)
        #expect(error.diagnostic.column == nil)
        #expect(error.diagnostic.kind == .xliff)
        #expect(error.message.hasPrefix(message))
    }

    /// Real files from other tools and the XLIFF TC: read without a crash; units are listed
    /// even when the file is (rightly) not Diglot's.
    @Test(.enabled(if: TestScope.fullWithShared("xliff-samples"))) func readsEveryCollectedSampleWithoutCrashing() throws {
        let folder = try #require(PackageRoot.shared("xliff-samples"))
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        var read = 0
        var refused = 0
        for case let url as URL in enumerator where ["xlf", "xliff", "sdlxliff", "xml"].contains(url.pathExtension.lowercased()) {
            let bytes = Array(try Data(contentsOf: url))
            do {
                let imported = try XLIFFReader().read(bytes, file: url.lastPathComponent)
                #expect(imported.skeleton == nil)
                let verified = ImportVerifier().verify(imported)
                #expect(!verified.errors.isEmpty)
                read += 1
            } catch {
                #expect(!error.description.isEmpty)
                refused += 1
            }
        }
        #expect(read > 20)
    }
}

@Suite struct ImportedXLIFFTranslationsTests {
    @Test func giveTheSameTranslationsAsTheVerifier() throws {
        for xml in [try ImportTestSupport.translated12(), try ImportTestSupport.translated21()] {
            let imported = try XLIFFReader().read(Array(xml.utf8), file: "a.xlf")
            #expect(imported.translations == ImportVerifier().verify(imported).translations)
            #expect(imported.translations.count == 5)
        }
    }
}
