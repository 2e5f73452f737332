import DiglotKit
import Foundation

/// Runs an export over many inputs on all cores, writing each article's files as soon as
/// they are made, so memory stays flat however many articles the batch holds.
struct ExportBatch {
    let options: ExportOptions
    let inputs: [String]
    let outputDirectory: String
    let jobs: Int?
    /// Whether `Result.written` lists every file (for `--json`); without it the batch keeps
    /// only counts, so memory stays flat even for a feed of a million items.
    var listsWrittenFiles = true
    /// `--images` folders searched for the pictures of review EPUBs.
    var imageFolders: [URL] = []

    /// What a batch produced, for the summary.
    struct Result: Encodable {
        var inputs = 0
        var written: [String] = []
        /// Files written, listed in `written` or not.
        var writtenCount = 0
        var statistics = ExportStatistics()
        var errors: [String] = []

        private enum CodingKeys: String, CodingKey { case inputs, written, statistics, errors }

        func summaryText() -> String {
            var lines = [
                "\(counted(statistics.articles, "article")) from \(counted(inputs, "input")), "
                    + "\(counted(statistics.units, "unit")), \(counted(statistics.segments, "segment")), "
                    + "\(counted(statistics.text.words, "word")), \(counted(statistics.text.characters, "character"))",
            ]
            if !statistics.termHits.isEmpty {
                let hits = statistics.termHits.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
                lines.append("glossary: " + hits.prefix(12).map { "\($0.key) → \($0.value.target) ×\($0.value.count)" }
                    .joined(separator: ", ") + (hits.count > 12 ? ", … (\(hits.count) terms)" : ""))
            }
            if let prefilled = statistics.prefilledUnits {
                lines.append("memory: \(counted(prefilled, "unit")) of \(statistics.units) pre-filled from the translation memory (marked for review)")
            }
            if !errors.isEmpty { lines.append("\(counted(errors.count, "input")) failed") }
            return lines.joined(separator: "\n")
        }

        func summaryJSON() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }

    func run() -> Result {
        let collected = InputCollector.collect(inputs)
        var result = Result()
        result.errors = collected.errors
        let items = collected.items
        result.inputs = items.count
        guard !items.isEmpty else { return result }
        // One clear error for an output directory that cannot be made, not one per article.
        let madeDirectories: [String]
        do {
            madeDirectories = try AtomicFile.makeDirectory(outputDirectory)
        } catch {
            result.errors.append("\(error)")
            return result
        }
        let stems = uniqueStems(for: items)
        let protected = Set(items.compactMap { item -> String? in
            if case .file(let path) = item { return URL(commandLinePath: path).standardizedFileURL.resolvingSymlinksInPath().path }
            return nil
        })
        let progress = ProgressBar(total: items.count, label: "export")
        let worker = Worker(exporter: Exporter(options: options), writer: AtomicFile(protectedPaths: protected),
                            outputDirectory: outputDirectory, imageFolders: imageFolders, progress: progress)
        // Whether an item of the feed being folded is an article: a feed with none fails.
        var inputHasArticle = false
        // Folded in input order as each article is done, so a batch of any size holds only
        // the running totals, not one outcome per article. A feed's items are parts that any
        // worker exports, so one big feed uses every core.
        result = ConcurrentMap(count: items.count, jobs: jobs).reduce(into: result, opening: { index, parts in
            worker.export(items[index], stem: stems[index], parts: parts)
        }, combine: { result, outcome, inputDone in
            result.statistics += outcome.statistics
            result.writtenCount += outcome.written.count
            if listsWrittenFiles { result.written += outcome.written }
            result.errors += outcome.errors
            guard inputDone else {
                if !outcome.skipped { inputHasArticle = true }
                return
            }
            if let error = outcome.noTextError, !inputHasArticle { result.errors.append(error) }
            inputHasArticle = false
            progress.advance()
        })
        progress.finish()
        if result.writtenCount == 0 { AtomicFile.removeEmptyDirectories(madeDirectories) }
        return result
    }

    /// Exports inputs and writes their files; one serves every worker thread.
    private struct Worker: Sendable {
        let exporter: Exporter
        let writer: AtomicFile
        let outputDirectory: String
        let imageFolders: [URL]
        /// Counts inputs and, once a feed is opened, its items.
        let progress: ProgressBar

        /// Exports an input: an article here, a feed's items as `parts` for any worker.
        func export(_ item: InputCollector.Item, stem: String, parts: ConcurrentMap.Parts<ItemOutcome>) -> ItemOutcome {
            if case .file(let path) = item, let size = LargeFeed.sizeIfTooLargeToRead(path) {
                return streamLargeFeed(path, size: size, item: item, stem: stem, parts: parts)
            }
            let input: OpenedInput
            do {
                input = try exporter.open(InputSource(name: item.displayName, bytes: try InputCollector.read(item)))
            } catch {
                return ItemOutcome(errors: ["\(error)"])
            }
            guard input.isFeed else {
                var outcome = ItemOutcome()
                for article in 0..<input.count { outcome.add(export(article: article, of: input, item: item, stem: stem)) }
                return outcome
            }
            progress.addSteps(input.count)
            for article in 0..<input.count { parts.add { exportItem(article, of: input, item: item, stem: stem) } }
            return ItemOutcome(noTextError: input.noTextError.description)
        }

        /// Reads a feed too large to read whole item by item, handing each item to the workers.
        private func streamLargeFeed(_ path: String, size: Int, item: InputCollector.Item, stem: String,
                                     parts: ConcurrentMap.Parts<ItemOutcome>) -> ItemOutcome {
            do {
                try LargeFeed.forEachItem(path, name: item.displayName, size: size, language: exporter.options.sourceLanguage,
                                          counted: progress.addSteps) { one in
                    parts.add { exportItem(0, of: one, item: item, stem: stem) }
                }
            } catch {
                return ItemOutcome(errors: ["\(error)"])
            }
            return ItemOutcome(noTextError: OpenedInput.noTextError(name: item.displayName).description)
        }

        /// One item of a feed, a step of the progress bar.
        private func exportItem(_ article: Int, of input: OpenedInput, item: InputCollector.Item, stem: String) -> ItemOutcome {
            defer { progress.advance() }
            return export(article: article, of: input, item: item, stem: stem)
        }

        private func export(article: Int, of input: OpenedInput, item: InputCollector.Item, stem: String) -> ItemOutcome {
            switch exporter.export(article: article, of: input, stem: stem,
                                   localImages: { LocalImages.collect(for: $0, input: item, folders: imageFolders) }) {
            case .packaged(let package): return write(package)
            case .skipped: return ItemOutcome(skipped: true)
            case .failed(let message): return ItemOutcome(errors: [message])
            }
        }

        /// Writes one package's files and reports what was written.
        private func write(_ package: Exporter.Package) -> ItemOutcome {
            var outcome = ItemOutcome()
            do {
                let base = URL(commandLinePath: outputDirectory).appendingPathComponent(package.name)
                let xliffURL = base.appendingPathExtension("xlf")
                try writer.write(package.xliff, to: xliffURL)
                outcome.written.append(xliffURL.path)
                if let epub = package.epub {
                    let epubURL = base.appendingPathExtension("epub")
                    try writer.write(epub, to: epubURL)
                    outcome.written.append(epubURL.path)
                }
                outcome.statistics += package.statistics
            } catch {
                outcome.errors.append("\(error)")
            }
            return outcome
        }
    }

    /// What an input, or one item of a feed, produced.
    private struct ItemOutcome: Sendable {
        var written: [String] = []
        var statistics = ExportStatistics()
        var errors: [String] = []
        /// A feed item with nothing to translate.
        var skipped = false
        /// For a feed, opened: the error to report if none of its items has text.
        var noTextError: String?

        mutating func add(_ other: ItemOutcome) {
            written += other.written
            statistics += other.statistics
            errors += other.errors
        }
    }

    /// Output stems in input order; a repeated stem gets `-2`, `-3`, … so no output is overwritten.
    private func uniqueStems(for items: [InputCollector.Item]) -> [String] {
        var used: [String: Int] = [:]
        return items.map { item in
            let stem = item == .standardInput ? "stdin" : OutputNaming.stem(ofInput: item.displayName)
            let count = (used[stem.lowercased()] ?? 0) + 1
            used[stem.lowercased()] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }
}
