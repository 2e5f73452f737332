import Foundation
import Testing
@testable import DiglotKit

/// Real articles of the fixtures taken the whole way: exported as XLIFF 1.2 with sentences,
/// every sentence "translated" by a fixed rule, then imported. The outputs of each writer on
/// them are golden files, so a change anywhere on the path shows as a diff.
enum RealArticleRoundTrip {
    /// Fixture folder and file of the articles used.
    static let articles = [("Readers", "rfi-kerry-climate.txt"), ("Readers", "nyt-0003.txt"), ("Import", "bbc-0008.txt")]

    /// The imported outcome (HTML, EPUB and merged document) for one article.
    static func imported(_ folder: String, _ name: String, layout: EPUBLayout = .interleaved) throws -> Importer.Outcome {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/" + folder))
        let source = InputSource(name: name, bytes: Array(try Data(contentsOf: url)))
        let exporter = Exporter(options: ExportOptions(targetLanguages: ["en", "zh-Hans"], sentences: true, copySource: true))
        let package = try #require(exporter.export(source, stem: "article").packages.first)
        let filled = translate(String(decoding: package.xliff, as: UTF8.self))
        let outcome = Importer(options: Importer.Options(html: true, epub: true, layout: layout))
            .importFile(Array(filled.utf8), name: name + ".xlf")
        #expect(outcome.report.errors.isEmpty, "\(outcome.report.errors)")
        return outcome
    }

    /// A translator's stand-in: every `<mrk mtype="seg">` of a target gets `⟦EN⟧ ` before its
    /// text (codes kept where they are) and each target is marked translated.
    static func translate(_ xliff: String) -> String {
        var result = ""
        var rest = Substring(xliff)
        while let open = rest.range(of: "<target") {
            result += rest[..<open.lowerBound]
            guard let close = rest.range(of: "</target>", range: open.upperBound..<rest.endIndex) else { break }
            var target = String(rest[open.lowerBound..<close.upperBound])
            target = target.replacingOccurrences(of: "state=\"needs-translation\"", with: "state=\"translated\"")
            target = target.replacing(/<mrk mtype="seg" mid="\d+">/) { $0.output + "⟦EN⟧ " }
            result += target
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
