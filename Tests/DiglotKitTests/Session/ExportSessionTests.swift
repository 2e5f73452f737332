import Foundation
import Testing
@testable import DiglotKit

@Suite struct ExportSessionTests {
    private func session(_ inputs: [String], to output: String, targets: [LanguageTag] = ["en", "zh-Hans"]) -> ExportSession {
        ExportSession(options: ExportOptions(targetLanguages: targets, useDefaultGlossary: false), inputs: inputs, outputDirectory: output)
    }

    @Test func namesOutputsOnceForTheBatchAndWritesThem() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let first = try files.putFixture("rfi-kerry-climate.txt", at: "a/story.txt")
        let second = try files.putFixture("nyt-0003.txt", at: "b/Story.txt")
        let feed = try files.put(SessionTestFiles.smallFeed, at: "b/news.rss")
        let result = session([first, second, feed], to: files.root + "/out").run(scheduler: SerialScheduler())
        #expect(result.errors.isEmpty)
        #expect(result.inputs == 3)
        #expect(result.statistics.articles == 4)
        #expect(files.files(in: "out") == ["Story-2.xlf", "news/01-kerry-goes-to-beijing.xlf", "news/03-yellen-on-trade.xlf", "story.xlf"])
        #expect(result.writtenCount == 4)
        #expect(result.written.count == 4)
    }

    @Test func aFeedWithoutTextFailsAndTheBatchGoesOn() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let empty = try files.put(SessionTestFiles.feedWithoutText, at: "empty.rss")
        let article = try files.putFixture("rfi-kerry-climate.txt", at: "rfi.txt")
        let result = session([empty, article], to: files.root + "/out").run(scheduler: SerialScheduler())
        #expect(result.errors.map(\.description) == ["\(empty): no content: no item of the feed has text"])
        #expect(files.files(in: "out") == ["rfi.xlf"])
    }

    @Test func aRunThatWritesNothingLeavesNoOutputDirectory() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let empty = try files.put(SessionTestFiles.feedWithoutText, at: "empty.rss")
        let result = session([empty, files.root + "/missing.txt"], to: files.root + "/out/deeper").run(scheduler: SerialScheduler())
        #expect(result.errors.count == 2)
        #expect(!files.exists("out"))
    }

    @Test func anArticleInItsOwnTargetLanguageFailsAlone() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let chinese = try files.putFixture("rfi-kerry-climate.txt", at: "rfi.txt")
        let feed = try files.put(SessionTestFiles.smallFeed, at: "news.rss")
        var export = session([chinese, feed], to: files.root + "/out", targets: ["zh-Hans"])
        export.listsWrittenFiles = false
        let result = export.run(scheduler: SerialScheduler())
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1 && error.description.hasPrefix(chinese + ": the article is in zh-Hans"))
        #expect(result.written.isEmpty && result.writtenCount == 2)
    }

    /// A feed item that cannot be exported is named by the feed and its position, as two fields.
    @Test func aFailedFeedItemIsPlacedByItsPositionInTheFeed() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let feed = try files.put(SessionTestFiles.smallFeed, at: "news.rss")
        let result = session([feed], to: files.root + "/out", targets: ["en"]).run(scheduler: SerialScheduler())
        #expect(result.errors.map(\.file) == [feed, feed])
        #expect(result.errors.map(\.item) == [1, 3])
        #expect(result.errors.allSatisfy { $0.line == nil && $0.kind == .input })
        #expect(result.errors.first?.description.hasPrefix(feed + " item 1: the article is in en") == true)
    }

    @Test func neverWritesOverAnInput() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let article = try files.putFixture("rfi-kerry-climate.txt", at: "rfi.txt")
        let sameName = try files.put("keep", at: "rfi.xlf")
        let result = session([article, sameName], to: files.root).run(scheduler: SerialScheduler())
        #expect(result.errors.contains { $0.description.contains("refusing to overwrite an input file") })
        #expect(try String(contentsOfFile: sameName, encoding: .utf8) == "keep")
    }

    @Test func failuresAreTypedDiagnosticsAndTheJSONSummaryKeepsTheirLines() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let empty = try files.put("", at: "empty.txt")
        let binary = try files.put([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0], at: "binary.txt")
        let missing = files.root + "/missing.txt"
        let result = session([missing, empty, binary], to: files.root + "/out").run(scheduler: SerialScheduler())
        #expect(result.errors.map(\.file) == [missing, empty, binary])
        #expect(result.errors.map(\.kind) == [.file, .input, .input])
        #expect(result.errors.allSatisfy { $0.severity == .error && $0.unit == nil })
        #expect(result.errors.map(\.description) == ["\(missing): no such file or directory", "\(empty): the file is empty",
                                                      "\(binary): not text: it is an executable program (ELF)"])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any]
        #expect(json?["errors"] as? [String] == result.errors.map(\.description))
    }
}
