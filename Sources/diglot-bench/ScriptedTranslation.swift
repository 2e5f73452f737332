import DiglotKit
import Foundation

/// XLIFF as a translator hands it back: every unit's target filled, each segment its source
/// behind a marker, so a re-import runs the whole QA and a book shows both sides of every
/// paragraph. Written by the library's own exporter (the path `diglot align` takes with a
/// published translation), so the files are what `diglot export` would write, targets filled.
enum ScriptedTranslation {
    /// The marker in front of each target segment.
    static let marker = "[T] "

    /// Writes one translated XLIFF 1.2 file per article of `folder` into `output`; returns how many.
    static func write(articlesIn folder: URL, to output: URL) throws -> Int {
        let manager = FileManager.default
        try? manager.removeItem(at: output)
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        let exporter = Exporter(options: ExportOptions(targetLanguages: ["en", "zh-Hans"]))
        var written = 0
        for name in try manager.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            let path = folder.appendingPathComponent(name).path
            guard let bytes = manager.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
            let opened = try exporter.open(InputSource(name: path, bytes: Array(bytes)))
            for index in 0..<opened.count {
                guard let document = opened.document(at: index) else { continue }
                var translations: [UnitID: Translation] = [:]
                for block in document.blocks where block.isTranslatable {
                    translations[block.id] = Translation(segments: block.segments.map { [.text(marker)] + $0.runs })
                }
                let stem = String(name.dropLast(4)) + (opened.count > 1 ? "-\(index + 1)" : "")
                let package = try exporter.package(document, name: stem, aligned: AlignedTargets(translations: translations, alignments: [:]))
                try Data(package.xliff).write(to: output.appendingPathComponent(stem + ".xlf"))
                written += 1
            }
        }
        return written
    }
}
