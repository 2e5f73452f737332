import Foundation
import Testing
@testable import DiglotKit

@Suite struct GlossaryFileTests {
    @Test func readsTSVWithAllColumns() throws {
        let file = try GlossaryFixtures.file("names.tsv")
        #expect(file.errors.isEmpty)
        #expect(file.format == .tsv)
        #expect(file.sourceLanguage == LanguageTag("zh"))
        #expect(file.targetLanguage == LanguageTag("en"))
        #expect(file.records.map(\.line) == [2, 3, 4, 5, 6])
        #expect(file.records[0].entry == GlossaryEntry(source: "克里", target: "John Kerry", type: .person,
                                                       note: "US climate envoy", forbidden: ["John Kerrey", "J. Kerry"]))
        #expect(file.records[2].entry == GlossaryEntry(source: "克里斯", target: "", type: .exclude, note: "not Kerry"))
        #expect(file.records[4].entry.caseSensitive)
    }

    @Test func readsCSVWithQuotedFields() throws {
        let file = try GlossaryFixtures.file("names.csv")
        #expect(file.errors.isEmpty)
        #expect(file.format == .csv)
        #expect(file.records.count == 4)
        #expect(file.records[0].entry.note == "US climate envoy, 2021–2024")
        #expect(file.records[0].entry.forbidden == ["John Kerrey", "J. Kerry"])
        #expect(file.records[2].entry.target == "\"one country, two systems\"")
        #expect(file.records[2].entry.note == "multi\nline note")
        // The quoted field spans two physical lines, so the next record starts on line 6.
        #expect(file.records.map(\.line) == [2, 3, 4, 6])
    }

    /// Errors point at the line and the column (in characters, not bytes) of the problem.
    @Test func tsvErrorsGiveLineAndCharacterColumn() {
        let text = "source\ttarget\tnote\n克里\tJohn Kerry\tok\n美国气候\tUS\u{1}climate\tn\n拜登\t\tnote\n"
            + "A\tB\tC\tD\n耶伦\tJanet Yellen\tx\u{7F}\u{2}y\n"
        let file = GlossaryFile.parse(Array(text.utf8), name: "bad.tsv")
        let found = file.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.reason.prefix(20))" }
        #expect(found == [
            "3:8 control character U+",
            "4:4 empty target for '拜登",
            "5:7 4 fields but the hea",
            "6:19 control character U+",
        ])
        #expect(file.records.map(\.entry.source) == ["克里"])
    }

    @Test func readsSemicolonSeparatedCSV() throws {
        let file = GlossaryFile.parse(Array("source;target;type\n克里;John Kerry;person\n".utf8), name: "semi.csv")
        #expect(file.errors.isEmpty)
        #expect(file.records.first?.entry.target == "John Kerry")
    }

    @Test func readsTBXv3() throws {
        let file = try GlossaryFixtures.file("names.tbx")
        #expect(file.format == .tbx)
        #expect(file.errors.isEmpty)
        #expect(file.sourceLanguage == LanguageTag("zh"))
        #expect(file.targetLanguage == LanguageTag("en"))
        let entries = file.records.map(\.entry)
        #expect(entries.map(\.source) == ["克里", "约翰·克里", "甲烷"])
        #expect(entries[0] == GlossaryEntry(source: "克里", target: "John Kerry", type: .person,
                                           note: "US climate envoy", forbidden: ["John Kerrey"]))
        #expect(entries[2].note == "A greenhouse gas.")
        // A third language and a concept without translation are warnings, not errors.
        #expect(file.warnings.count == 2)
        #expect(file.warnings.contains { $0.line == 27 && $0.reason.contains("no en translation") })
    }

    @Test func readsTBX2008Martif() throws {
        let file = try GlossaryFixtures.file("names-martif.tbx")
        #expect(file.errors.isEmpty)
        #expect(file.sourceLanguage == LanguageTag("en-US"))
        #expect(file.targetLanguage == LanguageTag("zh-CN"))
        #expect(file.records.map(\.entry) == [
            GlossaryEntry(source: "Reuters", target: "路透社", type: .org, caseSensitive: true),
            GlossaryEntry(source: "inflation", target: "通胀"),
        ])
    }

    @Test func readsATermbaseInTheRequestedDirection() throws {
        let file = GlossaryFile.parse(try GlossaryFixtures.bytes("names-martif.tbx"), name: "m.tbx", languages: ("zh", "en"))
        #expect(file.errors.isEmpty)
        #expect(file.sourceLanguage == "zh-CN")
        #expect(file.targetLanguage == "en-US")
        #expect(file.records.map(\.entry.source) == ["路透社", "通胀"])
        #expect(file.records.first?.entry.target == "Reuters")
        #expect(file.fits(source: "zh-Hans", target: "en"))
        #expect(!GlossaryFile.parse(try GlossaryFixtures.bytes("names.tsv"), name: "n.tsv").fits(source: "en", target: "zh"))
    }

    @Test func detectsTheFormatFromContent() {
        #expect(GlossaryFormat.detect(Array("\u{FEFF}  <?xml version=\"1.0\"?><tbx/>".utf8)) == .tbx)
        #expect(GlossaryFormat.detect(Array("# comment, with comma\nsource\ttarget\n".utf8)) == .tsv)
        #expect(GlossaryFormat.detect(Array("source,target\n".utf8)) == .csv)
    }

    /// Spreadsheets save "Unicode text" as UTF-16 with a byte-order mark.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func readsUTF16WithAByteOrderMark(_ encoding: String.Encoding) throws {
        let text = "\u{FEFF}source:zh\ttarget:en\n美国\tUS\n克里\tJohn Kerry\n"
        let file = GlossaryFile.parse(Array(try #require(text.data(using: encoding))), name: "u16.tsv")
        #expect(file.errors.isEmpty, "\(file.errors)")
        #expect(file.records.map(\.entry) == [GlossaryEntry(source: "美国", target: "US"), GlossaryEntry(source: "克里", target: "John Kerry")])
        #expect(file.records.map(\.line) == [2, 3])
        #expect(file.sourceLanguage == LanguageTag("zh"))
    }

    /// A UTF-8 mark is skipped, not read into the first column's name: rows, lines, columns
    /// and problems are those of the same file without it.
    @Test(arguments: ["source:zh\ttarget:en\tcolour\n克里\tJohn Kerry\tx\n美国\t\tx\n",
                      "source:zh,target:en,colour\n克里,John Kerry,x\n\"美国,US\n"])
    func aUTF8ByteOrderMarkIsNotPartOfTheHeader(_ text: String) {
        let plain = GlossaryFile.parse(Array(text.utf8), name: "g")
        let marked = GlossaryFile.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "g")
        #expect(marked == plain)
        #expect(marked.sourceLanguage == LanguageTag("zh") && !marked.records.isEmpty)
        // 'colour' is the header's 21st character, the mark not counted.
        #expect(marked.warnings.map(\.column) == [21], "\(marked.warnings)")
    }

    /// A UTF-16 file's text is converted as every input's is; a UTF-8 mark that follows its
    /// own mark is skipped too. CSV and TBX (which libxml2 decodes itself) read the same.
    @Test(arguments: [
        ("u16.tsv", "source:zh\ttarget:en\n克里\tJohn Kerry\n"),
        ("u16.csv", "source:zh,target:en\n克里,John Kerry\n"),
        ("u16.tbx", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><tbx type=\"TBX-Basic\" xml:lang=\"zh\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
            + "<conceptEntry id=\"c1\"><langSec xml:lang=\"zh\"><termSec><term>克里</term></termSec></langSec>"
            + "<langSec xml:lang=\"en\"><termSec><term>John Kerry</term></termSec></langSec></conceptEntry></body></text></tbx>\n"),
    ])
    func readsEveryFormatInUTF16WithAByteOrderMark(_ name: String, _ text: String) throws {
        let expected = [GlossaryEntry(source: "克里", target: "John Kerry")]
        for marks in [1, 2] where marks == 1 || !name.hasSuffix(".tbx") {
            let bytes = Array(try #require((String(repeating: "\u{FEFF}", count: marks) + text).data(using: .utf16LittleEndian)))
            #expect(bytes.starts(with: [0xFF, 0xFE]) && ByteOrderMark(startOf: bytes) == .utf16LittleEndian)
            let file = GlossaryFile.parse(bytes, name: name)
            #expect(file.errors.isEmpty, "\(name), \(marks) marks: \(file.errors)")
            #expect(file.records.map(\.entry) == expected, "\(name), \(marks) marks")
            #expect(file.format.rawValue == name.split(separator: ".").last.map(String.init))
        }
    }

    /// A mark that promises UTF-16 the rest does not keep is refused in the text layer's words,
    /// with the glossary's advice.
    @Test(arguments: [([0xFF, 0xFE] as [UInt8], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")])
    func refusesUTF16ThatDoesNotDecode(_ mark: [UInt8], _ encoding: String) {
        let file = GlossaryFile.parse(mark + [0x73, 0x00, 0x00], name: "odd.tsv")
        #expect(file.errors.map(\.description) == ["odd.tsv:1: not valid \(encoding) although it starts with a \(encoding) byte-order mark (save the file as UTF-8)"])
        #expect(file.records.isEmpty)
    }

    @Test func namesUTF16WithoutAByteOrderMark() throws {
        let bytes = Array(try #require("source\ttarget\n美国\tUS\n".data(using: .utf16LittleEndian)))
        let file = GlossaryFile.parse(bytes, name: "u16.tsv")
        #expect(file.errors.map(\.description) == ["u16.tsv:1: " + TextEncodingSniffer.utf16WithoutBOMReason])
    }

    /// A header of 100,000 columns is read whole (it once took minutes: its speed is the
    /// benchmark's business, this checks the result).
    @Test func aHeaderWithManyColumnsIsRead() {
        let header = "source\ttarget" + String(repeating: "\tx", count: 100_000) + "\tsource\n美国\tUS\n"
        let file = GlossaryFile.parse(Array(header.utf8), name: "wide.tsv")
        #expect(file.warnings.count == 100_000)
        #expect(file.errors.map(\.description) == ["wide.tsv:1:\(15 + 100_000 * 2): column 'source' appears twice in the header"])
    }

    @Test func malformedTSVRowsGetLineAndColumn() throws {
        let file = try GlossaryFixtures.file("malformed.tsv")
        let messages = file.errors.map(\.description)
        #expect(messages == [
            "malformed.tsv:3:1: empty source term",
            "malformed.tsv:4:4: empty target for '拜登' (give a translation, or type exclude for a blocking entry)",
            "malformed.tsv:5:25: bad case value 'maybe' (expected yes or no)",
            "malformed.tsv:6:15: unknown type 'official' (expected person, org, place, term or exclude)",
            "malformed.tsv:7:21: 6 fields but the header has 5 columns",
        ])
        #expect(throws: GlossaryError.self) { try file.glossary() }
    }

    @Test func badCaseFlagIsReported() {
        let file = GlossaryFile.parse(Array("source\ttarget\tcase\n克里\tJohn Kerry\tmaybe\n".utf8), name: "g.tsv")
        #expect(file.errors.map(\.description) == ["g.tsv:2:15: bad case value 'maybe' (expected yes or no)"])
    }

    @Test func headerProblemsStopReading() {
        let missing = GlossaryFile.parse(Array("term\tnotes\n克里\tx\n".utf8), name: "h.tsv")
        #expect(missing.errors.map(\.description) == ["h.tsv:1:1: the header has no 'target' column (first line must name the columns: source, target, type, note, case, forbidden)"])
        let unknown = GlossaryFile.parse(Array("source\ttarget\tcolour\n克里\tJohn Kerry\tblue\n".utf8), name: "u.tsv")
        #expect(unknown.errors.isEmpty)
        #expect(unknown.warnings.map(\.description) == ["u.tsv:1:15: unknown column 'colour' is ignored (Diglot reads source, target, type, note, case, forbidden)"])
        #expect(unknown.records.map(\.entry) == [GlossaryEntry(source: "克里", target: "John Kerry")])
        let empty = GlossaryFile.parse([], name: "e.tsv")
        #expect(empty.errors.first?.reason.contains("no header row") == true)
    }

    @Test(arguments: ["source:zh-Hans\ttarget:en", "Source@zh-Hans\tTarget@en", "source (zh-Hans)\ttarget [en]"])
    func headerCarriesLanguages(header: String) {
        let file = GlossaryFile.parse(Array("\(header)\n克里\tJohn Kerry\n".utf8), name: "l.tsv")
        #expect(file.errors.isEmpty)
        #expect(file.sourceLanguage == "zh-Hans")
        #expect(file.targetLanguage == "en")
    }

    @Test func badLanguageCodesAreReported() throws {
        let file = try GlossaryFixtures.file("bad-language.tsv")
        #expect(file.errors.map(\.description) == ["bad-language.tsv:1:11: bad language code 'english!' in column 'target:english!' (use a BCP 47 tag such as zh-Hans or en)"])
    }

    @Test func malformedCSVGetsLineAndColumn() throws {
        let unclosed = try GlossaryFixtures.file("unclosed-quote.csv")
        #expect(unclosed.errors.map(\.description) == ["unclosed-quote.csv:3:1: quoted field is never closed (a \" is missing)"])
        let stray = try GlossaryFixtures.file("stray-quote.csv")
        #expect(stray.errors.map(\.description) == [
            "stray-quote.csv:2:10: text after a closing quote (write \"\" for a quote inside a quoted field)",
            "stray-quote.csv:3:8: quote inside an unquoted field (quote the whole field and write \"\" for a quote)",
        ])
    }

    @Test func malformedTBXGetsLineNumbers() throws {
        let broken = try GlossaryFixtures.file("not-well-formed.tbx")
        let error = try #require(broken.errors.first)
        // The first error, where <langSec> is left open, not where libxml2 gave up (line 9).
        #expect(error.line == 6)
        #expect(error.reason.contains("Opening and ending tag mismatch: langSec line 5"))
        #expect(error.file == "not-well-formed.tbx")
        let doctype = try GlossaryFixtures.file("doctype.tbx")
        #expect(doctype.errors.first?.reason.contains("DOCTYPE") == true)
        #expect(doctype.records.isEmpty)
        let notTBX = GlossaryFile.parse(Array("<html><body/></html>".utf8), name: "page.tbx")
        #expect(notTBX.errors.first?.description == "page.tbx:1: root element is <html>, not <tbx> or <martif>: not a TBX file")
    }

    @Test func invalidUTF8IsReportedNotTrapped() {
        var bytes = Array("source\ttarget\n克里\tJohn ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        let file = GlossaryFile.parse(bytes, name: "latin1.tsv")
        #expect(file.errors.map(\.description) == ["latin1.tsv:2:4: not valid UTF-8 (save the file as UTF-8)"])
    }

    @Test func commentsAndBlankLinesAreSkippedButHashtagsAreTerms() {
        let text = "# Diglot\n\nsource\ttarget\n# people\n#MeToo\t#MeToo movement\n#\n"
        let file = GlossaryFile.parse(Array(text.utf8), name: "c.tsv")
        #expect(file.errors.isEmpty)
        #expect(file.records.map(\.entry.source) == ["#MeToo"])
        #expect(file.records.map(\.line) == [5])
    }

    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        let seeds = [Array("source\ttarget\n克里\tJohn\n".utf8), Array("source,target\n\"a\"\"b\",c\n".utf8),
                     Array("<tbx><text><body><conceptEntry><langSec xml:lang=\"zh\"><termSec><term>克</term></termSec></langSec></conceptEntry></body></text></tbx>".utf8)]
        for seed in seeds {
            for _ in 0..<200 {
                var bytes = seed
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                    case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                    default: if bytes.count > 1 { bytes.remove(at: index) }
                    }
                }
                let file = GlossaryFile.parse(bytes, name: "fuzz")
                for error in file.errors { #expect(!error.description.isEmpty) }
                _ = try? file.glossary()
            }
        }
    }
}
