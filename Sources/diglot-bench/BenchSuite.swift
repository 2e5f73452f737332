import DiglotKit
import Foundation

/// The measurements, in the order they are run; each adds rows to the table and, where the
/// issue sets a target, a plain verdict line.
struct BenchSuite {
    typealias Row = ResultTable.Row

    let corpus: BenchCorpus
    let diglot: String
    let count: Int
    var rows: [Row] = []
    var verdicts: [String] = []
    let cores = ProcessInfo.processInfo.activeProcessorCount

    init(corpus: BenchCorpus, diglot: String, count: Int) {
        self.corpus = corpus
        self.diglot = diglot
        self.count = count
    }

    private var megabytes: Double { Double(corpus.articleBytes) / 1_048_576 }

    private func megabytes(ofFirst articles: Int, bodies: Bool = false) -> Double {
        articles == count && !bodies ? megabytes : Double(corpus.bytes(ofFirst: articles, bodies: bodies)) / 1_048_576
    }

    // MARK: Export

    mutating func measureExport() throws {
        progress("floor: xmllint --html --noout over \(count) articles…")
        let floor = try xmllint(corpus.articles)
        rows.append(Row(name: "Floor: xmllint --html --noout (libxml2 only), 1 core", articles: count, megabytes: megabytes,
                        seconds: floor.seconds, cpuSeconds: floor.cpuSeconds, peakMemory: floor.peakMemory, note: "same input bytes"))
        var peakMemories: [Int] = []
        for version in ["1.2", "2.1"] {
            progress("diglot export --xliff \(version) --jobs 1…")
            let one = try export(corpus.articles, articles: count, version: version, jobs: 1)
            let floorRatio = one.seconds / floor.seconds
            rows.append(Row(name: "diglot export XLIFF \(version), 1 core (--jobs 1)", articles: count, megabytes: megabytes,
                            seconds: one.seconds, cpuSeconds: one.cpuSeconds, peakMemory: one.peakMemory,
                            note: "\(format(floorRatio, digits: 2))× the floor by wall time, \(format(one.cpuSeconds / floor.cpuSeconds, digits: 2))× by CPU (target ≤ 3×, issue 16)"))
            progress("diglot export --xliff \(version) on \(cores) cores…")
            let all = try export(corpus.articles, articles: count, version: version, jobs: nil)
            let speedUp = one.seconds / all.seconds
            rows.append(Row(name: "diglot export XLIFF \(version), \(cores) cores", articles: count, megabytes: megabytes,
                            seconds: all.seconds, cpuSeconds: all.cpuSeconds, peakMemory: all.peakMemory,
                            note: "\(format(speedUp, digits: 2))× over 1 core (target ≥ \(format(0.9 * Double(cores), digits: 1))×)"))
            verdicts.append(verdict(floorRatio <= 3, "XLIFF \(version) on one core is \(format(floorRatio, digits: 2))× the libxml2 floor (target ≤ 3×)."))
            verdicts.append(verdict(speedUp >= 0.9 * Double(cores),
                                    "XLIFF \(version) on \(cores) cores is \(format(speedUp, digits: 2))× one core (target ≥ \(format(0.9 * Double(cores), digits: 1))×)."))
            peakMemories += [one.peakMemory, all.peakMemory]
        }
        let peak = peakMemories.max() ?? 0
        if count > 1_000 {
            progress("diglot export over the first 1,000 articles, for memory growth…")
            let small = try export(corpus.subset(1_000), articles: 1_000, version: "1.2", jobs: nil)
            rows.append(Row(name: "diglot export XLIFF 1.2, \(cores) cores, first 1,000 only", articles: 1_000,
                            megabytes: megabytes(ofFirst: 1_000), seconds: small.seconds, cpuSeconds: small.cpuSeconds, peakMemory: small.peakMemory,
                            note: "peak memory at 1,000 vs \(count): \(mb(small.peakMemory)) vs \(mb(peak)) MB"))
            verdicts.append(verdict(peak < 200 * 1_048_576 && Double(peak) < 1.5 * Double(small.peakMemory),
                                    "Peak memory \(mb(peak)) MB for \(count) articles, \(mb(small.peakMemory)) MB for 1,000 (target: flat, < 200 MB)."))
        } else {
            verdicts.append(verdict(peak < 200 * 1_048_576, "Peak memory \(mb(peak)) MB for \(count) articles (target < 200 MB; run without --quick to see growth)."))
        }
    }

    // MARK: Glossaries

    mutating func measureGlossaries(articleCount: Int) throws {
        let zh: LanguageTag = "zh-Hans"
        let en: LanguageTag = "en"
        var shipped = Glossary()
        let repeats = 20
        let shippedSeconds = time {
            for _ in 0..<repeats { shipped = ShippedGlossary.glossary(from: zh, to: en) ?? Glossary() }
        } / Double(repeats)
        rows.append(Row(name: "Glossary load: shipped zh-en (\(shipped.count) entries)", seconds: shippedSeconds,
                        note: "in-process, mean of \(repeats)"))
        // The Chinese lexicon behind word boundaries: loaded once per process, on first use.
        var lexicon = Lexicon(data: "")
        var lexiconSeconds = Double.infinity
        for _ in 0..<3 { lexiconSeconds = min(lexiconSeconds, time { lexicon = Lexicon.makeChinese() }) }
        rows.append(Row(name: "Chinese lexicon load (\(lexicon.count) words)", seconds: lexiconSeconds,
                        note: "best of 3; once per process, when a glossary with Chinese entries is first used"))
        _ = WordSegmenter.chinese  // loaded before any matching is timed
        let documents = try Self.readDocuments(corpus.subset(articleCount)).filter { $0.metadata.sourceLanguage.primary == "zh" }
        let (shippedMatching, shippedHits) = matchingCost(GlossaryAnnotator(glossary: shipped), documents)
        rows.append(Row(name: "Glossary matching: shipped zh-en, \(documents.count) Chinese articles", articles: documents.count,
                        seconds: shippedMatching, note: "in-process, 1 core, annotate only; \(shippedHits) hits"))
        let shippedMarks = markCost(GlossaryAnnotator(glossary: shipped), documents)
        rows.append(Row(name: "Writing marks: shipped zh-en, XLIFF 1.2", articles: documents.count, seconds: shippedMarks.seconds,
                        note: "\(format(shippedMarks.perHit * 1e6, digits: 2)) µs per hit (\(shippedMarks.hits) hits; writing with marks − without)"))

        progress("diglot export with the shipped glossary over \(articleCount) articles…")
        let subset = try corpus.subset(articleCount)
        let base = try export(subset, articles: articleCount, version: "1.2", jobs: nil)
        rows.append(Row(name: "diglot export XLIFF 1.2, \(cores) cores, shipped glossary", articles: articleCount,
                        megabytes: megabytes(ofFirst: articleCount), seconds: base.seconds, cpuSeconds: base.cpuSeconds, peakMemory: base.peakMemory))

        for name in ["cedict-full.tsv", "cedict-names.tsv"] {
            let file = corpus.shared.appendingPathComponent("glossaries/" + name)
            guard let data = try? Data(contentsOf: file) else {
                rows.append(Row(name: "Glossary: \(name)", note: "not measured: \(file.path) missing"))
                continue
            }
            let bytes = Array(data)
            var loaded = Glossary()
            var failure: String?
            // Best of three: on a shared machine one run may catch a neighbour's burst.
            var loadSeconds = Double.infinity
            for _ in 0..<3 where failure == nil {
                loaded = Glossary()
                loadSeconds = min(loadSeconds, time {
                    do { loaded = try Glossary.load(bytes, name: name) } catch { failure = "\(error)" }
                })
            }
            if let failure {
                rows.append(Row(name: "Glossary load: \(name)", note: "failed: \(failure)"))
                continue
            }
            var annotator: GlossaryAnnotator?
            let buildSeconds = time { annotator = GlossaryAnnotator(glossary: shipped.merging(loaded)) }
            rows.append(Row(name: "Glossary load: \(name) (\(loaded.count) entries)", megabytes: Double(bytes.count) / 1_048_576,
                            seconds: loadSeconds,
                            note: "best of 3; \(format(loadSeconds / shippedSeconds, digits: 0))× the shipped one; matcher build \(format(buildSeconds, digits: 3)) s"))
            if loaded.count >= 100_000 {
                verdicts.append(verdict(loadSeconds < 0.5, "Loading \(name) (\(loaded.count) entries) takes \(format(loadSeconds, digits: 3)) s (target < 0.5 s)."))
            }
            if let annotator {
                let (matching, hits) = matchingCost(annotator, documents)
                let ratio = matching / shippedMatching
                rows.append(Row(name: "Glossary matching: shipped + \(name), \(documents.count) Chinese articles", articles: documents.count,
                                seconds: matching,
                                note: "\(format(ratio, digits: 2))× the shipped glossary's cost; \(hits) hits"))
                if name == "cedict-full.tsv" {
                    verdicts.append(verdict(ratio <= 1.3, "Matching with \(name) costs \(format(ratio, digits: 2))× the shipped glossary's pass (target ≤ 1.3×)."))
                }
                let marks = markCost(annotator, documents)
                rows.append(Row(name: "Writing marks: shipped + \(name), XLIFF 1.2", articles: documents.count, seconds: marks.seconds,
                                note: "\(format(marks.perHit * 1e6, digits: 2)) µs per hit (\(marks.hits) hits; shipped alone \(format(shippedMarks.perHit * 1e6, digits: 2)) µs)"))
            }
            progress("diglot export --glossary \(name) over \(articleCount) articles…")
            let big = try export(subset, articles: articleCount, version: "1.2", jobs: nil, glossaries: [file.path])
            rows.append(Row(name: "diglot export XLIFF 1.2, \(cores) cores, + \(name)", articles: articleCount,
                            megabytes: megabytes(ofFirst: articleCount), seconds: big.seconds, cpuSeconds: big.cpuSeconds, peakMemory: big.peakMemory,
                            note: "\(big.seconds >= base.seconds ? "+" : "")\(format(big.seconds - base.seconds, digits: 2)) s vs shipped glossary only"))
        }
    }

    // MARK: Peers

    mutating func measurePeers(articleCount: Int) throws {
        guard let html2po = ChildProcess.which("html2po"), let po2xliff = ChildProcess.which("po2xliff") else {
            rows.append(Row(name: "Peer: Translate Toolkit html2po + po2xliff",
                            note: "not measured: not on PATH (run ../shared/referee/install, or pip install translate-toolkit)"))
            return
        }
        let bodies = try corpus.subset(articleCount, bodies: true)
        let po = corpus.root.appendingPathComponent("tt-po")
        let xliff = corpus.root.appendingPathComponent("tt-xlf")
        progress("Translate Toolkit html2po + po2xliff over \(articleCount) bodies…")
        let toPO = try ChildProcess(html2po, ["--progress=none", "-i", bodies.path, "-o", po.path]).run()
        let toXLIFF = try ChildProcess(po2xliff, ["--progress=none", "-i", po.path, "-o", xliff.path]).run()
        let produced = files(in: xliff, extension: "xliff")
        let peerSeconds = toPO.seconds + toXLIFF.seconds
        let bodyMB = megabytes(ofFirst: articleCount, bodies: true)
        rows.append(Row(name: "Peer: Translate Toolkit html2po + po2xliff, 1 process", articles: articleCount, megabytes: bodyMB,
                        seconds: peerSeconds, cpuSeconds: toPO.cpuSeconds + toXLIFF.cpuSeconds, peakMemory: max(toPO.peakMemory, toXLIFF.peakMemory),
                        note: "same HTML bodies; \(produced) of \(articleCount) converted (the rest rejected)"))
        let subset = try corpus.subset(articleCount)
        let one = try export(subset, articles: articleCount, version: "1.2", jobs: 1)
        let all = try export(subset, articles: articleCount, version: "1.2", jobs: nil)
        rows.append(Row(name: "diglot export XLIFF 1.2 of the same articles, 1 core", articles: articleCount,
                        megabytes: megabytes(ofFirst: articleCount), seconds: one.seconds, cpuSeconds: one.cpuSeconds, peakMemory: one.peakMemory,
                        note: "\(format(peerSeconds / one.seconds, digits: 1))× faster than Translate Toolkit"))
        rows.append(Row(name: "diglot export XLIFF 1.2 of the same articles, \(cores) cores", articles: articleCount,
                        megabytes: megabytes(ofFirst: articleCount), seconds: all.seconds, cpuSeconds: all.cpuSeconds, peakMemory: all.peakMemory,
                        note: "\(format(peerSeconds / all.seconds, digits: 1))× faster than Translate Toolkit by wall time (target ≥ 25×); \(format((toPO.cpuSeconds + toXLIFF.cpuSeconds) / one.cpuSeconds, digits: 1))× by CPU"))
        verdicts.append(verdict(peerSeconds / all.seconds >= 25,
                                "Export on \(cores) cores is \(format(peerSeconds / all.seconds, digits: 1))× faster than Translate Toolkit on \(articleCount) articles (target ≥ 25×)."))
    }

    // MARK: Re-import and ebook

    /// Writes the first `articleCount` articles as translated XLIFF (`ScriptedTranslation`:
    /// every target filled, as a translator hands the files back), then times `diglot import`
    /// over those files and `diglot ebook` building one bilingual book.
    mutating func measureImportAndEbook(articleCount: Int, withPandoc: Bool) throws {
        let subset = try corpus.subset(articleCount)
        let translated = corpus.root.appendingPathComponent("translated")
        progress("writing \(articleCount) articles as translated XLIFF for re-import…")
        let scripted = try ScriptedTranslation.write(articlesIn: subset, to: translated)
        guard scripted == articleCount else { throw BenchError("wrote \(scripted) translated XLIFF files for \(articleCount) articles") }
        let inputMB = megabytes(ofFirst: articleCount)

        var importOne: ChildProcess.Usage?
        for jobs in [1, nil] as [Int?] {
            // A fresh directory per run, as for export (see `export`).
            let merged = corpus.root.appendingPathComponent("merged-\(UUID().uuidString)")
            progress("diglot import of \(articleCount) XLIFF files on \(jobs.map { "\($0) core" } ?? "\(cores) cores")…")
            var arguments = ["import", "-o", merged.path]
            if let jobs { arguments += ["--jobs", String(jobs)] }
            let usage = try diglotRun(arguments + [translated.path])
            let written = files(in: merged, extension: "html")
            guard written == articleCount else { throw BenchError("diglot import wrote \(written) HTML files for \(articleCount) XLIFF files") }
            let note = importOne.map { "\(format($0.seconds / usage.seconds, digits: 2))× over 1 core" }
                ?? "every target filled: verify + QA + merge to HTML; input MB are the source articles'"
            rows.append(Row(name: "Re-import: diglot import, \(jobs == 1 ? "1 core (--jobs 1)" : "\(cores) cores")", articles: articleCount,
                            megabytes: inputMB, seconds: usage.seconds, cpuSeconds: usage.cpuSeconds, peakMemory: usage.peakMemory, note: note))
            if jobs == 1 { importOne = usage }
        }

        // A book holds one target language (diglot refuses to mix them), and the batch has
        // Chinese articles translated into English and English ones into Chinese: one book per
        // target language, their times added up, against pandoc's one book of all articles.
        var ours = ChildProcess.Usage(status: 0, seconds: 0, cpuSeconds: 0, peakMemory: 0)
        var size = 0
        var books: [String] = []
        for (language, folder) in try splitByTargetLanguage(translated) {
            let book = corpus.root.appendingPathComponent("diglot-\(language).epub")
            let chapters = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).count) ?? 0
            progress("diglot ebook of \(chapters) articles translated into \(language)…")
            let usage = try diglotRun(["ebook", "--title", "Diglot benchmark", "-o", book.path, folder.path])
            ours.seconds += usage.seconds
            ours.cpuSeconds += usage.cpuSeconds
            ours.peakMemory = max(ours.peakMemory, usage.peakMemory)
            size += (try? FileManager.default.attributesOfItem(atPath: book.path)[.size] as? Int) ?? 0
            books.append("\(chapters) into \(language)")
        }
        rows.append(Row(name: "Ebook: diglot ebook, \(articleCount) translated articles, bilingual", articles: articleCount,
                        megabytes: inputMB, seconds: ours.seconds, cpuSeconds: ours.cpuSeconds, peakMemory: ours.peakMemory,
                        note: "one book per target language (\(books.joined(separator: ", "))), every paragraph twice, \(mb(size)) MB of EPUB"))
        guard withPandoc else { return }
        guard let pandoc = ChildProcess.which("pandoc") else {
            rows.append(Row(name: "Peer: pandoc HTML → EPUB", note: "not measured: pandoc not on PATH"))
            return
        }
        let bodies = try corpus.subset(articleCount, bodies: true)
        let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: bodies.path)) ?? []).sorted().map { bodies.appendingPathComponent($0).path }
        progress("pandoc EPUB of \(articleCount) articles (it tries to fetch every remote image)…")
        let theirs = try ChildProcess(pandoc, ["-f", "html", "-t", "epub3", "--metadata", "title=Diglot benchmark",
                                               "-o", corpus.root.appendingPathComponent("pandoc.epub").path] + inputs).run()
        let wallRatio = theirs.seconds / ours.seconds
        let cpuRatio = theirs.cpuSeconds / ours.cpuSeconds
        rows.append(Row(name: "Peer: pandoc HTML → EPUB 3 (one language)", articles: articleCount,
                        megabytes: megabytes(ofFirst: articleCount, bodies: true), seconds: theirs.seconds, cpuSeconds: theirs.cpuSeconds, peakMemory: theirs.peakMemory,
                        note: "exit \(theirs.status); Diglot \(format(wallRatio, digits: 1))× faster (wall), \(format(cpuRatio, digits: 1))× (CPU) (target ≥ 20×)"))
        verdicts.append(verdict(min(wallRatio, cpuRatio) >= 20,
                                "A \(articleCount)-article ebook is \(format(wallRatio, digits: 1))× faster than pandoc by wall time, \(format(cpuRatio, digits: 1))× by CPU time (target ≥ 20×)."))
    }

    // MARK: A feed too large to read whole

    /// One feed of about `megabytes` MB (the items of a real corpus feed, repeated), which
    /// diglot reads item by item: its time on one core and on all, and its peak memory.
    mutating func measureLargeFeed(megabytes target: Int) throws {
        let source = corpus.shared.appendingPathComponent("corpus/feeds/greatfire-rfa-paopao.rss")
        guard let bytes = FileManager.default.contents(atPath: source.path).map(Array.init),
              let first = bytes.firstRange(of: Array("<item>".utf8)), let last = bytes.lastRange(of: Array("</item>".utf8)) else {
            rows.append(Row(name: "Large feed", note: "not measured: \(source.lastPathComponent) not found"))
            return
        }
        // The feed's own bytes, its run of items copied until the file is large enough.
        let items = bytes[first.lowerBound..<last.upperBound]
        let itemsPerCopy = items.ranges(of: Array("<item>".utf8)).count
        let copies = max(1, target * 1_048_576 / items.count)
        let feed = corpus.root.appendingPathComponent("archive.rss")
        guard FileManager.default.createFile(atPath: feed.path, contents: nil), let handle = try? FileHandle(forWritingTo: feed) else {
            throw BenchError("cannot write \(feed.path)")
        }
        handle.write(Data(bytes[..<first.lowerBound]))
        for _ in 0..<copies { handle.write(Data(items)) }
        handle.write(Data(bytes[last.upperBound...]))
        try handle.close()
        let size = Double((try FileManager.default.attributesOfItem(atPath: feed.path)[.size] as? Int) ?? 0) / 1_048_576
        let count = copies * itemsPerCopy
        var one: ChildProcess.Usage?
        for jobs in [1, cores] {
            progress("diglot export of one \(Int(size)) MB feed (\(count) items), --jobs \(jobs)…")
            let output = corpus.root.appendingPathComponent("out-\(UUID().uuidString)")
            let usage = try diglotRun(["export", "--to", "en", "--jobs", String(jobs), "-o", output.path, feed.path])
            let written = files(in: output, extension: "xlf")
            guard written == count else { throw BenchError("diglot export wrote \(written) XLIFF files for \(count) feed items") }
            let note = one.map { "\(format($0.seconds / usage.seconds, digits: 2))× over 1 core" }
                ?? "over the 64 MB read-whole limit: read item by item"
            rows.append(Row(name: "diglot export of one feed, \(jobs == 1 ? "1 core" : "\(jobs) cores")", articles: count, megabytes: size,
                            seconds: usage.seconds, cpuSeconds: usage.cpuSeconds, peakMemory: usage.peakMemory, note: note))
            one = one ?? usage
        }
    }

    // MARK: Helpers

    private func export(_ input: URL, articles: Int, version: String, jobs: Int?, glossaries: [String] = []) throws -> ChildProcess.Usage {
        // A fresh directory per run, all removed with the corpus at the end. Deleting the last
        // run's 10,000 files just before the next would time the file system instead: ext4
        // without a journal skips inodes freed in the last minute, so every file created
        // right after a mass delete scans past them (a third of the run's time, serialised
        // across cores). No user deletes 10,000 files a second before exporting.
        let output = corpus.root.appendingPathComponent("out-\(UUID().uuidString)")
        var arguments = ["export", "--to", "en,zh-Hans", "--xliff", version, "-o", output.path]
        if let jobs { arguments += ["--jobs", String(jobs)] }
        for glossary in glossaries { arguments += ["--glossary", glossary] }
        arguments.append(input.path)
        let usage = try diglotRun(arguments)
        let written = files(in: output, extension: "xlf")
        guard written == articles else { throw BenchError("diglot export wrote \(written) XLIFF files for \(articles) articles") }
        return usage
    }

    /// Runs `diglot` with its standard output discarded; a non-zero exit is an error that
    /// quotes the end of its standard error.
    private func diglotRun(_ arguments: [String]) throws -> ChildProcess.Usage {
        let errors = corpus.root.appendingPathComponent("diglot.err")
        let usage = try ChildProcess(diglot, arguments, standardError: errors.path).run()
        guard usage.status == 0 else {
            throw BenchError("diglot \(arguments.joined(separator: " ")) failed (exit \(usage.status)): \(tail(errors))")
        }
        return usage
    }

    /// xmllint over every file of `directory`, a thousand files per process, one after another.
    private func xmllint(_ directory: URL) throws -> ChildProcess.Usage {
        guard let xmllint = ChildProcess.which("xmllint") else { throw BenchError("xmllint not on PATH (apt-get install libxml2-utils)") }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        var total = ChildProcess.Usage(status: 0, seconds: 0, cpuSeconds: 0, peakMemory: 0)
        var start = 0
        while start < names.count {
            let chunk = names[start..<min(start + 1_000, names.count)].map { directory.appendingPathComponent($0).path }
            let usage = try ChildProcess(xmllint, ["--html", "--noout"] + chunk).run()
            guard usage.status < 128 else { throw BenchError("xmllint crashed (status \(usage.status))") }
            total.seconds += usage.seconds
            total.cpuSeconds += usage.cpuSeconds
            total.peakMemory = max(total.peakMemory, usage.peakMemory)
            start += 1_000
        }
        return total
    }

    static func readDocuments(_ directory: URL) throws -> [Document] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        return try names.flatMap { name in
            try ArticleReader().read(InputSource(name: name, bytes: Array(Data(contentsOf: directory.appendingPathComponent(name)))))
        }
    }

    /// The matching pass alone: the annotator over every article, best of three, and the hits.
    private func matchingCost(_ annotator: GlossaryAnnotator, _ documents: [Document]) -> (seconds: Double, hits: Int) {
        var hits = 0
        var best = Double.infinity
        for _ in 0..<3 {
            hits = 0
            best = min(best, time {
                for document in documents {
                    hits += annotator.annotate(document).blocks.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.terms.count } }
                }
            })
        }
        progress("matched \(hits) term occurrences in \(documents.count) articles")
        return (best, hits)
    }

    /// What the marks cost to write: XLIFF 1.2 of the annotated articles minus XLIFF 1.2 of
    /// the same articles without terms (best of three each), per hit.
    private func markCost(_ annotator: GlossaryAnnotator, _ documents: [Document]) -> (seconds: Double, hits: Int, perHit: Double) {
        let annotated = documents.map(annotator.annotate)
        let plain = documents.map(GlossaryAnnotator(glossary: Glossary()).annotate)
        let hits = annotated.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.terms.count } } }
        let options = XLIFFWriterOptions(targetLanguage: "en")
        func writing(_ batch: [Document]) -> Double {
            var best = Double.infinity
            for _ in 0..<3 {
                best = min(best, time { for document in batch { _ = try? XLIFF12Writer().write(document, options: options) } })
            }
            return best
        }
        let seconds = max(0, writing(annotated) - writing(plain))
        return (seconds, hits, hits > 0 ? seconds / Double(hits) : 0)
    }

    private func time(_ body: () -> Void) -> Double {
        let start = ChildProcess.now()
        body()
        return ChildProcess.now() - start
    }

    /// Hard-links each XLIFF file of `folder` into a sibling folder per target language (read
    /// from the file's head: `target-language` in 1.2, `trgLang` in 2.x), sorted by language.
    private func splitByTargetLanguage(_ folder: URL) throws -> [(String, URL)] {
        var folders: [String: URL] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".xlf") }.sorted()
        for name in names {
            let file = folder.appendingPathComponent(name)
            let head = String(decoding: (try? FileHandle(forReadingFrom: file).read(upToCount: 4096)) ?? Data(), as: UTF8.self)
            guard let language = ["target-language=\"", "trgLang=\""].lazy.compactMap({ key in
                head.range(of: key).map { head[$0.upperBound...].prefix { $0 != "\"" } }
            }).first.map(String.init) else { throw BenchError("\(name): no target language in its first 4 KB") }
            let target = folders[language] ?? folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent)-\(language)")
            if folders[language] == nil {
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                folders[language] = target
            }
            try FileManager.default.linkItem(at: file, to: target.appendingPathComponent(name))
        }
        return folders.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func files(in directory: URL, extension suffix: String) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return 0 }
        var total = 0
        for case let path as String in enumerator where path.hasSuffix("." + suffix) { total += 1 }
        return total
    }

    private func tail(_ file: URL) -> String {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(3).joined(separator: " / ")
    }

    private func mb(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, digits: 1) }

    private func verdict(_ met: Bool, _ text: String) -> String { (met ? "MET: " : "MISSED: ") + text }
}
