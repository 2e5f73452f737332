import Foundation
import Testing

/// Byte-for-byte comparison with a file in `Fixtures/<kind>/Golden` (XLIFF, HTML, EPUB, TMX).
///
/// `DIGLOT_RECORD=1` rewrites the file in the source tree and fails the test, so a new
/// baseline is always a deliberate, reviewed change.
enum GoldenFile {
    static func check(_ bytes: [UInt8], named name: String, in kind: String = "XLIFF",
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["DIGLOT_RECORD"] == "1" {
            let folder = Referee.packageRoot.appendingPathComponent("Tests/DiglotKitTests/Fixtures/\(kind)/Golden")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            Issue.record("recorded \(name); run the tests again without DIGLOT_RECORD", sourceLocation: sourceLocation)
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/\(kind)/Golden"),
            "golden file \(name) missing; record it with DIGLOT_RECORD=1", sourceLocation: sourceLocation)
        let expected = [UInt8](try Data(contentsOf: url))
        if bytes != expected {
            let actual = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let golden = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(actual, golden)).firstIndex { $0 != $1 } ?? min(actual.count, golden.count)
            Issue.record("""
                \(name) differs from the golden file at line \(line + 1):
                  golden: \(line < golden.count ? String(golden[line].prefix(300)) : "<end>")
                  actual: \(line < actual.count ? String(actual[line].prefix(300)) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
