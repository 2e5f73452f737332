import Foundation
import Testing

/// Runs the built `diglot` binary's `glossary` subcommands.
@Suite struct GlossaryCommandTests {
    private typealias Outcome = DiglotBinary.Outcome

    /// Runs the binary; never nil (a missing binary fails inside `DiglotBinary.run`).
    private func run(_ arguments: [String], in directory: URL? = nil) throws -> Outcome? {
        try DiglotBinary.run(arguments, in: directory)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let sample = """
        source:zh\ttarget:en\ttype\tnote\tcase\tforbidden
        克里\tJohn Kerry\tperson\tUS climate envoy\t\tJohn Kerrey|J. Kerry
        克里斯\t\texclude\tnot Kerry\t\t
        AP\tAssociated Press\torg\t\tyes\t

        """

    @Test func extractWritesReviewableCandidatesThatPassTheCheck() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("article.html")
        try """
            <html><head><title>参议员</title></head><body><article>
            <p>美國聯邦眾議員帝芬尼(Tom Tiffany)表示，參議員布萊克本(Marsha Blackburn)支持。</p>
            <p>共和党参议员布莱克本(Marsha Blackburn)和美国总统拜登(Joe Biden)会面。</p>
            </article></body></html>
            """.write(to: article, atomically: true, encoding: .utf8)
        let known = directory.appendingPathComponent("known.tsv")
        try "source:zh\ttarget:en\ttype\n帝芬尼\tTom Tiffany\tperson\n".write(to: known, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("candidates.tsv")
        guard let outcome = try run(["glossary", "extract", "--glossary", known.path, "--output", output.path, article.path]) else { return }
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("candidates.tsv: 1 candidate from 1 article"), "\(outcome.output)")
        let written = try String(contentsOf: output, encoding: .utf8)
        let rows = written.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.prefix(4) == ["source:zh", "target:en", "type", "note"])
        #expect(rows.dropFirst().map { "\($0[0])=\($0[1])=\($0[2])" } == ["布莱克本=Marsha Blackburn=person"])
        #expect(written.contains("Traditional: 布萊克本; 2× in news; first: \(article.path)"))
        guard let check = try run(["glossary", "check", output.path]) else { return }
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func extractNeverWritesOverWhatItReads() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("article.txt")
        let articleBytes = try Data(contentsOf: URL(fileURLWithPath: "Samples").appendingPathComponent(
            try FileManager.default.contentsOfDirectory(atPath: "Samples").filter { $0.hasSuffix(".txt") }.sorted()[0]))
        try articleBytes.write(to: article)
        let known = directory.appendingPathComponent("known.tsv")
        let knownText = "source:zh\ttarget:en\ttype\n帝芬尼\tTom Tiffany\tperson\n"
        try knownText.write(to: known, atomically: true, encoding: .utf8)
        // The glossary given as --glossary, and the article itself (.txt is read as TSV).
        for output in [known, article] {
            guard let outcome = try run(["glossary", "extract", "--glossary", known.path, "--output", output.path, article.path])
            else { return }
            #expect(outcome.status == 1)
            #expect(outcome.errors.contains("refusing to overwrite an input file"), "\(outcome.errors)")
        }
        #expect(try String(contentsOf: known, encoding: .utf8) == knownText)
        #expect(try Data(contentsOf: article) == articleBytes)
    }

    /// When no input could be read there is nothing to propose: no file, not an empty one.
    @Test func extractWritesNothingWhenEveryInputFails() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let opml = directory.appendingPathComponent("subscriptions.opml")
        try "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"News\"/></body></opml>"
            .write(to: opml, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("candidates.tsv")
        guard let outcome = try run(["glossary", "extract", "--output", output.path, opml.path, directory.appendingPathComponent("missing.txt").path])
        else { return }
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("an OPML subscription list, not a feed"), "\(outcome.errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func extractRefusesAnOutputThatIsNoTSV() throws {
        guard let outcome = try run(["glossary", "extract", "--output", "candidates.tbx", "Samples"]) else { return }
        #expect(outcome.status == 64)
    }

    @Test func checkPassesOnTheShippedGlossaries() throws {
        guard let outcome = try run(["glossary", "check", "Glossary/zh-en.tsv", "Glossary/en-zh.tsv"]) else { return }
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("Glossary/zh-en.tsv:") && outcome.output.contains("no problems"))
    }

    @Test func checkReportsProblemsWithLineNumbers() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("dup.tsv")
        try "source\ttarget\n克里\tJohn Kerry\n克里\tKerry\n拜登\t\n".write(to: file, atomically: true, encoding: .utf8)
        guard let outcome = try run(["glossary", "check", file.path]) else { return }
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("dup.tsv:3: conflicting targets for '克里'"))
        #expect(outcome.output.contains("dup.tsv:4:4: empty target for '拜登'"))
        #expect(outcome.output.contains("dup.tsv: 2 entries, TSV, ? → ?, 2 problems"))
    }

    @Test func checkCountsOneEntryInTheSingular() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("one.tsv")
        try "source\ttarget\n克里\tJohn Kerry\n".write(to: file, atomically: true, encoding: .utf8)
        guard let outcome = try run(["glossary", "check", file.path]) else { return }
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("one.tsv: 1 entry, TSV"), "\(outcome.output)")
    }

    @Test func convertRoundTripsTSVThroughTBX() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("names.tsv")
        try Self.sample.write(to: tsv, atomically: true, encoding: .utf8)
        guard let toTBX = try run(["glossary", "convert", tsv.path, directory.appendingPathComponent("names.tbx").path]) else { return }
        #expect(toTBX.status == 0, "\(toTBX.errors)")
        let back = directory.appendingPathComponent("back.tsv")
        let toTSV = try #require(try run(["glossary", "convert", directory.appendingPathComponent("names.tbx").path, back.path]))
        #expect(toTSV.status == 0, "\(toTSV.errors)")
        #expect(try String(contentsOf: back, encoding: .utf8) == Self.sample)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func convertNeverOverwritesItsInput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("names.tsv")
        try Self.sample.write(to: tsv, atomically: true, encoding: .utf8)
        guard let same = try run(["glossary", "convert", tsv.path, directory.path + "/./names.tsv"]) else { return }
        #expect(same.status == 64)
        #expect(try String(contentsOf: tsv, encoding: .utf8) == Self.sample)
        let unknown = try #require(try run(["glossary", "convert", tsv.path, directory.appendingPathComponent("names.docx").path]))
        #expect(unknown.status == 64)
    }

    @Test func convertStopsOnMalformedInputAndWritesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("bad.csv")
        try "source,target\n克里,\"John Kerry\n".write(to: csv, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("bad.tbx")
        guard let outcome = try run(["glossary", "convert", csv.path, out.path]) else { return }
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("bad.csv:2:4: quoted field is never closed"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func lookupShowsMatchesAndPositions() throws {
        guard let outcome = try run(["glossary", "lookup", "克里米亚之后，克里与南希·佩洛西会面"]) else { return }
        #expect(outcome.status == 0)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("0..<4\t克里米亚 → Crimea") == true)
        #expect(lines.contains { $0.hasPrefix("7..<9\t克里 → John Kerry") })
        #expect(lines.contains { $0.hasPrefix("10..<16\t南希·佩洛西 → Nancy Pelosi") })
        #expect(lines.last?.hasPrefix("3 matches") == true)
    }

    @Test func lookupMergesGlossariesLaterWins() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let own = directory.appendingPathComponent("own.csv")
        try "source,target,type\n克里,Kerry,person\n".write(to: own, atomically: true, encoding: .utf8)
        guard let outcome = try run(["glossary", "lookup", "--glossary", own.path, "--from", "zh", "--to", "en", "克里和耶伦"]) else { return }
        #expect(outcome.output.contains("克里 → Kerry  [person]"))
        #expect(outcome.output.contains("耶伦 → Janet Yellen"))
        let alone = try #require(try run(["glossary", "lookup", "--no-default-glossary", "--glossary", own.path, "克里和耶伦"]))
        #expect(alone.output.contains("1 match "))
        let missing = try #require(try run(["glossary", "lookup", "--glossary", directory.appendingPathComponent("none.tsv").path, "克里"]))
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("error: ") && missing.errors.contains("none.tsv: no such file"), "\(missing.errors)")
        let reversed = try #require(try run(["glossary", "lookup", "--glossary", "Glossary/en-zh.tsv", "克里"]))
        #expect(reversed.status == 1)
        #expect(reversed.errors.contains("Glossary/en-zh.tsv: the glossary is en → zh, not zh → en; not used"))
    }
}
