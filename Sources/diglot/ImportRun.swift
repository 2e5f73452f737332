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

    struct Result {
        var report = QAReport()
        /// Problems outside any one file's report (unreadable --against, unwritable TMX).
        var errors: [String] = []
    }

    func execute() -> Result {
        var result = Result()
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
        var merged: [TranslatedDocument] = []
        var usedStems: [String: Int] = [:]
        for input in inputs {
            let bytes: [UInt8]
            do {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: input)))
            } catch {
                var failed = QAReport.FileReport(file: input)
                failed.errors = [CLIError.cannotRead(input, error.localizedDescription).description]
                result.report.files.append(failed)
                continue
            }
            var outcome = importer.importFile(bytes, name: input)
            if outcome.report.merged {
                let directory = output.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: input).deletingLastPathComponent()
                var stem = OutputNaming.stem(ofInput: input)
                let key = directory.path + "/" + stem.lowercased()
                let count = (usedStems[key] ?? 0) + 1
                usedStems[key] = count
                if count > 1 { stem += "-\(count)" }
                var written: [URL] = []
                do {
                    if let bytes = outcome.html {
                        let url = directory.appendingPathComponent(stem + ".html")
                        try writer.write(bytes, to: url)
                        written.append(url)
                    }
                    if let bytes = outcome.epub {
                        let url = directory.appendingPathComponent(stem + ".epub")
                        try writer.write(bytes, to: url)
                        written.append(url)
                    }
                    outcome.report.outputs = written.map(\.path)
                    if let translated = outcome.translated { merged.append(translated) }
                } catch {
                    // Leave nothing half-done behind for this file.
                    for url in written { try? FileManager.default.removeItem(at: url) }
                    outcome.report.merged = false
                    outcome.report.outputs = []
                    outcome.report.errors.append("\(error)")
                }
            }
            result.report.files.append(outcome.report)
        }
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

    /// The documents to cross-check with: an exported XLIFF's skeleton, or the article re-read.
    static func originals(at path: String) throws -> [Document] {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CLIError.cannotRead(path, error.localizedDescription)
        }
        if let skeleton = try? XLIFFSkeleton.extract(fromXLIFF: bytes, file: path) {
            return [skeleton.document]
        }
        return try ArticleReader().read(InputSource(name: path, bytes: bytes))
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
