import Foundation
import Testing

/// Import QA on sentence-segmented files, edited the way a CAT tool can edit them: built from
/// a real export (`--sentences --copy-source`), every sentence "translated", then one thing
/// undone. Each must be flagged, typed in the table and the JSON report, and fail `--strict`;
/// the file translated throughout passes it.
@Suite struct SentenceQATests {
    /// The paragraph of `Samples/rfi-kerry-climate.txt` with four sentences.
    private static let unit = "p-52550b51"

    /// An exported file with every copied sentence translated: 1.2 targets hold one
    /// `<mrk mtype="seg">` per sentence, 2.1 one `<target>` per `<segment>`.
    private func translatedExport(_ version: String, in directory: URL) throws -> String {
        let run = try DiglotBinary.run(["export", "--to", "en", "--sentences", "--copy-source", "--xliff", version,
                                        "-o", directory.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: directory.appendingPathComponent("rfi-kerry-climate.xlf"), encoding: .utf8)
        if version == "1.2" {
            // Only inside targets: the <seg-source> has the same sentence markers.
            var result = ""
            var rest = Substring(text.replacingOccurrences(of: "state=\"needs-translation\">", with: "state=\"translated\">"))
            while let start = rest.range(of: "<target"), let end = rest.range(of: "</target>", range: start.upperBound..<rest.endIndex) {
                result += rest[..<start.lowerBound]
                result += rest[start.lowerBound..<end.upperBound].replacingOccurrences(
                    of: #"(<mrk mtype="seg" mid="\d+">)"#, with: "$1[EN] ", options: .regularExpression)
                rest = rest[end.upperBound...]
            }
            return result + rest
        }
        return text.replacingOccurrences(of: "state=\"initial\"", with: "state=\"translated\"")
            .replacingOccurrences(of: "<target xml:space=\"preserve\">", with: "<target xml:space=\"preserve\">[EN] ")
    }

    /// The `<trans-unit>` or `<unit>` of `Self.unit` in `xml`.
    private func unitRange(in xml: String, version: String) throws -> Range<String.Index> {
        let start = try #require(xml.range(of: (version == "1.2" ? "<trans-unit id=\"" : "<unit id=\"") + Self.unit + "\""))
        let end = try #require(xml.range(of: version == "1.2" ? "</trans-unit>" : "</unit>", range: start.upperBound..<xml.endIndex))
        return start.lowerBound..<end.upperBound
    }

    /// `xml` with `edit` applied to the text of `Self.unit` only.
    private func editing(_ xml: String, version: String, _ edit: (String) -> String) throws -> String {
        let range = try unitRange(in: xml, version: version)
        let edited = edit(String(xml[range]))
        #expect(edited != String(xml[range]), "the edit changed nothing")
        return xml.replacingCharacters(in: range, with: edited)
    }

    private struct Imported {
        var status: Int32
        var table: String
        var errors: String
        var report: [[String: Any]]
    }

    private func importStrict(_ xml: String, in directory: URL) throws -> Imported {
        let file = directory.appendingPathComponent("returned.xlf")
        try Data(xml.utf8).write(to: file)
        let report = directory.appendingPathComponent("report.json")
        try? FileManager.default.removeItem(at: report)
        let run = try DiglotBinary.run(["import", "--strict", "--report", report.path, "-o", directory.appendingPathComponent("out").path, file.path])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
        let files = try #require(json?["files"] as? [[String: Any]])
        let issues = try #require(files.first?["issues"] as? [[String: Any]])
        return Imported(status: run.status, table: run.output, errors: run.errors, report: issues)
    }

    /// The findings of `Self.unit` in the report other than glossary and number warnings.
    private func findings(_ imported: Imported) -> [String] {
        imported.report.filter { ($0["unit"] as? String) == Self.unit }
            .compactMap { issue -> String? in
                guard let code = issue["code"] as? String, let severity = issue["severity"] as? String,
                      !["glossary-term-missing", "number-missing"].contains(code) else { return nil }
                return "\(severity) \(code)"
            }
    }

    @Test(arguments: ["1.2", "2.1"])
    func aFileTranslatedThroughoutPassesStrict(version: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try importStrict(try translatedExport(version, in: directory), in: directory)
        #expect(imported.status == 0, "\(imported.table)\(imported.errors)")
        #expect(findings(imported).isEmpty)
        #expect(imported.table.contains("QA: 0 errors"))
    }

    /// A real CAT tool's round trip: Translate Toolkit fills every target of a sentence export.
    @Test(.enabled(if: TestScope.referee), arguments: ["1.2", "2.1"])
    func aFileFilledByTranslateToolkitPassesStrict(version: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = try DiglotBinary.run(["export", "--to", "en", "--sentences", "--xliff", version,
                                           "-o", directory.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(export.status == 0, "\(export.errors)")
        let filled = directory.appendingPathComponent("filled.xlf")
        let referee = try #require(PathToReferee.folder)
        let fill = try PathToReferee.run(referee, "tt-fill", [directory.appendingPathComponent("rfi-kerry-climate.xlf").path, filled.path])
        #expect(fill.status == 0, "\(fill.output)")
        let run = try DiglotBinary.run(["import", "--strict", "-o", directory.appendingPathComponent("out").path, filled.path])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.contains("QA: 0 errors"))
    }

    @Test(arguments: ["1.2", "2.1"])
    func aDeletedSentenceIsFlagged(version: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = try editing(try translatedExport(version, in: directory), version: version) { unit in
            if version == "1.2" {
                // The tool dropped the second sentence's <mrk mtype="seg"> from the target.
                guard let target = unit.range(of: "<target"), let start = unit.range(of: "<mrk mtype=\"seg\" mid=\"2\">", range: target.upperBound..<unit.endIndex),
                      let next = unit.range(of: "<mrk mtype=\"seg\" mid=\"3\">", range: start.upperBound..<unit.endIndex) else { return unit }
                return unit.replacingCharacters(in: start.lowerBound..<next.lowerBound, with: "")
            }
            // The tool removed the second segment's <target>.
            guard let segment = unit.range(of: "<segment id=\"s2\""), let target = unit.range(of: "<target", range: segment.upperBound..<unit.endIndex),
                  let end = unit.range(of: "</target>", range: target.upperBound..<unit.endIndex) else { return unit }
            return unit.replacingCharacters(in: target.lowerBound..<end.upperBound, with: "")
        }
        let imported = try importStrict(xml, in: directory)
        #expect(imported.status == 1)
        #expect(findings(imported) == ["error missing-sentence"])
        #expect(imported.table.contains("error   \(Self.unit)"))
        #expect(imported.table.contains("missing-sentence") && imported.table.contains("sentence 2 of 4 is missing from the target"), "\(imported.table)")
    }

    @Test(arguments: ["1.2", "2.1"])
    func aSentenceLeftAsTheSourceAmongTranslatedOnesIsUntranslated(version: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = try editing(try translatedExport(version, in: directory), version: version) { unit in
            let marker = version == "1.2" ? "<mrk mtype=\"seg\" mid=\"2\">[EN] " : "[EN] "
            let after = version == "1.2" ? unit.range(of: "<target")?.upperBound : unit.range(of: "<segment id=\"s2\"")?.upperBound
            guard let after, let range = unit.range(of: marker, range: after..<unit.endIndex) else { return unit }
            return unit.replacingCharacters(in: range, with: version == "1.2" ? "<mrk mtype=\"seg\" mid=\"2\">" : "")
        }
        let imported = try importStrict(xml, in: directory)
        #expect(imported.status == 1)
        #expect(findings(imported) == ["error untranslated"])
        #expect(imported.table.contains("sentence 2 of 4 is still the source"), "\(imported.table)")
    }

    @Test func aUnitTranslateToolkitMarksFuzzyGetsAReviewWarningThatFailsStrict() throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = try editing(try translatedExport("1.2", in: directory), version: "1.2") { unit in
            // Translate Toolkit's markfuzzy(): approved="no" and the target back to needs-translation.
            unit.replacingOccurrences(of: "xml:space=\"preserve\">", with: "xml:space=\"preserve\" approved=\"no\">")
                .replacingOccurrences(of: "state=\"translated\">", with: "state=\"needs-translation\" state-qualifier=\"fuzzy-match\">")
        }
        let imported = try importStrict(xml, in: directory)
        #expect(imported.status == 1)
        #expect(findings(imported) == ["warning needs-review"])
        #expect(imported.table.contains("QA: 0 errors"))
        #expect(imported.errors.contains("--strict: 1 unit still marked for review"), "\(imported.errors)")
    }

    @Test(arguments: ["1.2", "2.1"])
    func aSecondTargetRefusesTheFile(version: String) throws {
        let directory = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = try editing(try translatedExport(version, in: directory), version: version) { unit in
            guard let end = unit.range(of: "</target>") else { return unit }
            return unit.replacingCharacters(in: end, with: "</target>\n        <target>A second translation.</target>")
        }
        let file = directory.appendingPathComponent("returned.xlf")
        try Data(xml.utf8).write(to: file)
        let out = directory.appendingPathComponent("out")
        let run = try DiglotBinary.run(["import", "-o", out.path, file.path])
        #expect(run.status == 1)
        #expect(run.output.contains("NOT MERGED"))
        #expect(run.errors.contains("unit \(Self.unit): a second <target> in one \(version == "1.2" ? "unit" : "segment")"), "\(run.errors)")
        #expect(run.errors.contains("not schema-valid"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("returned.html").path))
    }
}
