import Foundation

/// One import run: every file imported on its own, outputs named and written atomically, its
/// report handed on and added to the JSON report as soon as every earlier file's is, then the
/// shared TMX; the JSON report is renamed into place last.
public struct ImportSession: Sendable {
    /// XLIFF files and directories (searched for XLIFF), as the user named them.
    public var inputs: [String]
    public var html: Bool
    public var epub: Bool
    public var layout: EPUBLayout
    /// Directory for the outputs; nil writes each next to its XLIFF.
    public var output: String?
    /// Where to write a TMX memory of every merged file, if anywhere.
    public var tmx: String?
    /// An exported XLIFF or the original article to cross-check with.
    public var against: String?
    /// Where to write the JSON QA report, if anywhere.
    public var report: String?

    public init(inputs: [String], html: Bool, epub: Bool, layout: EPUBLayout = .interleaved, output: String? = nil,
                tmx: String? = nil, against: String? = nil, report: String? = nil) {
        self.inputs = inputs
        self.html = html
        self.epub = epub
        self.layout = layout
        self.output = output
        self.tmx = tmx
        self.against = against
        self.report = report
    }

    /// What a run came to; each file's report went to `reported`.
    public struct Result: Sendable {
        /// Counts over every file's report; the reports themselves are not kept.
        public var totals = QAReport.Totals()
        /// Why each refused file was refused, in input order.
        public var refusals: [Diagnostic] = []
        /// Problems outside any one file's report (unreadable --against, unwritable TMX).
        public var errors: [Diagnostic] = []
    }

    /// Imports every input, spread by `scheduler`; `reported` gets each file's report in
    /// input order as soon as every earlier one is in.
    public func run(scheduler: some BatchScheduler, reported: @escaping (QAReport.FileReport) -> Void) -> Result {
        var result = Result()
        // Directories are searched for XLIFF files; standard input has no name to merge under.
        let collected = InputCollector.collect(inputs.filter { $0 != "-" }, extensions: InputCollector.xliffExtensions)
        result.errors = collected.errors
        if inputs.contains("-") { result.errors.append(Diagnostic(file: "-", kind: .input, message: "standard input is not supported by import; save the XLIFF to a file")) }
        let inputs = collected.items.compactMap { item -> String? in
            if case .file(let path) = item { return path }
            return nil
        }
        // The inputs were resolved when they were collected; only --against is new here.
        let protected = collected.resolvedPaths.union([against].compactMap { $0 }.map(URL.resolvedPath(ofCommandLinePath:)))
        let writer = AtomicFile(protectedPaths: protected)
        var originals: [Document]?
        if let against {
            do {
                originals = try Self.originals(at: against)
            } catch {
                result.errors.append(.of(error))
                return result
            }
        }
        let importer = Importer(options: Importer.Options(html: html, epub: epub, layout: layout, originals: originals,
                                                          originalName: against ?? "the original"))
        // Output names are fixed before the parallel work, so the same inputs always give the same names.
        var stems = UniqueStems()
        let destinations = inputs.map { input -> URL in
            let directory = output.map { URL(commandLinePath: $0) } ?? URL(commandLinePath: input).deletingLastPathComponent()
            return directory.appendingPathComponent(stems.claim(OutputNaming.stem(ofInput: input), in: directory.standardizedFileURL.path))
        }
        if let clash = clashingSharedOutput(destinations: destinations, inputs: inputs) {
            result.errors.append(clash)
            return result
        }
        InFlightFiles.shared.installSignalHandlers()
        // Opened now and written entry by entry; a failure to open it is reported where a
        // failure to write it would be, after the memory's.
        let json = report.map { JSONReportFile(URL(commandLinePath: $0), writer: writer) }
        // Folded in input order as each file is done: its report is handed on, written to the
        // JSON report and counted, then dropped. The merged articles are kept only when a
        // memory is to be written.
        let keepsTranslations = tmx != nil
        var merged: [TranslatedDocument] = []
        (result, merged) = scheduler.reduce(count: inputs.count, into: (result, merged), { index -> FileOutcome in
            Self.importOne(inputs[index], to: destinations[index], importer: importer, writer: writer)
        }, combine: { folded, outcome in
            reported(outcome.report)
            json?.append(outcome.report)
            folded.0.totals.add(outcome.report)
            if !outcome.report.merged { folded.0.refusals += outcome.report.errors }
            if keepsTranslations, let translated = outcome.translated { folded.1.append(translated) }
        })
        if let tmx {
            do {
                try writer.write(try TMXWriter().write(merged), to: URL(commandLinePath: tmx))
            } catch {
                result.errors.append(Diagnostic(file: tmx, kind: .file, message: "cannot write the memory: \(error)"))
            }
        }
        if let report, let json {
            do {
                try json.commit()
            } catch {
                result.errors.append(Diagnostic(file: report, kind: .file, message: "cannot write the report: \(error)"))
            }
        }
        return result
    }

    /// Why `--tmx` or `--report` cannot be written where asked, or nil: each would silently
    /// replace an article's HTML or EPUB, or the other one, after the run had reported it written.
    private func clashingSharedOutput(destinations: [URL], inputs: [String]) -> Diagnostic? {
        var planned: [String: String] = [:]
        for (base, input) in zip(destinations, inputs) {
            if html { planned[URL.resolvedPath(ofCommandLinePath: base.appendingPathExtension("html").path)] = "the HTML merged from \(input)" }
            if epub { planned[URL.resolvedPath(ofCommandLinePath: base.appendingPathExtension("epub").path)] = "the EPUB merged from \(input)" }
        }
        for (option, path) in [("--tmx", tmx), ("--report", report)] {
            guard let path else { continue }
            let key = URL.resolvedPath(ofCommandLinePath: path)
            if let other = planned[key] {
                return Diagnostic(file: path, kind: .file, message: "\(option) would overwrite \(other); choose another file name")
            }
            planned[key] = "the \(option) file"
        }
        return nil
    }

    /// What one file gave: its report (with why it was refused, if it was) and the merged
    /// article for the memory.
    private struct FileOutcome: Sendable {
        var report: QAReport.FileReport
        var translated: TranslatedDocument?
    }

    /// Reads, imports and writes one file; `base` is the output path without extension.
    private static func importOne(_ input: String, to base: URL, importer: Importer, writer: AtomicFile) -> FileOutcome {
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(input)
        } catch {
            return FileOutcome(report: QAReport.FileReport(file: input, errors: [error.diagnostic]), translated: nil)
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
            outcome.report.errors.append(Diagnostic.of(error, kind: .file))
            return FileOutcome(report: outcome.report, translated: nil)
        }
        outcome.report.outputs = written.map(\.path)
        return FileOutcome(report: outcome.report, translated: outcome.translated)
    }

    /// The documents to cross-check with: an exported XLIFF's skeleton, or the article re-read.
    private static func originals(at path: String) throws -> [Document] {
        let bytes = try BoundedFile.read(path)
        if let skeleton = try? XLIFFSkeleton.extract(fromXLIFF: bytes, file: path) {
            return [skeleton.document]
        }
        return try ArticleReader().read(InputSource(name: path, bytes: bytes))
    }
}
