import Foundation
import Testing
@testable import DiglotKit

/// Every one-character Han headword of `../shared/glossaries/cedict-full.tsv` with its pinyin
/// (zhang3), for checking the generated reading tables against their source.
enum CEDICTReadings {
    static func all() throws -> [(character: Substring, scalar: UInt32, pinyin: Substring)] {
        let shared = try #require(GlossaryFixtures.shared)
        let text = try String(contentsOf: shared.appendingPathComponent("glossaries/cedict-full.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[0].unicodeScalars.count == 1, let scalar = fields[0].unicodeScalars.first,
                  ScriptFolding.isHan(scalar.value),
                  let pinyin = fields[2].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                      .first(where: { $0.hasPrefix("pinyin=") })?.dropFirst(7),
                  !pinyin.contains(" ") else { return nil }
            return (fields[0], scalar.value, Substring(pinyin))
        }
    }
}
