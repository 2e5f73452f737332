import DiglotKit
import Foundation

/// One `diglot import` run: every file imported on its own, outputs written atomically,
/// then the shared TMX and the JSON report.
struct ImportRun {
    let inputs: [String]
    let html: Bool
    let epub: Bool
    let layout: EPUBLayout
    let output: String?
    let tmx: String?
    let against: String?
    let report: String?
    let jobs: Int?

    struct Result {
        var report = QAReport()
        /// Problems outside any one file's report (unreadable --against, unwritable TMX).
        var errors: [String] = []
    }

    func execute() -> Result {
        var result = Result()
        // Directories are searched for XLIFF files; standard input has no name to merge under.
        let collected = InputCollector.collect(inputs.filter { $0 != "-" }, extensions: ["xlf", "xliff", "xlf2"])
        result.errors = collected.errors
        if inputs.contains("-") { result.errors.append("-: standard input is not supported by import; save the XLIFF to a file") }
        let inputs = collected.items.compactMap { item -> String? in
            if case .file(let path) = item { return path }
            return nil
        }
        let protected = Set((inputs + [against].compactMap { $0 }).map(ImportRun.resolved))
        let writer = AtomicFile(protectedPaths: protected)
        var originals: [Document]?
        if let against {
            do {
                originals = try ImportRun.originals(at: against)
            } catch {
                result.errors.append("\(error)")
                return result
            }
        }
        let importer = Importer(options: Importer.Options(html: html, epub: epub, layout: layout, originals: originals,
                                                          originalName: against ?? "the original"))
        // Output names are fixed before the parallel work, so the same inputs always give the same names.
        var usedStems: [String: Int] = [:]
        let destinations = inputs.map { input -> URL in
            let directory = output.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: input).deletingLastPathComponent()
            var stem = OutputNaming.stem(ofInput: input)
            let key = directory.standardizedFileURL.path + "/" + stem.lowercased()
            let count = (usedStems[key] ?? 0) + 1
            usedStems[key] = count
            if count > 1 { stem += "-\(count)" }
            return directory.appendingPathComponent(stem)
        }
        // Folded in input order as each file is done; the merged articles are kept only when
        // a memory is to be written, so a batch without --tmx holds just the reports.
        let keepsTranslations = tmx != nil
        var merged: [TranslatedDocument] = []
        (result.report, merged) = ConcurrentMap(count: inputs.count, jobs: jobs).reduce(into: (result.report, merged), { index -> FileOutcome in
            ImportRun.importOne(inputs[index], to: destinations[index], importer: importer, writer: writer)
        }, combine: { folded, outcome in
            folded.0.files.append(outcome.report)
            if keepsTranslations, let translated = outcome.translated { folded.1.append(translated) }
        })
        if let tmx {
            do {
                try writer.write(try TMXWriter().write(merged), to: URL(fileURLWithPath: tmx))
            } catch {
                result.errors.append("\(tmx): cannot write the memory: \(error)")
            }
        }
        if let report {
            do {
                try writer.write(try result.report.json(), to: URL(fileURLWithPath: report))
            } catch {
                result.errors.append("\(report): cannot write the report: \(error)")
            }
        }
        return result
    }

    /// What one file gave: its report, and the merged article for the memory.
    struct FileOutcome: Sendable {
        var report: QAReport.FileReport
        var translated: TranslatedDocument?
    }

    /// Reads, imports and writes one file; `base` is the output path without extension.
    static func importOne(_ input: String, to base: URL, importer: Importer, writer: AtomicFile) -> FileOutcome {
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(input)
        } catch {
            var failed = QAReport.FileReport(file: input)
            failed.errors = [error.description]
            return FileOutcome(report: failed, translated: nil)
        }
        var outcome = importer.importFile(bytes, name: input)
        guard outcome.report.merged else { return FileOutcome(report: outcome.report, translated: nil) }
        var written: [URL] = []
        do {
            if let html = outcome.html {
                let url = base.appendingPathExtension("html")
                try writer.write(html, to: url)
                written.append(url)
            }
            if let epub = outcome.epub {
                let url = base.appendingPathExtension("epub")
                try writer.write(epub, to: url)
                written.append(url)
            }
        } catch {
            // Leave nothing half-done behind for this file.
            for url in written { try? FileManager.default.removeItem(at: url) }
            outcome.report.merged = false
            outcome.report.outputs = []
            outcome.report.errors.append("\(error)")
            return FileOutcome(report: outcome.report, translated: nil)
        }
        outcome.report.outputs = written.map(\.path)
        return FileOutcome(report: outcome.report, translated: outcome.translated)
    }

    /// The documents to cross-check with: an exported XLIFF's skeleton, or the article re-read.
    static func originals(at path: String) throws -> [Document] {
        let bytes = try BoundedFile.read(path)
        if let skeleton = try? XLIFFSkeleton.extract(fromXLIFF: bytes, file: path) {
            return [skeleton.document]
        }
        return try ArticleReader().read(InputSource(name: path, bytes: bytes))
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
