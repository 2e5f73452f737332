import Foundation
import Testing
@testable import DiglotKit

/// Files tampered with by hand: each must be refused with a message naming the problem.
@Suite struct ImportVerifierTests {
    typealias Support = ImportTestSupport

    private func errors(_ xml: String) throws -> [String] {
        try Support.verify(xml).errors.map(\.description)
    }

    @Test func acceptsAnUntamperedFile() throws {
        #expect(try errors(try Support.translated12()).isEmpty)
        #expect(try errors(try Support.translated21()).isEmpty)
    }

    @Test func refusesAnEditedSource() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "<source>第一行", with: "<source>第1行")
        let found = try errors(xml)
        #expect(found.count == 1)
        #expect(found.first?.contains("unit \(Support.heading): the source text was changed") == true)
    }

    @Test func refusesAnEditedSource2() throws {
        let xml = try Support.translated21().replacingOccurrences(of: "在北京</source>", with: "在上海</source>")
        #expect(try errors(xml).contains { $0.contains("unit \(Support.image)") && $0.contains("source text was changed") })
    }

    @Test func refusesAChangedFingerprint() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "extradata=\"diglot-fp:", with: "extradata=\"diglot-fp:0")
        #expect(try errors(xml).contains { $0.contains("fingerprint") })
    }

    /// The JSON skeletons of the first exports store each unit's fingerprint beside its text:
    /// a payload whose two disagree was damaged and is refused.
    @Test func refusesAJSONSkeletonWhoseFingerprintsDisagreeWithItsText() throws {
        var imported = try XLIFFReader().read(Array(try Support.translated12().utf8), file: "returned.xlf")
        var skeleton = try #require(imported.skeleton)
        skeleton.version = XLIFFSkeleton.jsonVersion
        skeleton.fingerprints[Support.heading] = "0123456789abcdef"
        imported.skeleton = skeleton
        let found = ImportVerifier().verify(imported).errors.map(\.description)
        #expect(found.contains { $0.contains("unit \(Support.heading)") && $0.contains("the skeleton is damaged") })
    }

    @Test func refusesADeletedUnit() throws {
        var xml = try Support.translated12()
        let start = try #require(xml.range(of: "<trans-unit id=\"\(Support.image)\""))
        let end = try #require(xml.range(of: "</trans-unit>", range: start.upperBound..<xml.endIndex))
        xml.removeSubrange(start.lowerBound..<end.upperBound)
        let found = try errors(xml)
        #expect(found == ["returned.xlf: unit \(Support.image): missing unit: it was exported but is not in the file (\"克里在北京\"); restore it from the exported file"])
    }

    @Test func refusesADuplicatedUnit() throws {
        var xml = try Support.translated21()
        let start = try #require(xml.range(of: "<unit id=\"\(Support.heading)\""))
        let end = try #require(xml.range(of: "</unit>", range: start.upperBound..<xml.endIndex))
        let unit = String(xml[start.lowerBound..<end.upperBound])
        xml.insert(contentsOf: unit, at: end.upperBound)
        #expect(try errors(xml).contains { $0.contains("unit \(Support.heading): the unit appears twice") })
    }

    @Test func refusesAnUnknownUnit() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "id=\"\(Support.image)\"", with: "id=\"img-00000000\"")
        let found = try errors(xml)
        #expect(found.contains { $0.contains("unit img-00000000: unknown unit") })
        #expect(found.contains { $0.contains("unit \(Support.image): missing unit") })
    }

    @Test func refusesAnInventedPlaceholder() throws {
        let xml = Support.replacingTarget12(of: Support.heading, with: "<target>Line one<x id=\"1\"/>line <x id=\"9\"/>two</target>",
                                            in: try Support.translated12())
        #expect(try errors(xml).contains { $0.contains("unit \(Support.heading): target: code 9 is not in the source") })
    }

    @Test func refusesABrokenPair() throws {
        let xml = Support.replacingTarget12(of: Support.listItem, with: "<target>Texte avec <bx id=\"1\"/>2 et <x id=\"2\"/> onglet.</target>",
                                            in: try Support.translated12())
        #expect(try errors(xml).contains { $0.contains("unit \(Support.listItem)") && $0.contains("restore the missing half") })
    }

    @Test func refusesAnEndBeforeItsStart() throws {
        let target = "<target><mrk mtype=\"seg\" mid=\"1\">According to <g id=\"1\">AFP</g>, <ex id=\"2\" rid=\"2\"/>Kerry said.</mrk> "
            + "<mrk mtype=\"seg\" mid=\"2\">Talks<bx id=\"2\" rid=\"2\"/> were fruitful.</mrk></target>"
        let xml = Support.replacingTarget12(of: Support.paragraph, with: target, in: try Support.translated12())
        #expect(try errors(xml).contains { $0.contains("unit \(Support.paragraph)") && $0.contains("comes before its start") })
    }

    @Test func refusesAPairWrittenAsPlaceholder() throws {
        let xml = Support.replacingTarget12(of: Support.listItem, with: "<target>Texte avec <x id=\"1\"/>2 et <x id=\"2\"/> onglet.</target>",
                                            in: try Support.translated12())
        #expect(try errors(xml).contains { $0.contains("standalone placeholder") })
    }

    @Test func mergesWithAMissingCodeButReportsIt() throws {
        let xml = Support.replacingTarget12(of: Support.heading, with: "<target>Line one line two</target>", in: try Support.translated12())
        let verified = try Support.verify(xml)
        #expect(verified.errors.isEmpty)
        #expect(verified.codeProblems[UnitID(rawValue: Support.heading)]?.first?.kind == .missing)
    }

    @Test func refusesAnotherTargetLanguage() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "target-language=\"en\"", with: "target-language=\"fr\"")
        #expect(try errors(xml).contains { $0.contains("target language is fr") && $0.contains("exported for translation into en") })
        let xml2 = try Support.translated21().replacingOccurrences(of: "trgLang=\"en\"", with: "trgLang=\"de-DE\"")
        #expect(try errors(xml2).contains { $0.contains("target language is de-DE") })
        let regional = try Support.translated12().replacingOccurrences(of: "target-language=\"en\"", with: "target-language=\"en-GB\"")
        #expect(try errors(regional).isEmpty)
    }

    @Test func refusesAFileNotExportedByDiglot() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "<internal-file form=\"base64\">", with: "<internal-file form=\"base64\">QUJD")
        #expect(try errors(xml).first?.contains("not a file exported by Diglot") == true)
        var stripped = try Support.translated21()
        let start = try #require(stripped.range(of: "<skeleton>"))
        let end = try #require(stripped.range(of: "</skeleton>"))
        stripped.removeSubrange(start.lowerBound..<end.upperBound)
        #expect(try errors(stripped).first?.contains("no Diglot skeleton found") == true)
    }

    @Test func reportsMalformedXMLWithItsPosition() throws {
        let xml = try Support.translated12().replacingOccurrences(of: "</target>", with: "</targte>")
        let error = try #require(throws: XLIFFError.self) { try XLIFFReader().read(Array(xml.utf8), file: "bad.xlf") }
        // The position is typed, on the line of the first broken end tag; the file is its name.
        let brokenLine = try #require(xml.components(separatedBy: "\n").firstIndex { $0.contains("</targte>") }) + 1
        let column = try #require(error.column)
        #expect(error.file == "bad.xlf")
        #expect(error.line == brokenLine)
        #expect(error.diagnostic.line == brokenLine && error.diagnostic.column == column)
        #expect(error.description.hasPrefix("bad.xlf:\(brokenLine):\(column): Opening and ending tag mismatch"))
    }

    @Test(arguments: [
        ("<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
        ("<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>", "&d;"),
        ("<!DOCTYPE xliff SYSTEM \"http://example.com/xliff.dtd\">", ""),
    ])
    func refusesEntityAttacks(doctype: String, reference: String) throws {
        var xml = try Support.translated12()
        xml = xml.replacingOccurrences(of: "?>\n<xliff", with: "?>\n\(doctype)\n<xliff")
        xml = Support.replacingTarget12(of: Support.title, with: "<target>\(reference)</target>", in: xml)
        #expect {
            _ = try XLIFFReader().read(Array(xml.utf8), file: "attack.xlf")
        } throws: { error in
            (error as? XLIFFError)?.message.contains("DOCTYPE") == true
        }
    }

    @Test func crossChecksAgainstTheOriginal() throws {
        let imported = try XLIFFReader().read(Array(try Support.translated12().utf8), file: "a.xlf")
        #expect(ImportVerifier().verify(imported, against: [XLIFFTestDocuments.chinese()]).errors.isEmpty)
        var other = XLIFFTestDocuments.chinese()
        other.blocks[3].segments = [Segment(runs: [.text("另一行")])]
        var allocator = UnitIDAllocator()
        other.blocks = other.blocks.map { block in
            var copy = block
            copy.id = allocator.next(role: block.role, text: block.plainText)
            return copy
        }
        let errors = ImportVerifier().verify(imported, against: [other], originalName: "article.html").errors.map(\.description)
        #expect(errors.contains { $0.contains("unit \(Support.heading): the unit is not in article.html") })
        #expect(errors.contains { $0.contains("article.html has this unit but the file does not") })
    }

    /// The excerpt stops collapsing at 40 Characters; it must match collapsing the whole text.
    @Test func excerptIsTheFirstFortyCharactersOfTheCollapsedText() {
        let reference = { (text: String) -> String in
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
        }
        var texts = ["", "   ", "短", "  克里 \n\t在\u{3000}北京  ", String(repeating: "克里在北京。", count: 20),
                     String(repeating: "a", count: 39) + " b", String(repeating: "a", count: 40) + " b",
                     String(repeating: "a", count: 40) + "  ", String(repeating: "a", count: 41), "e\u{301} " + String(repeating: "x ", count: 30)]
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "克", " ", "\n", "\u{A0}", "e\u{301}", "bc", "\u{3000}"]
        for _ in 0..<500 {
            texts.append((0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(ImportVerifier.excerpt(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// The scalar walk (taken when every scalar read is a whole Character) gives what the
    /// Character walk gives, also next to scalars that join their neighbours.
    @Test func excerptScalarWalkAgreesWithTheCharacterWalk() {
        let simple = ["a", "克", " ", "\n", "\u{A0}", "bc", "\u{3000}", "가", "。", "x"]
        let joining = ["e\u{301}", "\u{301}", "\r\n", "\r", "\u{1100}", "\u{1161}", "\u{2028}", "\u{202F}", "\u{85}", "\u{FE0F}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            // Mostly whole Characters, a joining scalar now and then (anywhere in the text).
            let text = (0..<Int.random(in: 0...70, using: &generator)).map { _ in
                Int.random(in: 0..<40, using: &generator) == 0 ? joining.randomElement(using: &generator)! : simple.randomElement(using: &generator)!
            }.joined()
            #expect(ImportVerifier.excerpt(text) == ImportVerifier.characterExcerpt(text), "\(text.debugDescription)")
        }
    }

    @Test func sameLanguageComparesPrimaryLanguageAndScript() {
        #expect(ImportVerifier.sameLanguage("zh-Hans", "zh-Hans"))
        #expect(ImportVerifier.sameLanguage("zh-hans-CN", "zh-Hans"))
        #expect(ImportVerifier.sameLanguage("zh", "zh-Hans"), "no script on one side")
        #expect(!ImportVerifier.sameLanguage("zh-Hant", "zh-Hans"))
        #expect(!ImportVerifier.sameLanguage("en", "zh-Hans"))
        #expect(!ImportVerifier.sameLanguage("not a tag", "en"))
    }
}
