import Foundation
import Testing
@testable import DiglotKit

@Suite struct XLIFF12WriterTests {
    private func write(_ testCase: XLIFFWriterCase) throws -> [UInt8] {
        try XLIFF12Writer().write(testCase.document, options: testCase.options)
    }

    private func parse(_ bytes: [UInt8]) throws -> MarkupElement {
        try MarkupParser.parseXML(bytes, file: "test.xlf", rejectDoctype: true)
    }

    private func units(_ root: MarkupElement) throws -> [MarkupElement] {
        let file = try #require(root.firstElement("file"))
        return try #require(file.firstElement("body")).elements("trans-unit")
    }

    @Test(arguments: XLIFFWriterCase.all)
    func matchesGoldenFile(_ testCase: XLIFFWriterCase) throws {
        try GoldenFile.check(try write(testCase), named: testCase.name + "-1.2.xlf")
    }

    @Test(arguments: XLIFFWriterCase.all)
    func isByteReproducible(_ testCase: XLIFFWriterCase) throws {
        #expect(try write(testCase) == write(testCase))
    }

    @Test func oneUnitPerTranslatableBlockInOrder() throws {
        let document = XLIFFTestDocuments.chinese()
        let units = try units(parse(try write(XLIFFWriterCase.all[0])))
        #expect(units.map { $0.attribute("id") } == document.translatableBlocks.map(\.id.rawValue))
        #expect(units.first?.attribute("restype") == "x-title")
        for (unit, block) in zip(units, document.translatableBlocks) {
            #expect(unit.attribute("extradata") == "diglot-fp:" + block.sourceFingerprint.hex)
            let source = try #require(unit.firstElement("source"))
            #expect(source.textContent == XMLWriter.clean(block.plainText))
            #expect(unit.firstElement("target") == nil)
            #expect(unit.firstElement("seg-source") == nil)
        }
    }

    @Test func headerCarriesMetadataToolAndSkeleton() throws {
        let root = try parse(try write(XLIFFWriterCase.all[0]))
        let file = try #require(root.firstElement("file"))
        #expect(file.attribute("source-language") == "zh-Hans")
        #expect(file.attribute("target-language") == "en")
        #expect(file.attribute("datatype") == "html")
        #expect(file.attribute("date") == "2023-07-07T21:45:03Z")
        #expect(file.attribute("original") == "https://example.com/news/kerry?id=1&lang=zh")
        let header = try #require(file.firstElement("header"))
        let notes = Dictionary(uniqueKeysWithValues: header.elements("note").map { ($0.attribute("from") ?? "", $0.textContent) })
        #expect(notes["diglot:title"] == "克里与中方会谈 & 甲烷")
        #expect(notes["diglot:url"] == "https://example.com/news/kerry?id=1&lang=zh")
        #expect(notes["diglot:published"] == "2023-07-07T21:45:03Z")
        #expect(notes["diglot:outlet"] == "示例新闻")
        #expect(header.firstElement("tool")?.attribute("tool-version") == "test")
        let internalFile = try #require(header.firstElement("skl")?.firstElement("internal-file"))
        #expect(internalFile.attribute("form") == "base64")
        let skeleton = try XLIFFSkeleton.decode(internalFile.textContent)
        #expect(skeleton.document == XLIFFTestDocuments.chinese())
    }

    @Test func inlineCodesBecomeGAndX() throws {
        let bytes = try write(XLIFFWriterCase.all[0])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"<g id="1" ctype="link"><mrk mtype="term" comment="AFP">法新社</mrk></g>"#))
        #expect(text.contains(#"<g id="2" ctype="bold">"#))
        #expect(text.contains(#"第一行<x id="1" ctype="lb"/>第二行"#))
        #expect(text.contains(#"<g id="1" ctype="x-sup">2</g> and <x id="2" ctype="image"/>"#))
        #expect(!text.contains("<bx") && !text.contains("<ex"))
    }

    @Test func glossaryHitsAreMarkedAndListed() throws {
        let units = try units(parse(try write(XLIFFWriterCase.all[0])))
        let paragraph = units[1]
        let source = try #require(paragraph.firstElement("source"))
        func terms(_ element: MarkupElement) -> [String] {
            element.elements().flatMap { child in
                (child.name == "mrk" && child.attribute("mtype") == "term" ? [child.textContent] : []) + terms(child)
            }
        }
        #expect(terms(source) == ["法新社", "克里", "甲烷", "克里"])
        let note = try #require(paragraph.elements("note").first { $0.attribute("from") == "glossary" })
        #expect(note.textContent == "法新社 → AFP (org)\n克里 → John Kerry (person; US climate envoy)\n甲烷 → methane (not: marsh gas)")
    }

    @Test func sentencesGoToSegSourceWithIsolatedCodes() throws {
        let text = String(decoding: try write(XLIFFWriterCase.all[2]), as: UTF8.self)
        #expect(text.contains(#"<seg-source><mrk mtype="seg" mid="1">据"#))
        #expect(text.contains(#"<bx id="2" rid="2" ctype="bold"/>"#))
        #expect(text.contains(#"说<ex id="2" rid="2"/>会谈"#))
        // The unsegmented source keeps the pair as one <g>.
        #expect(text.contains(#"报道，<g id="2" ctype="bold">"#))
    }

    @Test func whitespaceBetweenSentencesStaysOutsideSegments() throws {
        let text = String(decoding: try write(XLIFFWriterCase.all[4]), as: UTF8.self)
        #expect(text.contains(#"Chinese officials.</mrk> <mrk mtype="seg" mid="2">They talked<ex id="1" rid="1"/> for 3.5 hours.</mrk>"#))
    }

    @Test func copySourceWritesTargetsWithoutTermMarkers() throws {
        let units = try units(parse(try write(XLIFFWriterCase.all[3])))
        for unit in units {
            let target = try #require(unit.firstElement("target"))
            #expect(target.attribute("state") == "needs-translation")
            #expect(target.attribute("xml:lang") == "en")
            #expect(target.textContent == unit.firstElement("source")?.textContent)
            #expect(target.elements("mrk").allSatisfy { $0.attribute("mtype") == "seg" })
            #expect(target.elements("mrk").count == unit.firstElement("seg-source")?.elements("mrk").count)
        }
    }

    @Test func mixedContentGetsNoIndentation() throws {
        let text = String(decoding: try write(XLIFFWriterCase.all[3]), as: UTF8.self)
        for line in text.split(separator: "\n") where line.contains("<source>") || line.contains("<seg-source>") || line.contains("<target ") {
            #expect(line.hasSuffix("</source>") || line.hasSuffix("</seg-source>") || line.hasSuffix("</target>"),
                    "mixed content broken over lines: \(line.prefix(120))")
        }
    }

    @Test(.enabled(if: TestScope.referee)) func translateToolkitRoundTripKeepsCodesAndValidity() throws {
        let directory = try Referee.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.xlf")
        let output = directory.appendingPathComponent("out.xlf")
        let document = XLIFFTestDocuments.chinese()
        try Data(try write(XLIFFWriterCase.all[0])).write(to: input)
        let fill = try #require(try Referee.run("tt-fill", [input.path, output.path]))
        #expect(fill.status == 0, "\(fill.output)")
        let check = try #require(try Referee.run("check-xliff", [output.path]))
        #expect(check.status == 0, "\(check.output)")

        let filled = [UInt8](try Data(contentsOf: output))
        let units = try units(parse(filled))
        #expect(units.map { $0.attribute("id") } == document.translatableBlocks.map(\.id.rawValue))
        for unit in units {
            let target = try #require(unit.firstElement("target"))
            let source = try #require(unit.firstElement("source"))
            #expect(target.textContent == "[译] " + source.textContent)
            func codes(_ element: MarkupElement) -> [String] {
                element.elements().flatMap { child in
                    (["g", "x", "bx", "ex"].contains(child.name) ? [child.name + (child.attribute("id") ?? "")] : []) + codes(child)
                }
            }
            #expect(codes(target) == codes(source))
        }
        // The skeleton survives the tool.
        #expect(try XLIFFSkeleton.extract(fromXLIFF: filled, file: "out.xlf").document == document)
    }
}
