import Foundation
import Testing

/// Throws what arrives from the web and from translators' machines at the built `diglot`
/// binary. Every case must end in a clear error or a correct result: never a crash, a hang,
/// a partial file, or a write outside the output directory.
@Suite struct HostileInputTests {
    /// The built binary (`DiglotBinary.url`); a missing one fails the test.
    private static var binary: URL {
        get throws { try #require(DiglotBinary.url, "the diglot binary was not built") }
    }

    private struct Outcome {
        var status: Int32
        var signalled: Bool
        var output: String
        var errors: String

        /// Finished by itself with 0 or 1: a result or a reported error, not a crash.
        var endedCleanly: Bool { !signalled && (status == 0 || status == 1) }
    }

    /// Runs diglot with output to files (no pipe can fill up). `timeout` only guards against a
    /// hang (the run is killed and the test fails); no test here measures speed.
    private func run(_ arguments: [String], in directory: URL, stdin: URL? = nil, timeout: Double = 600) throws -> Outcome? {
        let binary = try Self.binary
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin { process.standardInput = try FileHandle(forReadingFrom: stdin) }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            Issue.record("diglot \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                       errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below `directory`, as paths relative to it.
    private func files(under directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// A feed item as the relays write it: time stamp, Markdown title link, rule, HTML body.
    private func feedItem(title: String = "Hostile input", body: String) -> String {
        "<!--1594291597000-->\n[\(title)](http://example.com/article)\n------\n\n" + body
    }

    private func rss(items: [(title: String, description: String)], doctype: String = "") -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
            + "<rss version=\"2.0\"><channel><title>Hostile feed</title><link>http://example.com/</link>"
        for item in items {
            text += "<item><title>\(item.title)</title><link>http://example.com/item</link>"
                + "<description>\(item.description)</description></item>"
        }
        return text + "</channel></rss>\n"
    }

    /// A complete XLIFF file: valid UTF-8, ends with the closing root tag.
    private func isCompleteXLIFF(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return false }
        return text.hasPrefix("<?xml") && text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</xliff>")
    }

    // MARK: Entities

    @Test func externalEntitiesInAFeedAreNeverLoaded() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try write("SECRET-TOKEN-7f3a", to: secret)
        let doctype = """
            <!DOCTYPE rss [
              <!ENTITY xxe SYSTEM "file://\(secret.path)">
              <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
              %remote;
            ]>

            """
        try write(rss(items: [("Leak &xxe; here", "&lt;p&gt;Body &amp;xxe; and &xxe; more text in the paragraph.&lt;/p&gt;")],
                      doctype: doctype), to: directory.appendingPathComponent("xxe.rss"))
        guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out", "xxe.rss"], in: directory) else { return }
        #expect(outcome.endedCleanly, "status \(outcome.status): \(outcome.errors)")
        for file in files(under: directory.appendingPathComponent("out")) {
            let text = try String(contentsOf: directory.appendingPathComponent("out/" + file), encoding: .utf8)
            #expect(!text.contains("SECRET-TOKEN-7f3a"), "\(file) contains the external entity's content")
        }
        #expect(!outcome.errors.contains("SECRET-TOKEN-7f3a"))
    }

    @Test(.enabled(if: TestScope.full)) func billionLaughsInAFeedFailsFast() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var doctype = "<!DOCTYPE rss [\n<!ENTITY l0 \"ha\">\n"
        for level in 1...10 {
            doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        try write(rss(items: [("Laugh &l10;", "&lt;p&gt;&l10;&lt;/p&gt;")], doctype: doctype),
                  to: directory.appendingPathComponent("laughs.rss"))
        guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out", "laughs.rss"], in: directory) else { return }
        #expect(outcome.endedCleanly)
        if outcome.status == 1 {
            #expect(outcome.errors.contains("laughs.rss"), "the error names the input: \(outcome.errors)")
        }
        for file in files(under: directory.appendingPathComponent("out")) {
            let size = (try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("out/" + file).path)[.size] as? Int) ?? 0
            #expect(size < 1_000_000, "\(file) is \(size) bytes: entities were expanded")
        }
    }

    @Test(.enabled(if: TestScope.full)) func quadraticBlowupInAFeedStaysSmallAndFast() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let doctype = "<!DOCTYPE rss [<!ENTITY big \"" + String(repeating: "A", count: 5_000) + "\">]>\n"
        try write(rss(items: [("Blowup", String(repeating: "&big;", count: 100_000))], doctype: doctype),
                  to: directory.appendingPathComponent("blowup.rss"))
        guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out", "blowup.rss"], in: directory) else { return }
        #expect(outcome.endedCleanly, "status \(outcome.status): \(outcome.errors)")
        for file in files(under: directory.appendingPathComponent("out")) {
            let size = (try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("out/" + file).path)[.size] as? Int) ?? 0
            #expect(size < 5_000_000, "\(file) is \(size) bytes: the entity was expanded 100,000 times")
        }
    }

    @Test(arguments: ["xxe", "laughs"])
    func entityAttacksInATBXGlossaryAreRefused(_ attack: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try write("SECRET-TOKEN-7f3a", to: secret)
        var doctype = "<!DOCTYPE tbx [\n"
        if attack == "xxe" {
            doctype += "<!ENTITY xxe SYSTEM \"file://\(secret.path)\">\n"
        } else {
            doctype += "<!ENTITY l0 \"ha\">\n"
            for level in 1...10 { doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n" }
        }
        doctype += "]>\n"
        let reference = attack == "xxe" ? "&xxe;" : "&l10;"
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            \(doctype)<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>克里</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>\(reference)</term></termSec></langSec></conceptEntry>
            </body></text></tbx>

            """
        try write(tbx, to: directory.appendingPathComponent("attack.tbx"))
        try write(feedItem(body: "<p>美国气候特使克里即将访华。</p>"), to: directory.appendingPathComponent("article.txt"))

        guard let check = try run(["glossary", "check", "attack.tbx"], in: directory) else { return }
        #expect(check.status == 1 && !check.signalled)
        #expect((check.output + check.errors).contains("DOCTYPE") || (check.output + check.errors).contains("entity"),
                "says why: \(check.output) \(check.errors)")
        #expect(!(check.output + check.errors).contains("SECRET-TOKEN-7f3a"))

        guard let export = try run(["export", "--to", "en", "--glossary", "attack.tbx", "-o", "out", "article.txt"],
                                   in: directory) else { return }
        #expect(export.status == 1 && !export.signalled)
        #expect(files(under: directory.appendingPathComponent("out")).isEmpty, "nothing is exported with a refused glossary")
    }

    // MARK: Bytes

    @Test func nulBytesAreRefusedWithAClearError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(feedItem(body: "<p>Hello \u{0} world, this paragraph hides a NUL byte.</p>"), to: directory.appendingPathComponent("nul.txt"))
        try write(rss(items: [("NUL", "&lt;p&gt;Hidden \u{0} byte&lt;/p&gt;")]), to: directory.appendingPathComponent("nul.rss"))
        for name in ["nul.txt", "nul.rss"] {
            guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out", name], in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(name): status \(outcome.status)")
            #expect(outcome.errors.contains(name) && outcome.errors.contains("NUL"), "\(name): \(outcome.errors)")
        }
        #expect(files(under: directory.appendingPathComponent("out")).isEmpty)
    }

    @Test func invalidUTF8EndsInAnErrorOrWellFormedXLIFF() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let header = Array(feedItem(body: "").utf8)
        let cases: [(String, [UInt8])] = [
            ("garbage.txt", header + Array("<p>Hello ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" world ".utf8) + [0xE4, 0xB8] + Array(" text</p>".utf8)),
            // Mostly valid Chinese with one truncated sequence, as a cut-off download looks.
            ("truncated.txt", header + Array("<p>美国气候特使克里即将访华，讨论气候变化问题。".utf8) + [0xE8, 0xAE] + Array("</p><p>第二段。</p>".utf8)),
            ("overlong.rss", Array(rss(items: [("Overlong", "x")]).utf8).map { $0 } + [0xC0, 0xAF, 0xED, 0xA0, 0x80]),
            ("surrogates.txt", header + Array("<p>Lone surrogate ".utf8) + [0xED, 0xA0, 0x80] + Array(" and more text.</p>".utf8)),
        ]
        for (name, bytes) in cases {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
            let out = "out-" + name
            guard let outcome = try run(["export", "--to", "en,zh-Hans", "-o", out, name], in: directory) else { return }
            #expect(outcome.endedCleanly, "\(name): status \(outcome.status) \(outcome.errors)")
            if outcome.status == 1 { #expect(outcome.errors.contains(name), "\(name): \(outcome.errors)") }
            for file in files(under: directory.appendingPathComponent(out)) where file.hasSuffix(".xlf") {
                #expect(isCompleteXLIFF(directory.appendingPathComponent(out + "/" + file)), "\(name) → \(file) is not valid UTF-8 XLIFF")
            }
        }
    }

    // MARK: Size

    @Test(.enabled(if: TestScope.full)) func aTwoHundredMegabyteInputIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("huge.txt")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        handle.write(Data(feedItem(body: "").utf8))
        let chunk = Data(String(repeating: "<p>美国气候特使克里即将访华，讨论气候变化问题。The envoy will visit Beijing.</p>\n", count: 10_000).utf8)
        var written = 0
        while written < 200 * 1_048_576 {
            handle.write(chunk)
            written += chunk.count
        }
        try handle.close()

        guard let outcome = try run(["export", "--to", "en", "-o", "out", "huge.txt"], in: directory) else { return }
        #expect(outcome.status == 1 && !outcome.signalled)
        #expect(outcome.errors.contains("huge.txt") && outcome.errors.contains("too large") && outcome.errors.contains("64 MB"),
                "\(outcome.errors)")
        #expect(files(under: directory.appendingPathComponent("out")).isEmpty)

        guard let piped = try run(["export", "--to", "en", "-o", "out", "-"], in: directory, stdin: big) else { return }
        #expect(piped.status == 1 && !piped.signalled)
        #expect(piped.errors.contains("too large"), "\(piped.errors)")
    }

    /// An endless device has no size to check first: every command that reads a file stops at
    /// its limit with a clear error instead of reading forever.
    @Test(.enabled(if: TestScope.full)) func anEndlessDeviceIsRefusedByEveryReader() throws {
        guard FileManager.default.isReadableFile(atPath: "/dev/zero") else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(feedItem(body: "<p>美国气候特使克里即将访华。</p>").utf8).write(to: directory.appendingPathComponent("a.txt"))
        let commands: [[String]] = [
            ["export", "--to", "en", "-o", "out", "/dev/zero"],
            ["export", "--to", "en", "--glossary", "/dev/zero", "-o", "out", "a.txt"],
            ["import", "-o", "out", "/dev/zero"],
            ["glossary", "check", "/dev/zero"],
        ]
        for arguments in commands {
            guard let outcome = try run(arguments, in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(arguments): \(outcome.status)")
            #expect(outcome.errors.contains("/dev/zero") && outcome.errors.contains("too large"), "\(arguments): \(outcome.errors)")
        }
        #expect(files(under: directory.appendingPathComponent("out")).isEmpty)
    }

    /// Opening a named pipe blocks until someone writes to it: every reader waits a few
    /// seconds for a writer, then says what the file is instead of hanging forever.
    @Test(.enabled(if: TestScope.full)) func aNamedPipeWithoutAWriterIsRefusedByEveryReader() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let commands: [[String]] = [
            ["export", "--to", "en", "-o", "out", "pipe.txt"],
            ["import", "-o", "out", "pipe.txt"],
            ["glossary", "check", "pipe.txt"],
        ]
        for arguments in commands {
            guard let outcome = try run(arguments, in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(arguments): \(outcome.status)")
            #expect(outcome.errors.contains("pipe.txt: cannot read: it is a named pipe that nobody writes to"), "\(arguments): \(outcome.errors)")
        }
        #expect(files(under: directory.appendingPathComponent("out")).isEmpty)
    }

    @Test(.enabled(if: TestScope.full)) func aOneMegabyteParagraphExportsWhole() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paragraph = ""
        while paragraph.utf8.count < 1_048_576 {
            paragraph += "美国气候特使克里即将访华，讨论气候变化问题。The envoy will visit Beijing next week. "
        }
        paragraph += "最后一句话ENDMARK。"
        try write(feedItem(body: "<p>" + paragraph + "</p>"), to: directory.appendingPathComponent("long.txt"))
        for arguments in [["--xliff", "1.2"], ["--xliff", "2.1", "--sentences"]] {
            guard let outcome = try run(["export", "--to", "en", "-o", "out"] + arguments + ["long.txt"], in: directory) else { return }
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
            let xliff = directory.appendingPathComponent("out/long.xlf")
            #expect(isCompleteXLIFF(xliff))
            let text = (try? String(contentsOf: xliff, encoding: .utf8)) ?? ""
            #expect(text.contains("ENDMARK"), "the end of the paragraph is kept (\(arguments))")
            #expect(text.utf8.count > 1_048_576)
        }
    }

    // MARK: Nesting

    @Test func tenThousandDeepNestingEndsInAClearError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let depth = 10_000
        try write(feedItem(body: String(repeating: "<div>", count: depth) + "<p>Buried paragraph.</p>" + String(repeating: "</div>", count: depth)),
                  to: directory.appendingPathComponent("divs.txt"))
        try write(feedItem(body: "<p>" + String(repeating: "<b>", count: depth) + "bold" + String(repeating: "</b>", count: depth) + "</p>"),
                  to: directory.appendingPathComponent("inline.txt"))
        try write(rss(items: [("Deep", String(repeating: "<x>", count: depth) + "deep" + String(repeating: "</x>", count: depth))]),
                  to: directory.appendingPathComponent("deep.rss"))
        try write("<!DOCTYPE html><html><body>" + String(repeating: "<div>", count: depth) + "<p>Buried.</p></body></html>",
                  to: directory.appendingPathComponent("page.html"))
        for name in ["divs.txt", "inline.txt", "deep.rss", "page.html"] {
            guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out-" + name, name], in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(name): status \(outcome.status)")
            #expect(outcome.errors.contains(name) && outcome.errors.contains("256"), "\(name): \(outcome.errors)")
        }
        // Just under libxml2's limit the article reads completely.
        try write(feedItem(body: String(repeating: "<div>", count: 200) + "<p>Buried paragraph.</p>" + String(repeating: "</div>", count: 200)),
                  to: directory.appendingPathComponent("shallow.txt"))
        guard let shallow = try run(["export", "--to", "zh-Hans", "-o", "out", "shallow.txt"], in: directory) else { return }
        #expect(shallow.status == 0, "\(shallow.errors)")
        let text = (try? String(contentsOf: directory.appendingPathComponent("out/shallow.xlf"), encoding: .utf8)) ?? ""
        #expect(text.contains("Buried paragraph."))
    }

    // MARK: Names and paths

    @Test func feedItemTitlesCannotEscapeTheOutputDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let titles = [
            "../../etc/passwd", "..", ".", ".hidden", "CON", "nul.txt", "COM1", "LPT9.xlf", "/etc/shadow",
            "..\\..\\windows\\system32", "a/b\\c:d*e?f\"g<h>i|j", "   ", "\u{202E}gpj.exe", String(repeating: "长", count: 600),
            String(repeating: "a", count: 2_000), "%2e%2e%2fetc", "~root", "-rf", "名字\u{0}截断",
        ]
        let items = titles.map { ($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                                      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\u{0}", with: ""),
                                  "&lt;p&gt;Item body text for the translator to read.&lt;/p&gt;") }
        try write(rss(items: items), to: directory.appendingPathComponent("traversal.rss"))
        // Input file names that are themselves reserved or hidden.
        for name in ["CON.txt", ".hidden.txt", "aux.html"] {
            try write(feedItem(body: "<p>A paragraph from \(name).</p>"), to: directory.appendingPathComponent(name))
        }
        let before = Set(files(under: directory))
        // The item titled in Chinese goes to English: an article is never exported into its own language.
        guard let outcome = try run(["export", "--to", "zh-Hans,en", "-o", "out", "traversal.rss", "CON.txt", ".hidden.txt", "aux.html"],
                                    in: directory) else { return }
        #expect(outcome.endedCleanly, "\(outcome.errors)")
        let after = Set(files(under: directory))
        let created = after.subtracting(before)
        #expect(created.allSatisfy { $0.hasPrefix("out/") }, "written outside out/: \(created.filter { !$0.hasPrefix("out/") })")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("../etc/passwd").path))
        let written = files(under: directory.appendingPathComponent("out"))
        #expect(written.count == titles.count + 3, "one file per item and article: \(written)")
        let reserved: Set<String> = ["con", "prn", "aux", "nul", "com1", "lpt9"]
        for path in written {
            for component in path.split(separator: "/") {
                #expect(!component.hasPrefix("."), "hidden name \(path)")
                #expect(component.utf8.count <= 255, "name too long: \(path)")
                #expect(!component.contains("\\") && !component.contains(":"), "unportable name \(path)")
                let stem = component.split(separator: ".").first.map { $0.lowercased() } ?? ""
                #expect(!reserved.contains(stem), "reserved device name \(path)")
            }
        }
    }

    @Test func anUnwritableOutputDirectoryIsOneClearError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Root ignores permission bits, so make mkdir fail the way it fails for everyone:
        // a path below a regular file.
        try write("a file, not a directory", to: directory.appendingPathComponent("blocker"))
        for index in 1...3 {
            try write(feedItem(body: "<p>Paragraph of article \(index).</p>"), to: directory.appendingPathComponent("a\(index).txt"))
        }
        for output in ["blocker/out", "blocker"] {
            guard let outcome = try run(["export", "--to", "zh-Hans", "-o", output, "a1.txt", "a2.txt", "a3.txt"], in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(output): status \(outcome.status)")
            let errorLines = outcome.errors.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(errorLines.count == 1, "one error, not one per article: \(errorLines)")
            #expect(outcome.errors.contains("blocker") && outcome.errors.contains("not a directory"), "\(outcome.errors)")
        }
        #expect(try String(contentsOf: directory.appendingPathComponent("blocker"), encoding: .utf8) == "a file, not a directory")
    }

    /// A quoted `~` reaches diglot unexpanded and names a folder called `~`, as for every
    /// other tool; Foundation's `URL(fileURLWithPath:)` expanded it, so the `~` folder was made
    /// but the files went to the home folder.
    @Test func aQuotedTildeIsAFolderNotTheHomeFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = "diglot-tilde-\(UUID().uuidString)"
        // Where the expansion would write: none of these may appear.
        let homeTargets = ["", ".epub", ".tsv"].map { URL(fileURLWithPath: "~/" + name + $0) }
        defer { for url in homeTargets { try? FileManager.default.removeItem(at: url) } }
        try write(feedItem(body: "<p>A paragraph to translate.</p>"), to: directory.appendingPathComponent("a.txt"))
        try write("source\ttarget\n美国\tUS\n", to: directory.appendingPathComponent("g.tsv"))
        let runs: [[String]] = [
            ["export", "--to", "zh-Hans", "-o", "~/" + name, "a.txt"],
            ["ebook", "--title", "T", "-o", "~/" + name + ".epub", "a.txt"],
            ["glossary", "convert", "g.tsv", "~/" + name + ".tsv"],
        ]
        for arguments in runs {
            guard let outcome = try run(arguments, in: directory) else { return }
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        #expect(Set(files(under: directory.appendingPathComponent("~"))) == [name + "/a.xlf", name + ".epub", name + ".tsv"])
        for url in homeTargets {
            #expect(!FileManager.default.fileExists(atPath: url.path), "wrote into the home folder: \(url.path)")
        }
    }

    @Test func theSameFileUnderTwoSpellingsIsExportedOnce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("in"), withIntermediateDirectories: true)
        try write(feedItem(body: "<p>A paragraph to translate.</p>"), to: directory.appendingPathComponent("in/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: "in/a.txt")
        guard let outcome = try run(["export", "--to", "zh-Hans", "-o", "out", "in/a.txt", "./in/a.txt", "in/../in/a.txt", "link.txt", "in"],
                                    in: directory) else { return }
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(files(under: directory.appendingPathComponent("out")) == ["a.xlf"])
    }

    /// `--tmx` and `--report` are checked against the articles' outputs and each other before
    /// anything is written: the last writer used to replace an HTML file the run had reported.
    @Test func importsSharedOutputsNeverReplaceAnotherOutput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(feedItem(body: "<p>美国气候特使克里即将访华。</p>"), to: directory.appendingPathComponent("a.txt"))
        guard let export = try run(["export", "--to", "en", "-o", ".", "a.txt"], in: directory) else { return }
        #expect(export.status == 0, "\(export.errors)")
        let clashes: [([String], String)] = [
            (["--tmx", "out/a.html"], "out/a.html: --tmx would overwrite the HTML merged from a.xlf"),
            (["--epub", "--report", "out/a.epub"], "out/a.epub: --report would overwrite the EPUB merged from a.xlf"),
            (["--tmx", "out/shared", "--report", "out/./shared"], "out/./shared: --report would overwrite the --tmx file"),
        ]
        for (options, message) in clashes {
            guard let outcome = try run(["import", "-o", "out"] + options + ["a.xlf"], in: directory) else { return }
            #expect(outcome.status == 1 && !outcome.signalled, "\(options): status \(outcome.status)")
            #expect(outcome.errors.contains(message), "\(options): \(outcome.errors)")
            #expect(files(under: directory.appendingPathComponent("out")).isEmpty, "\(options): something was written")
        }
    }

    /// A book has one target language; a translation into another would be tagged with the
    /// book's language (wrong fonts, hyphenation and speech), so it is refused by name.
    @Test func anEbookRefusesATranslationIntoAnotherLanguage() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(feedItem(title: "中文", body: "<p>美国气候特使克里即将访华，讨论气候变化问题。</p>"), to: directory.appendingPathComponent("zh.txt"))
        try write(feedItem(title: "English", body: "<p>The climate envoy will visit Beijing next week to restart the talks.</p>"),
                  to: directory.appendingPathComponent("en.txt"))
        for (name, target) in [("zh.txt", "en"), ("en.txt", "zh-Hans")] {
            guard let export = try run(["export", "--to", target, "-o", ".", name], in: directory) else { return }
            #expect(export.status == 0, "\(export.errors)")
        }
        guard let mixed = try run(["ebook", "--title", "Mixed", "-o", "mixed.epub", "zh.xlf", "en.xlf"], in: directory) else { return }
        #expect(mixed.status == 1 && !mixed.signalled)
        #expect(mixed.errors.contains("en.xlf: translated into zh-Hans, but the book's translations are in en; make one book per target language"),
                "\(mixed.errors)")
        #expect(mixed.errors.contains("mixed.epub: 1 chapter "), "\(mixed.errors)")
        guard let french = try run(["ebook", "--title", "French", "--to", "fr", "-o", "fr.epub", "zh.xlf"], in: directory) else { return }
        #expect(french.status == 1 && french.errors.contains("zh.xlf: translated into en, but the book's translations are in fr"), "\(french.errors)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("fr.epub").path))
    }

    @Test func smallMistakesGetPreciseAnswers() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write("source\ttarget\n美国\tUS\n", to: directory.appendingPathComponent("g.tsv"))
        // A missing folder for the converted glossary is made, as for every other output.
        guard let convert = try run(["glossary", "convert", "g.tsv", "new/folder/g.csv"], in: directory) else { return }
        #expect(convert.status == 0, "\(convert.errors)")
        #expect(files(under: directory.appendingPathComponent("new")) == ["folder/g.csv"])
        // Blank text is no text to look up.
        guard let lookup = try run(["glossary", "lookup", " ", ""], in: directory) else { return }
        #expect(lookup.status == 64 && lookup.errors.contains("Give the text to look up."), "\(lookup.status) \(lookup.errors)")
        // A link loop is not "no such file".
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("loop1").path, withDestinationPath: "loop2")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("loop2").path, withDestinationPath: "loop1")
        guard let loop = try run(["export", "--to", "en", "-o", "out", "loop1"], in: directory) else { return }
        #expect(loop.status == 1 && loop.errors.contains("loop1: cannot read:") && !loop.errors.contains("no such file"), "\(loop.errors)")
    }

    // MARK: Interruption

    @Test(.enabled(if: TestScope.full), arguments: [SIGINT, SIGTERM])
    func anInterruptedBatchLeavesNoPartialFiles(_ signalNumber: Int32) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var body = ""
        for index in 0..<150 {
            body += "<p>第\(index)段：美国气候特使克里即将访华，讨论<b>气候变化</b>问题，并与<a href=\"http://example.com/\(index)\">中国官员</a>会面。</p>\n"
        }
        let count = 1_500
        for index in 0..<count {
            try write(feedItem(title: "Article \(index)", body: body), to: inputs.appendingPathComponent(String(format: "a%05d.txt", index)))
        }
        let out = directory.appendingPathComponent("out")
        // Interrupt once the batch is well under way.
        try DiglotBinary.interrupt(["export", "--to", "en", "--jobs", "2", "-o", out.path, inputs.path], with: signalNumber,
                                   once: { files(under: out).filter { $0.hasSuffix(".xlf") }.count >= 20 },
                                   leavingNoTemporariesUnder: out)
        let written = files(under: out)
        #expect(written.count < count, "the batch finished before the signal; the test proves nothing")
        for file in written where file.hasSuffix(".xlf") {
            #expect(isCompleteXLIFF(out.appendingPathComponent(file)), "partial file \(file)")
        }
    }

    /// `diglot import` writes many files too: a signal mid-batch removes the temporaries in
    /// flight, and the report, open for the whole run, rather than leave half of it, and exits
    /// with 128 + signal, as export does.
    @Test(.enabled(if: TestScope.full), arguments: [SIGINT, SIGTERM])
    func anInterruptedImportLeavesNoPartialFilesOrReport(_ signalNumber: Int32) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var body = ""
        for index in 0..<60 {
            body += "<p>第\(index)段：美国气候特使克里即将访华，讨论<b>气候变化</b>问题。</p>\n"
        }
        let count = 600
        let articles = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in 0..<count {
            try write(feedItem(title: "Article \(index)", body: body), to: articles.appendingPathComponent(String(format: "a%05d.txt", index)))
        }
        guard let export = try run(["export", "--to", "en", "-o", "xliff", "articles"], in: directory) else { return }
        #expect(export.status == 0, "\(export.errors)")
        let out = directory.appendingPathComponent("out")
        let report = directory.appendingPathComponent("qa/report.json")
        try DiglotBinary.interrupt(["import", "--html", "--epub", "--jobs", "2", "--report", report.path, "-o", out.path,
                                    directory.appendingPathComponent("xliff").path], with: signalNumber,
                                   once: { files(under: out).count >= 20 }, leavingNoTemporariesUnder: directory)
        #expect(files(under: out).count < 2 * count, "the batch finished before the signal; the test proves nothing")
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}
