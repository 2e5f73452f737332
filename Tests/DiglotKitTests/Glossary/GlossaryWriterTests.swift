import Testing
@testable import DiglotKit

@Suite struct GlossaryWriterTests {
    private static let entries = [
        GlossaryEntry(source: "克里", target: "John Kerry", type: .person, note: "US climate envoy; \"Kerry\" later",
                      forbidden: ["John Kerrey", "J. Kerry"]),
        GlossaryEntry(source: "克里斯", target: "", type: .exclude, note: "not Kerry"),
        GlossaryEntry(source: "AP", target: "美联社", type: .org, caseSensitive: true),
        GlossaryEntry(source: "一国两制", target: "\"one country, two systems\"", note: "a, b & <c>"),
        GlossaryEntry(source: "甲烷", target: "methane"),
    ]

    private func roundTrip(_ entries: [GlossaryEntry], through format: GlossaryFormat) throws -> GlossaryFile {
        let bytes = try GlossaryWriter.write(entries, sourceLanguage: "zh", targetLanguage: "en", format: format)
        let file = GlossaryFile.parse(bytes, name: "out.\(format.rawValue)")
        #expect(file.format == format)
        #expect(file.errors.isEmpty, "\(file.errors)")
        #expect(file.warnings.isEmpty, "\(file.warnings)")
        return file
    }

    @Test(arguments: GlossaryFormat.allCases)
    func everyFormatKeepsEveryField(format: GlossaryFormat) throws {
        let file = try roundTrip(Self.entries, through: format)
        #expect(file.records.map(\.entry) == Self.entries)
        #expect(file.sourceLanguage == "zh")
        #expect(file.targetLanguage == "en")
    }

    @Test(arguments: GlossaryFormat.allCases)
    func alternativesSurviveEveryFormat(format: GlossaryFormat) throws {
        let entry = GlossaryEntry(source: "人民币", target: "renminbi | yuan", forbidden: ["Chinese dollar"])
        let file = try roundTrip([entry], through: format)
        #expect(file.records.map(\.entry) == [entry])
        #expect(file.records.first?.entry.translations == ["renminbi", "yuan"])
    }

    @Test func tbxAlternativesAreAdmittedTermsAfterThePreferredOne() throws {
        let entry = GlossaryEntry(source: "人民币", target: "renminbi|yuan")
        let bytes = try GlossaryWriter.write([entry], sourceLanguage: "zh", targetLanguage: "en", format: .tbx)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<term>renminbi</term>"))
        #expect(text.contains("<term>yuan</term>"))
        #expect(text.contains("admittedTerm-admn-sts"))
        let back = GlossaryFile.parse(bytes, name: "out.tbx")
        #expect(back.records.first?.entry.target == "renminbi | yuan")
    }

    @Test func tsvToTBXToTSVIsIdentical() throws {
        let original = try GlossaryFixtures.bytes("names.tsv")
        let tsv = GlossaryFile.parse(original, name: "names.tsv")
        let tbx = GlossaryFile.parse(try GlossaryWriter.write(tsv, format: .tbx), name: "names.tbx")
        let back = try GlossaryWriter.write(tbx, format: .tsv)
        #expect(tbx.records.map(\.entry) == tsv.records.map(\.entry))
        #expect(back == original)
    }

    @Test func csvToTBXToCSVKeepsEntries() throws {
        let csv = try GlossaryFixtures.file("names.csv")
        let tbx = GlossaryFile.parse(try GlossaryWriter.write(csv, format: .tbx), name: "names.tbx")
        let back = GlossaryFile.parse(try GlossaryWriter.write(tbx, format: .csv), name: "back.csv")
        #expect(back.records.map(\.entry) == csv.records.map(\.entry))
    }

    @Test func shippedGlossariesSurviveTBXRoundTrips() throws {
        for name in ShippedGlossary.fileNames {
            let text = try #require(ShippedGlossary.contents(ofFile: name))
            let tsv = GlossaryFile.parse(Array(text.utf8), name: name)
            let tbx = try roundTrip(tsv.records.map(\.entry), through: .tbx)
            let back = try roundTrip(tbx.records.map(\.entry), through: .tsv)
            #expect(back.records.map(\.entry) == tsv.records.map(\.entry), "\(name)")
        }
    }

    @Test func tbxIsTBXv3Basic() throws {
        let bytes = try GlossaryWriter.write(Self.entries, sourceLanguage: "zh", targetLanguage: "en", format: .tbx)
        let root = try MarkupParser.parseXML(bytes, file: "out.tbx", rejectDoctype: true)
        #expect(root.name == "tbx")
        #expect(root.namespace == "urn:iso:std:iso:30042:ed-2")
        #expect(root.attribute("type") == "TBX-Basic")
        let concepts = try #require(root.firstElement("text")?.firstElement("body")).elements("conceptEntry")
        #expect(concepts.count == Self.entries.count)
        #expect(concepts.map { $0.attribute("id") } == ["c1", "c2", "c3", "c4", "c5"])
        let target = try #require(concepts[0].elements("langSec").last)
        #expect(target.attribute("xml:lang") == "en")
        #expect(target.elements("termSec").count == 3)
    }

    @Test func tsvRefusesFieldsItCannotHold() {
        let entry = GlossaryEntry(source: "克里", target: "John Kerry", note: "line one\nline two")
        #expect(throws: GlossaryError.self) {
            try GlossaryWriter.write([entry], sourceLanguage: nil, targetLanguage: nil, format: .tsv)
        }
        let csv = try? GlossaryWriter.write([entry], sourceLanguage: nil, targetLanguage: nil, format: .csv)
        #expect(csv.map { GlossaryFile.parse($0, name: "x.csv").records.first?.entry } == entry)
    }

    @Test func unknownLanguagesAreWrittenAsUnd() throws {
        let bytes = try GlossaryWriter.write([GlossaryEntry(source: "a", target: "b")], sourceLanguage: nil, targetLanguage: nil, format: .tbx)
        let file = GlossaryFile.parse(bytes, name: "x.tbx")
        #expect(file.records.first?.entry.target == "b")
        #expect(file.sourceLanguage == nil)
        #expect(file.targetLanguage == nil)
        let tsv = try GlossaryWriter.write(file, format: .tsv)
        #expect(String(decoding: tsv, as: UTF8.self).hasPrefix("source\ttarget\t"))
    }

    @Test func tsvRefusesSourcesThatWouldReadAsComments() {
        #expect(throws: GlossaryError.self) {
            try GlossaryWriter.write([GlossaryEntry(source: "# not a comment", target: "x")], sourceLanguage: nil, targetLanguage: nil, format: .tsv)
        }
        let hashtag = try? GlossaryWriter.write([GlossaryEntry(source: "#MeToo", target: "x")], sourceLanguage: nil, targetLanguage: nil, format: .tsv)
        #expect(hashtag.map { GlossaryFile.parse($0, name: "h.tsv").records.map(\.entry.source) } == ["#MeToo"])
    }
}
