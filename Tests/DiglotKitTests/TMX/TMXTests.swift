import Foundation
import Testing
@testable import DiglotKit

@Suite struct TMXTests {
    typealias Support = ImportTestSupport

    /// The Chinese test article, merged from a translated XLIFF 1.2.
    private func merged() throws -> TranslatedDocument {
        try Merger().merge(try Support.verify(try Support.translated12())).translated
    }

    @Test func writesTMX14WithCodesAsOriginalMarkup() throws {
        let bytes = try TMXWriter().write([try merged()])
        let root = try MarkupParser.parseXML(bytes, file: "m.tmx", rejectDoctype: true)
        #expect(root.name == "tmx" && root.attribute("version") == "1.4")
        let header = try #require(root.firstElement("header"))
        for name in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
            #expect(header.attribute(name) != nil, "\(name)")
        }
        #expect(header.attribute("segtype") == "sentence" && header.attribute("srclang") == "zh-Hans")
        let units = try #require(root.firstElement("body")).elements("tu")
        // Title, two sentences of the paragraph, heading, image, list item.
        #expect(units.map { $0.attribute("tuid") ?? "" } == [Support.title, Support.paragraph + "/s1", Support.paragraph + "/s2",
                                                            Support.heading, Support.image, Support.listItem])
        let first = try #require(units.first { $0.attribute("tuid") == Support.paragraph + "/s1" })
        let variants = first.elements("tuv")
        #expect(variants.map { $0.attribute("xml:lang") } == ["zh-Hans", "en"])
        let target = try #require(variants.last?.firstElement("seg"))
        #expect(target.textContent.hasPrefix("According to <a href=\"https://www.afp.com/?a=1&amp;b=&quot;2&quot;\">AFP</a>, <strong>John Kerry"))
        #expect(target.elements().map(\.name) == ["bpt", "ept", "it"])
        let heading = try #require(units.first { $0.attribute("tuid") == Support.heading })
        #expect(heading.elements("tuv").last?.firstElement("seg")?.firstElement("ph")?.textContent == "<br/>")
    }

    @Test func everyTranslatedCharacterReachesTheMemory() throws {
        let translated = try merged()
        let root = try MarkupParser.parseXML(try TMXWriter().write([translated]), file: "m.tmx", rejectDoctype: true)
        var targets = ""
        for unit in root.firstElement("body")?.elements("tu") ?? [] {
            let seg = unit.elements("tuv").last?.firstElement("seg")
            targets += seg.map { TMXReader.tokens(of: $0) }.map(XLIFFInlineToken.plainText) ?? ""
        }
        for translation in translated.translations.values {
            for segment in translation.segments {
                let text = Segment(runs: segment).plainText.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { #expect(targets.contains(text), "\(text)") }
            }
        }
    }

    @Test func isDeterministicAndWritesEachPairOnce() throws {
        let translated = try merged()
        let once = try TMXWriter().write([translated])
        let twice = try TMXWriter().write([translated, translated])
        #expect(once == twice)
    }

    @Test func memoryRoundTripPrefillsExactMatchesForReview() throws {
        let memory = try TMXReader().read(try TMXWriter().write([try merged()]), file: "m.tmx").memory
        #expect(memory.count == 6)
        let document = Support.document()
        let prefill = memory.prefill(for: document, targetLanguage: "en")
        #expect(Set(prefill.keys.map(\.rawValue)) == [Support.title, Support.paragraph, Support.heading, Support.image, Support.listItem])
        #expect(prefill.values.allSatisfy { $0.status == .needsReview })
        let paragraph = try #require(prefill[UnitID(rawValue: Support.paragraph)])
        #expect(paragraph.segments.count == 2)
        #expect(paragraph.runs.contains(.open(XLIFFTestDocuments.link(1, "https://www.afp.com/?a=1&b=\"2\""))))
        // Another language pair gets nothing.
        #expect(memory.prefill(for: document, targetLanguage: "fr").isEmpty)
    }

    @Test func readsOtherToolsTMX() throws {
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="zh-CN"><seg>第一行<ph x="1">&lt;br&gt;</ph>第二行</seg></tuv>
                <tuv xml:lang="en-US"><seg>Line 1<ph x="1">&lt;br/&gt;</ph>line 2</seg></tuv></tu>
            <tu><tuv lang="ZH-CN"><seg>克里在北京</seg></tuv><tuv lang="EN"><seg><hi type="b">Kerry</hi> in Beijing</seg></tuv></tu>
            </body></tmx>
            """
        let memory = try TMXReader().read(Array(tmx.utf8), file: "other.tmx").memory
        let prefill = memory.prefill(for: Support.document(), targetLanguage: "en")
        let lineBreak = InlineCode(id: 1, kind: .lineBreak, element: "br")
        #expect(prefill[UnitID(rawValue: Support.heading)]?.runs == [.text("Line 1"), .placeholder(lineBreak), .text("line 2")])
        #expect(prefill[UnitID(rawValue: Support.image)]?.plainText == "Kerry in Beijing")
    }

    @Test func needsTheSameCodesForAnExactMatch() throws {
        let tmx = """
            <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-Hans" datatype="html"/>
            <body><tu><tuv xml:lang="zh-Hans"><seg>第一行第二行</seg></tuv><tuv xml:lang="en"><seg>Lines</seg></tuv></tu></body></tmx>
            """
        let memory = try TMXReader().read(Array(tmx.utf8), file: "m.tmx").memory
        #expect(memory.prefill(for: Support.document(), targetLanguage: "en").isEmpty)
    }

    @Test func namesEveryUnitItCannotUse() throws {
        let tmx = """
            <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-Hans" datatype="html"/>
            <body>
            <tu><tuv xml:lang="zh-Hans"><seg>第一行</seg></tuv><tuv xml:lang="en"><seg>Line 1</seg></tuv></tu>
            <tu><tuv><seg>无语言</seg></tuv><tuv xml:lang="en"><seg>No language</seg></tuv></tu>
            <tu><tuv xml:lang="zh-Hans"><seg>坏标签</seg></tuv><tuv xml:lang="e n"><seg>Bad tag</seg></tuv></tu>
            <tu><tuv xml:lang="zh-Hans"><seg>无段</seg></tuv><tuv xml:lang="en"></tuv></tu>
            <tu srclang="fr"><tuv xml:lang="zh-Hans"><seg>法语</seg></tuv><tuv xml:lang="en"><seg>French</seg></tuv></tu>
            <tu><tuv xml:lang="zh-Hans"><seg>只有原文</seg></tuv></tu>
            </body></tmx>
            """
        let contents = try TMXReader().read(Array(tmx.utf8), file: "m.tmx")
        #expect(contents.skipped.map(\.description) == [
            "m.tmx:4: <tuv> has no xml:lang; skipped",
            "m.tmx:5: <tuv xml:lang=\"e n\"> is not a language tag; skipped",
            "m.tmx:6: <tuv> has no <seg>; skipped",
            "m.tmx:7: <tu> has no variant in its source language fr; skipped",
        ])
        // The usable pairs are still read: the whole first unit, and the Chinese sides of the
        // units that lost only their English variant carry no translation.
        #expect(contents.memory.match([.text("第一行")], from: "zh-Hans", to: "en") == [.text("Line 1")])
        #expect(contents.memory.match([.text("法语")], from: "zh-Hans", to: "en") == nil)
    }

    @Test func refusesWhatIsNotTMX() {
        #expect(throws: XMLError.self) { try TMXReader().read(Array("<xliff/>".utf8), file: "x") }
    }
}

@Suite struct XLIFFPrefillTests {
    typealias Support = ImportTestSupport

    private func prefill() throws -> [UnitID: Translation] {
        let merged = try Merger().merge(try Support.verify(try Support.translated12())).translated
        return try TMXReader().read(try TMXWriter().write([merged]), file: "m.tmx").memory.prefill(for: Support.document(), targetLanguage: "en")
    }

    @Test func marksPrefilledTargetsForReviewIn12() throws {
        let options = XLIFFWriterOptions(targetLanguage: "en", prefill: try prefill())
        let xml = String(decoding: try XLIFF12Writer().write(Support.document(), options: options), as: UTF8.self)
        #expect(xml.components(separatedBy: "state=\"needs-review-translation\" state-qualifier=\"exact-match\"").count == 6)
        #expect(!xml.contains("state=\"final\"") && !xml.contains("approved=\"yes\""))
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "p.xlf")
        #expect(imported.units.allSatisfy { $0.status == .needsReview })
        let verified = ImportVerifier().verify(imported)
        #expect(verified.errors.isEmpty)
        #expect(try Support.texts(verified) == Support.expectedText)
    }

    @Test func marksPrefilledSegmentsForReviewIn21() throws {
        let options = XLIFFWriterOptions(targetLanguage: "en", prefill: try prefill())
        let xml = String(decoding: try XLIFF21Writer().write(Support.document(), options: options), as: UTF8.self)
        #expect(xml.contains("subState=\"\(XLIFFPrefill.exactMatchSubState)\""))
        #expect(!xml.contains("state=\"final\"") && !xml.contains("state=\"reviewed\""))
        let imported = try XLIFFReader().read(Array(xml.utf8), file: "p.xlf")
        #expect(imported.units.allSatisfy { $0.status == .needsReview })
        #expect(ImportVerifier().verify(imported).errors.isEmpty)
    }

    @Test func withoutPrefillTheBytesAreUnchanged() throws {
        let document = Support.document()
        let plain = try XLIFF12Writer().write(document, options: XLIFFWriterOptions(targetLanguage: "en"))
        let empty = try XLIFF12Writer().write(document, options: XLIFFWriterOptions(targetLanguage: "en", prefill: [:]))
        #expect(plain == empty)
    }

    /// Prefilled files of both versions validate against the OASIS schemas (the referee).
    @Test(.enabled(if: TestScope.referee), arguments: [true, false])
    func prefilledFilesValidate(version12: Bool) throws {
        let options = XLIFFWriterOptions(targetLanguage: "en", prefill: try prefill())
        let bytes = version12 ? try XLIFF12Writer().write(Support.document(), options: options)
                              : try XLIFF21Writer().write(Support.document(), options: options)
        try validate(String(decoding: bytes, as: UTF8.self), name: version12 ? "prefill-1.2.xlf" : "prefill-2.1.xlf")
    }

    private func validate(_ xml: String, name: String) throws {
        let referee = try #require(Referee.available)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(Array(xml.utf8), to: name)
        let check = try referee.run("check-xliff", [file.path])
        #expect(check.status == 0, "\(check.output)")
    }
}
