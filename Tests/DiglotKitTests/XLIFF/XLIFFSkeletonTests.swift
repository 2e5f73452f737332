import Foundation
import Testing
@testable import DiglotKit

@Suite struct XLIFFSkeletonTests {
    @Test(arguments: [XLIFFTestDocuments.chinese(), XLIFFTestDocuments.chineseSegmented(), XLIFFTestDocuments.englishSegmented()])
    func roundTripsExactly(_ document: Document) throws {
        let skeleton = XLIFFSkeleton(document: document, targetLanguage: "en")
        let decoded = try XLIFFSkeleton.decode(try skeleton.encoded())
        #expect(decoded == skeleton)
        #expect(decoded.document == document)
        #expect(decoded.document.metadata.published == document.metadata.published)
    }

    @Test func recordsFingerprintsOfTranslatableBlocksOnly() {
        let document = XLIFFTestDocuments.chinese()
        let skeleton = XLIFFSkeleton(document: document, targetLanguage: "en")
        #expect(skeleton.fingerprints.count == document.translatableBlocks.count)
        for block in document.translatableBlocks {
            #expect(skeleton.fingerprints[block.id.rawValue] == block.sourceFingerprint.hex)
        }
    }

    @Test func encodingIsDeterministic() throws {
        let document = XLIFFTestDocuments.chinese()
        let first = try XLIFFSkeleton(document: document, targetLanguage: "en").encoded()
        let second = try XLIFFSkeleton(document: document, targetLanguage: "en").encoded()
        #expect(first == second)
    }

    @Test func survivesReindentationAndLineWrapping() throws {
        let skeleton = XLIFFSkeleton(document: XLIFFTestDocuments.chinese(), targetLanguage: "en")
        let payload = try skeleton.encoded()
        var wrapped = "\n        "
        for (index, character) in payload.enumerated() {
            if index > 0 && index % 64 == 0 { wrapped += "\r\n\t  " }
            wrapped.append(character)
        }
        wrapped += "\n      "
        #expect(try XLIFFSkeleton.decode(wrapped) == skeleton)
    }

    @Test(arguments: [
        "not base64 at all!",
        Data("{\"hello\":1}".utf8).base64EncodedString(),
        Data("{\"format\":\"other\",\"version\":1}".utf8).base64EncodedString(),
    ])
    func rejectsForeignOrDamagedPayloads(_ payload: String) {
        #expect(throws: XLIFFError.self) { try XLIFFSkeleton.decode(payload) }
    }

    @Test func rejectsNewerVersions() throws {
        var skeleton = XLIFFSkeleton(document: XLIFFTestDocuments.englishSegmented(), targetLanguage: "zh-Hans")
        skeleton.version = XLIFFSkeleton.currentVersion + 1
        let error = try #require(throws: XLIFFError.self) { try XLIFFSkeleton.decode(try skeleton.encoded()) }
        #expect(error.message.contains("newer"))
    }

    @Test func extractsFromBothXLIFFVersions() throws {
        let document = XLIFFTestDocuments.chineseSegmented()
        let options = XLIFFWriterOptions(targetLanguage: "en", toolVersion: "test")
        let expected = XLIFFSkeleton(document: document, targetLanguage: "en")
        let v12 = try XLIFF12Writer().write(document, options: options)
        let v21 = try XLIFF21Writer().write(document, options: options)
        #expect(try XLIFFSkeleton.extract(fromXLIFF: v12, file: "a.xlf") == expected)
        #expect(try XLIFFSkeleton.extract(fromXLIFF: v21, file: "b.xlf") == expected)
    }

    @Test func extractRejectsFilesWithoutSkeletonOrWithDoctype() {
        let plain = Array(#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" datatype="html"><body/></file></xliff>"#.utf8)
        #expect(throws: XLIFFError.self) { try XLIFFSkeleton.extract(fromXLIFF: plain, file: "plain.xlf") }
        let doctype = Array(#"<!DOCTYPE xliff [<!ENTITY a "b">]><xliff version="1.2"/>"#.utf8)
        #expect(throws: XLIFFError.self) { try XLIFFSkeleton.extract(fromXLIFF: doctype, file: "evil.xlf") }
        #expect(throws: XLIFFError.self) { try XLIFFSkeleton.extract(fromXLIFF: Array("<html/>".utf8), file: "page.html") }
    }

    @Test func extractKeepsTheParsersPlaceOfMalformedXML() throws {
        let broken = Array("<xliff version=\"1.2\">\n  <file></fil>\n</xliff>\n".utf8)
        let error = try #require(throws: XLIFFError.self) { try XLIFFSkeleton.extract(fromXLIFF: broken, file: "export.xlf") }
        #expect(error.diagnostic.file == "export.xlf")
        #expect(error.diagnostic.line == 2)
        #expect(error.diagnostic.column == 15)
        #expect(error.diagnostic.kind == .xliff)
        #expect(error.message == "Opening and ending tag mismatch: file line 2 and fil")
    }
}
