import Foundation

/// One export run over many inputs: which files are inputs, how outputs are named, when a
/// feed is streamed and when it fails for want of text, decided here once; each article's
/// files are written as soon as they are made, so memory stays flat however big the batch.
public struct ExportSession: Sendable {
    public var options: ExportOptions
    /// Files, directories (searched) and `-`, as the user named them.
    public var inputs: [String]
    public var outputDirectory: String
    /// Whether `Result.written` lists every file (for `--json`); without it the session keeps
    /// only counts, so memory stays flat even for a feed of a million items.
    public var listsWrittenFiles = true
    /// Folders searched for the pictures of review EPUBs.
    public var imageFolders: [URL] = []

    public init(options: ExportOptions, inputs: [String], outputDirectory: String) {
        self.options = options
        self.inputs = inputs
        self.outputDirectory = outputDirectory
    }

    /// What a run produced. Encoded, it is the `--json` summary.
    public struct Result: Encodable, Sendable {
        public var inputs = 0
        public var written: [String] = []
        /// Files written, listed in `written` or not.
        public var writtenCount = 0
        public var statistics = ExportStatistics()
        /// One diagnostic per failed input or article, in input order.
        public var errors: [Diagnostic] = []

        private enum CodingKeys: String, CodingKey { case inputs, written, statistics, errors }

        /// The `--json` summary: each error as its one-line form, as printed.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(inputs, forKey: .inputs)
            try container.encode(written, forKey: .written)
            try container.encode(statistics, forKey: .statistics)
            try container.encode(errors.map(\.description), forKey: .errors)
        }
    }

    /// Exports every input, spread by `scheduler`, results in input order.
    public func run(scheduler: some BatchScheduler, progress: (any BatchProgress)? = nil) -> Result {
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
            result.errors.append(.of(error, kind: .file))
            return result
        }
        let stems = UniqueStems.forInputs(items.map(\.displayName))
        progress?.addSteps(items.count)
        let worker = Worker(exporter: Exporter(options: options), writer: AtomicFile(protectedPaths: collected.resolvedPaths),
                            outputDirectory: outputDirectory, imageFolders: imageFolders, progress: progress)
        var feedText = FeedTextCheck()
        // Folded in input order as each article is done, so a batch of any size holds only
        // the running totals, not one outcome per article. A feed's items are parts that any
        // worker exports, so one big feed uses every core.
        result = scheduler.reduce(count: items.count, into: result, opening: { index, parts in
            worker.export(items[index], stem: stems[index], parts: parts)
        }, combine: { [listsWrittenFiles] result, outcome, inputDone in
            result.statistics += outcome.statistics
            result.writtenCount += outcome.written.count
            if listsWrittenFiles { result.written += outcome.written }
            result.errors += outcome.errors
            guard inputDone else { return feedText.add(itemHasText: !outcome.skipped) }
            if let feed = outcome.feed, let error = feedText.finish(feed: feed) { result.errors.append(error.diagnostic) }
            progress?.advance()
        })
        progress?.finish()
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
        let progress: (any BatchProgress)?

        /// Exports an input: an article here, a feed's items as `parts` for any worker.
        func export(_ item: InputCollector.Item, stem: String, parts: BatchParts<ItemOutcome>) -> ItemOutcome {
            let input: OpenedInput
            do {
                let streamed = { (one: OpenedInput) in parts.add { exportItem(0, of: one, item: item, stem: stem) } }
                guard let bytes = try ArticleInput.read(item, language: exporter.options.sourceLanguage,
                                                        counted: { progress?.addSteps($0) }, streamedItem: streamed) else {
                    return ItemOutcome(feed: item.displayName)
                }
                input = try ArticleInput.open(bytes, of: item, language: exporter.options.sourceLanguage)
            } catch {
                return ItemOutcome(errors: [.of(error)])
            }
            guard input.isFeed else {
                var outcome = ItemOutcome()
                for article in 0..<input.count { outcome.add(export(article: article, of: input, item: item, stem: stem)) }
                return outcome
            }
            progress?.addSteps(input.count)
            for article in 0..<input.count { parts.add { exportItem(article, of: input, item: item, stem: stem) } }
            return ItemOutcome(feed: input.name)
        }

        /// One item of a feed, a step of the progress.
        private func exportItem(_ article: Int, of input: OpenedInput, item: InputCollector.Item, stem: String) -> ItemOutcome {
            defer { progress?.advance() }
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
                outcome.errors.append(.of(error, kind: .file))
            }
            return outcome
        }
    }

    /// What an input, or one item of a feed, produced.
    private struct ItemOutcome: Sendable {
        var written: [String] = []
        var statistics = ExportStatistics()
        var errors: [Diagnostic] = []
        /// A feed item with nothing to translate.
        var skipped = false
        /// For a feed, opened or streamed: its name, for the error if none of its items has text.
        var feed: String?

        mutating func add(_ other: ItemOutcome) {
            written += other.written
            statistics += other.statistics
            errors += other.errors
        }
    }
}
