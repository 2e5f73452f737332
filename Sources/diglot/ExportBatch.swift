import DiglotKit
import Foundation

/// Runs an export over many inputs on all cores, writing each article's files as soon as
/// they are made, so memory stays flat however many articles the batch holds.
struct ExportBatch {
    let options: ExportOptions
    let inputs: [String]
    let outputDirectory: String
    let jobs: Int?

    /// What a batch produced, for the summary.
    struct Result: Encodable {
        var inputs = 0
        var written: [String] = []
        var statistics = ExportStatistics()
        var errors: [String] = []

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
        let writer = AtomicFile(protectedPaths: protected)
        let exporter = Exporter(options: options)
        let progress = ProgressBar(total: items.count, label: "export")
        // Folded in input order as each article is done, so a batch of any size holds only
        // the running totals, not one outcome per article.
        result = ConcurrentMap(count: items.count, jobs: jobs).reduce(into: result, { index -> ItemOutcome in
            defer { progress.advance() }
            let item = items[index]
            var outcome = ItemOutcome()
            let bytes: [UInt8]
            do { bytes = try InputCollector.read(item) } catch {
                outcome.errors.append("\(error)")
                return outcome
            }
            let exported = exporter.export(InputSource(name: item.displayName, bytes: bytes), stem: stems[index],
                                           localImages: { LocalImages.collect(for: $0, input: item) })
            outcome.errors = exported.errors
            for package in exported.packages {
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
            }
            return outcome
        }, combine: { result, outcome in
            result.statistics += outcome.statistics
            result.written += outcome.written
            result.errors += outcome.errors
        })
        progress.finish()
        if result.written.isEmpty { AtomicFile.removeEmptyDirectories(madeDirectories) }
        return result
    }

    private struct ItemOutcome: Sendable {
        var written: [String] = []
        var statistics = ExportStatistics()
        var errors: [String] = []
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
