/// Turns one returned XLIFF file into merged outputs — bytes only, no disk.
///
/// read → verify (against the skeleton and, optionally, a known original) → QA → merge →
/// HTML and/or EPUB. A file that fails verification gives no outputs, only its report.
public struct Importer: Sendable {
    /// What to produce.
    public struct Options: Hashable, Sendable {
        public var html: Bool
        public var epub: Bool
        public var layout: EPUBLayout
        /// Documents of `--against` and the name used for them in messages.
        public var originals: [Document]?
        public var originalName: String

        public init(html: Bool = true, epub: Bool = false, layout: EPUBLayout = .interleaved,
                    originals: [Document]? = nil, originalName: String = "the original") {
            self.html = html
            self.epub = epub
            self.layout = layout
            self.originals = originals
            self.originalName = originalName
        }
    }

    /// The result for one file.
    public struct Outcome: Sendable {
        public var report: QAReport.FileReport
        /// Nil when the file was not merged.
        public var translated: TranslatedDocument?
        public var html: [UInt8]?
        public var epub: [UInt8]?
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The whole import of one file: read, verify, merge, QA, then the HTML and EPUB asked for.
    public func importFile(_ bytes: [UInt8], name: String) -> Outcome {
        var outcome: Outcome
        let verified: VerifiedImport
        switch merge(bytes, name: name) {
        case .failed(let failure): return failure
        case .merged(let merged, let verification): (outcome, verified) = (merged, verification)
        }
        guard let translated = outcome.translated else { return outcome }
        func failed(_ failure: Diagnostic) -> Outcome {
            var report = outcome.report
            report.errors = [failure]
            report.merged = false
            return Outcome(report: report, translated: nil, html: nil, epub: nil)
        }
        outcome.report.issues = QAChecker().issues(in: translated, verified: verified)
        do {
            if options.html { outcome.html = try HTMLWriter().write(translated) }
        } catch {
            return failed(Diagnostic(file: name, kind: .import, message: "cannot write the HTML: \(error)"))
        }
        do {
            if options.epub { outcome.epub = try EPUBWriter().write(translated, options: EPUBOptions(layout: options.layout)) }
        } catch {
            return failed(Diagnostic(file: name, kind: .import, message: "cannot write the EPUB: \(error)"))
        }
        return outcome
    }

    /// Read, verify and merge only, without QA or outputs: what a book needs of each file.
    public func mergeFile(_ bytes: [UInt8], name: String) -> Outcome {
        switch merge(bytes, name: name) {
        case .merged(let outcome, _), .failed(let outcome): outcome
        }
    }

    /// Where the shared steps ended: merged (with what QA needs), or failed with the reasons
    /// in the report.
    private enum Merging {
        case merged(Outcome, VerifiedImport)
        case failed(Outcome)
    }

    private func merge(_ bytes: [UInt8], name: String) -> Merging {
        var report = QAReport.FileReport(file: name)
        func failed(_ failures: [Diagnostic]) -> Merging {
            report.errors = failures
            return .failed(Outcome(report: report, translated: nil, html: nil, epub: nil))
        }
        var imported: ImportedXLIFF
        do {
            imported = try XLIFFReader().read(bytes, file: name)
        } catch {
            return failed([error.diagnostic])
        }
        if imported.skeleton == nil, let substitute = substituteSkeleton(for: imported) {
            // A tool dropped the skeleton, but the original is known: use it.
            imported.skeleton = substitute
            imported.skeletonError = nil
        }
        if let document = imported.skeleton?.document {
            report.article = document.blocks.first { $0.role == .title }?.plainText ?? document.metadata.title
            report.targetLanguage = imported.skeleton?.targetLanguage.rawValue
            report.units = document.translatableBlocks.count
        }
        let verified = ImportVerifier().verify(imported, against: options.originals, originalName: options.originalName)
        guard verified.isMergeable else { return failed(verified.errors.map(\.diagnostic)) }
        let merged: Merger.Result
        do {
            merged = try Merger().merge(verified)
        } catch {
            return failed([error.diagnostic])
        }
        report.untranslatedUnits = merged.untranslatedUnits.count
        report.translatedUnits = report.units - merged.untranslatedUnits.count
        report.merged = true
        return .merged(Outcome(report: report, translated: merged.translated, html: nil, epub: nil), verified)
    }

    /// The skeleton rebuilt from `--against` when the file lost its own: the original
    /// document that shares the most unit IDs with the file, in the file's target language.
    private func substituteSkeleton(for imported: ImportedXLIFF) -> XLIFFSkeleton? {
        guard let originals = options.originals, !imported.units.isEmpty,
              let declared = imported.targetLanguage, let target = LanguageTag(declared) else { return nil }
        let ids = Set(imported.units.map(\.id))
        let best = originals.max { left, right in
            left.translatableBlocks.filter { ids.contains($0.id.rawValue) }.count
                < right.translatableBlocks.filter { ids.contains($0.id.rawValue) }.count
        }
        guard let document = best, document.translatableBlocks.contains(where: { ids.contains($0.id.rawValue) }) else { return nil }
        return XLIFFSkeleton(document: document, targetLanguage: target)
    }
}
