import Foundation
import Testing
@testable import DiglotKit

/// Writes dumps of every corpus article to a directory when DIGLOT_DUMP_DIR is set (for review).
@Suite struct CorpusDumpTests {
    @Test func dumpsCorpusWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["DIGLOT_DUMP_DIR"] else { return }
        for folder in ["articles", "feeds", "seed"] {
            for url in Corpus.files(in: folder) where url.pathExtension != "md" {
                let output = URL(fileURLWithPath: directory).appendingPathComponent(folder + "-" + url.lastPathComponent + ".dump")
                do {
                    let documents = try ArticleReader().read(try Corpus.source(url))
                    try documents.map { $0.dump() }.joined(separator: "\n\n").write(to: output, atomically: true, encoding: .utf8)
                } catch {
                    try "ERROR \(error)".write(to: output, atomically: true, encoding: .utf8)
                }
            }
        }
    }
}
