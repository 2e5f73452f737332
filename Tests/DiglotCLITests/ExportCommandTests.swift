import Foundation
import Testing

/// `diglot export` end to end: the built binary on real sample articles.
@Suite struct ExportCommandTests {
    @Test func exportsTheSeedArticleWithTheHeadlineFirst() throws {
        let out = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 0, "\(run.errors)")
        let xliff = try String(contentsOf: out.appendingPathComponent("rfi-kerry-climate.xlf"), encoding: .utf8)
        let firstUnit = try #require(xliff.range(of: "<trans-unit id=\""))
        #expect(xliff[firstUnit.upperBound...].hasPrefix("title-"))
        #expect(xliff.contains("source-language=\"zh-Hans\" target-language=\"en\""))
        #expect(!xliff.contains("07/07/2023 - 23:27</source>"), "a bare date line is skeleton, not a segment")
        #expect(run.errors.contains("1 article from 1 input"))
    }

    @Test(arguments: ["1.2", "2.1"])
    func exportingTwiceGivesIdenticalBytes(version: String) throws {
        let first = try DiglotBinary.temporaryDirectory()
        let second = try DiglotBinary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for out in [first, second] {
            let run = try DiglotBinary.run(["export", "--to", "en,zh-Hans", "--xliff", version, "--sentences", "--epub",
                                            "--output", out.path, DiglotBinary.packageRoot.appendingPathComponent("Samples").path])
            #expect(run.status == 0, "\(run.errors)")
        }
        let names = DiglotBinary.files(under: first)
        #expect(names == DiglotBinary.files(under: second))
        #expect(names.contains("rfi-kerry-climate.xlf") && names.contains("rfi-kerry-climate.epub"))
        #expect(names.contains { $0.hasPrefix("oped2-waimei/01-") && $0.hasSuffix(".xlf") }, "a feed writes one file per item")
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
        }
    }

    /// A feed's items are parts any worker may export, folded back in order: the files, their
    /// bytes and the summary must not depend on how many workers there are.
    @Test func feedItemsOnSeveralWorkersGiveTheSameFilesAndSummaryAsOne() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Feeds among articles, one of them a feed none of whose items has text.
        let pictures = folder.appendingPathComponent("pictures.rss")
        try Data("""
            <rss version="2.0"><channel><title>Pictures</title>
            <item><description><![CDATA[<img src="a.png">]]></description></item>
            <item><description><![CDATA[<img src="b.png">]]></description></item>
            </channel></rss>
            """.utf8).write(to: pictures)
        let inputs = [DiglotBinary.sample("oped2-waimei.atom"), DiglotBinary.sample("rfi-kerry-climate.txt"), pictures.path,
                      DiglotBinary.sample("netnewswire-kc0011-gb2312.rss"), DiglotBinary.sample("voa-0001.txt")]
        var runs: [(files: [String: Data], summary: String)] = []
        for jobs in ["1", "2", "5"] {
            let out = folder.appendingPathComponent("out-\(jobs)")
            let run = try DiglotBinary.run(["export", "--to", "en,zh-Hans", "--jobs", jobs, "--output", out.path] + inputs)
            #expect(run.status == 1, "the feed without text fails the run")
            #expect(run.errors.contains("pictures.rss: no content: no item of the feed has text"))
            var files: [String: Data] = [:]
            for name in DiglotBinary.files(under: out) { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
            runs.append((files, run.errors))
        }
        #expect(runs[0].files.count > 12)
        #expect(runs[0].files.keys.contains { $0.hasPrefix("netnewswire-kc0011-gb2312/") })
        for run in runs.dropFirst() {
            #expect(run.files == runs[0].files)
            #expect(run.summary == runs[0].summary)
        }
    }

    @Test(.enabled(if: TestScope.full)) func aFeedTooLargeToReadWholeIsReadItemByItemWithTheSameResult() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = try DiglotBinary.largeAndWholeFeed(in: folder)
        let streamedRun = try DiglotBinary.run(["export", "--to", "en", "--output", folder.appendingPathComponent("streamed").path, "archive.atom"],
                                               in: feeds.large)
        #expect(streamedRun.status == 0, "\(streamedRun.errors)")
        let wholeRun = try DiglotBinary.run(["export", "--to", "en", "--output", folder.appendingPathComponent("read").path, "archive.atom"],
                                            in: feeds.whole)
        #expect(wholeRun.status == 0, "\(wholeRun.errors)")
        let names = DiglotBinary.files(under: folder.appendingPathComponent("streamed"))
        #expect(names.count == 10 && names.allSatisfy { $0.hasPrefix("archive/") })
        #expect(names == DiglotBinary.files(under: folder.appendingPathComponent("read")))
        for name in names {
            let streamed = try Data(contentsOf: folder.appendingPathComponent("streamed").appendingPathComponent(name))
            let read = try Data(contentsOf: folder.appendingPathComponent("read").appendingPathComponent(name))
            #expect(streamed == read, "\(name): the origin, names and content are those of the feed read whole")
        }
        #expect(streamedRun.errors.contains("10 articles from 1 input"))
    }

    @Test(.enabled(if: TestScope.full)) func aBrokenFeedTooLargeToReadWholeFailsBeforeAnythingIsWritten() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = try DiglotBinary.paddedFeed(in: folder, broken: true)
        let out = folder.appendingPathComponent("out")
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, large.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("archive.atom:") && run.errors.contains("malformed feed XML"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for a feed that is not well-formed")
    }

    @Test func jsonSummaryCountsArticlesSegmentsAndGlossaryHits() throws {
        let out = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try DiglotBinary.run(["export", "--to", "en", "--json", "--output", out.path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let statistics = try #require(json["statistics"] as? [String: Any])
        #expect(statistics["articles"] as? Int == 1)
        #expect((statistics["units"] as? Int ?? 0) >= 10)
        let hits = try #require(statistics["termHits"] as? [String: Any])
        let kerry = try #require(hits["克里"] as? [String: Any])
        #expect(kerry["target"] as? String == "John Kerry")
        #expect((kerry["count"] as? Int ?? 0) >= 8)
        let text = try #require(statistics["text"] as? [String: Any])
        #expect((text["words"] as? Int ?? 0) > 600, "Chinese is counted by character")
    }

    @Test func standardInputIsRead() throws {
        let out = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: DiglotBinary.sample("chinafile-0003.txt"))))
        let run = try DiglotBinary.run(["export", "--to", "zh-Hans", "--output", out.path, "-"], input: bytes)
        #expect(run.status == 0, "\(run.errors)")
        #expect(DiglotBinary.files(under: out) == ["stdin.xlf"])
    }

    @Test func aBadInputIsNamedTheBatchGoesOnAndTheRunExitsOne() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.txt")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: binary)
        let empty = folder.appendingPathComponent("empty.html")
        try Data("<html><body><nav>分享</nav></body></html>".utf8).write(to: empty)
        let out = folder.appendingPathComponent("out")
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, binary.path, empty.path,
                                        DiglotBinary.sample("rfi-kerry-climate.txt"), folder.appendingPathComponent("missing.txt").path])
        #expect(run.status == 1)
        #expect(run.errors.contains("binary.txt"))
        #expect(run.errors.contains("empty.html"))
        #expect(run.errors.contains("missing.txt"))
        #expect(DiglotBinary.files(under: out) == ["rfi-kerry-climate.xlf"], "no output for a bad input, the good one is written")
    }

    @Test func aFolderSearchPassesOverMarkdownThatIsNoFeedItem() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let readme = articles.appendingPathComponent("SOURCES.md")
        try Data("# Feed corpus — sources\n\n31 feed files, found in [public repositories](https://github.com).\n".utf8).write(to: readme)
        // A feed item saved as Markdown is an article.
        try Data(contentsOf: URL(fileURLWithPath: DiglotBinary.sample("rfi-kerry-climate.txt"))).write(to: articles.appendingPathComponent("kerry.md"))
        let out = folder.appendingPathComponent("out")
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, articles.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(DiglotBinary.files(under: out) == ["kerry.xlf"])
        // Named on the command line, it is read, and refused with its reason.
        let named = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, readme.path])
        #expect(named.status == 1)
        #expect(named.errors.contains("SOURCES.md"))
    }

    @Test func inputsCanComeFromAListFile() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spaced = folder.appendingPathComponent("with space.txt")
        try Data(contentsOf: URL(fileURLWithPath: DiglotBinary.sample("rfi-kerry-climate.txt"))).write(to: spaced)
        let list = folder.appendingPathComponent("list.txt")
        try Data("\(spaced.path)\r\n\n\(DiglotBinary.sample("chinafile-0003.txt"))\n".utf8).write(to: list)
        let out = folder.appendingPathComponent("out")
        let run = try DiglotBinary.run(["export", "--to", "en,zh-Hans", "--files-from", list.path, "--output", out.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(DiglotBinary.files(under: out) == ["chinafile-0003.xlf", "with space.xlf"])

        // NUL-separated on standard input, as `find -print0` writes it, beside a path argument.
        let nulOut = folder.appendingPathComponent("nul")
        let fromStandardInput = try DiglotBinary.run(["export", "--to", "en", "--files-from", "-", "--output", nulOut.path,
                                                      DiglotBinary.sample("rfi-kerry-climate.txt")],
                                                     input: Array("\(spaced.path)\0".utf8))
        #expect(fromStandardInput.status == 0, "\(fromStandardInput.errors)")
        #expect(DiglotBinary.files(under: nulOut) == ["rfi-kerry-climate.xlf", "with space.xlf"])

        let both = try DiglotBinary.run(["export", "--to", "en", "--files-from", "-", "--output", nulOut.path, "-"])
        #expect(both.status == 64 && both.errors.contains("not both"), "\(both.errors)")
        let missing = try DiglotBinary.run(["export", "--to", "en", "--files-from", folder.appendingPathComponent("none").path,
                                            "--output", nulOut.path])
        #expect(missing.status == 1 && missing.errors.hasPrefix("error: ") && missing.errors.contains("none"), "\(missing.errors)")
    }

    @Test func aRunThatWritesNothingLeavesNoOutputDirectory() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.html")
        try Data("<html><body><nav>分享</nav></body></html>".utf8).write(to: empty)
        let out = folder.appendingPathComponent("new/out")
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", out.path, empty.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("empty.html"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path),
                "the folders the run made for its outputs are gone again")
        // A folder that was there before stays, even when nothing is written into it.
        let existing = folder.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: false)
        let again = try DiglotBinary.run(["export", "--to", "en", "--output", existing.path, empty.path])
        #expect(again.status == 1)
        #expect(FileManager.default.fileExists(atPath: existing.path))
    }

    @Test func errorsWhileRunningArePrefixedLikeEveryOtherError() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try DiglotBinary.run(["export", "--to", "en", "--memory", folder.appendingPathComponent("none.tmx").path,
                                        "--output", folder.appendingPathComponent("out").path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error: ") && run.errors.contains("none.tmx: no such file"), "\(run.errors)")
        #expect(!run.errors.contains("Error:"))
    }

    @Test func unusableMemoryUnitsAreNamedAndTheRestIsUsed() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = folder.appendingPathComponent("memory.tmx")
        var units = ""
        for number in 1...7 { units += "<tu><tuv><seg>无语言\(number)</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>\n" }
        try Data(("""
            <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-Hans" datatype="html"/>
            <body>
            \(units)</body></tmx>
            """).utf8).write(to: tmx)
        let run = try DiglotBinary.run(["export", "--to", "en", "--memory", tmx.path,
                                        "--output", folder.appendingPathComponent("out").path, DiglotBinary.sample("rfi-kerry-climate.txt")])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("warning: \(tmx.path):3: <tuv> has no xml:lang; skipped"), "\(run.errors)")
        #expect(run.errors.components(separatedBy: "has no xml:lang").count == 6, "five named, then a count")
        #expect(run.errors.contains("warning: \(tmx.path): 2 more units skipped"))
    }

    @Test(arguments: [
        ["export", "--output", "x", "Samples"],
        ["export", "--to", "en", "Samples"],
        ["export", "--to", "en", "--output", "x"],
        ["export", "--to", "en", "--xliff", "3.0", "--output", "x", "Samples"],
        ["export", "--to", "not a language", "--output", "x", "Samples"],
        ["export", "--to", "en", "--output", "", "Samples"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) throws {
        let run = try DiglotBinary.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.errors)")
        #expect(!run.errors.isEmpty)
    }

    @Test func refusesToOverwriteAnInput() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("article.xlf")
        let original = try Data(contentsOf: URL(fileURLWithPath: DiglotBinary.sample("rfi-kerry-climate.txt")))
        try original.write(to: input)
        let run = try DiglotBinary.run(["export", "--to", "en", "--output", folder.path, input.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("refusing to overwrite an input"))
        #expect(try Data(contentsOf: input) == original)
    }

    @Test func helpListsTheSubcommands() throws {
        let run = try DiglotBinary.run(["--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("export") && run.output.contains("glossary"))
    }
}
