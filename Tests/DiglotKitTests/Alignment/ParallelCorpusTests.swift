import Foundation
import Testing
@testable import DiglotKit

/// The aligner on the real pairs of `../shared/parallel` (full scope): each translation's lines
/// regrouped by seeded random merges, every character scored against the line it translates.
@Suite struct ParallelCorpusTests {
    /// Character-level accuracy (= F1, every character being attributed) over one collection.
    private func score(collection: String, original: String, translation: String, paragraphs: Bool) throws -> Double {
        let folder = try #require(PackageRoot.shared("parallel/" + collection))
        var generator = SeededGenerator(seed: 15)
        var correct = 0
        var total = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            func lines(_ language: String) throws -> [String] {
                try String(contentsOf: folder.appendingPathComponent(name).appendingPathComponent(language + ".txt"), encoding: .utf8)
                    .split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
            }
            var source = try lines(original)
            var target = try lines(translation)
            guard source.count == target.count else { continue }
            if paragraphs {
                var groupedSource: [String] = [], groupedTarget: [String] = [], start = 0
                while start < source.count {
                    let end = min(source.count, start + Int(generator.next() % 5) + 1)
                    groupedSource.append(source[start..<end].joined(separator: " "))
                    groupedTarget.append(target[start..<end].joined())
                    start = end
                }
                (source, target) = (groupedSource, groupedTarget)
            }
            // Translation paragraphs: each line break removed with probability 0.5.
            var merged: [[Int]] = []
            for index in target.indices {
                if index > 0, generator.next() % 2 == 0 { merged[merged.count - 1].append(index) } else { merged.append([index]) }
            }
            let translationText = merged.map { $0.map { target[$0] }.joined(separator: translation == "zh" ? "" : " ") }.joined(separator: "\n")
            let sourceDocument = try AlignmentSamples.document(source.joined(separator: "\n"), name: name, language: LanguageTag(stringLiteral: original))
            let targetDocument = try AlignmentSamples.document(translationText, name: name, language: LanguageTag(stringLiteral: translation))
            let result = DocumentAligner().align(original: sourceDocument, translation: targetDocument,
                                                 targetLanguage: LanguageTag(stringLiteral: translation), sentences: false)
            let blocks = sourceDocument.translatableBlocks
            guard blocks.count == source.count else { continue }
            let gold = merged.flatMap { $0.flatMap { line in AlignmentSamples.characters(target[line]).map { _ in line } } }
            let predicted = blocks.enumerated().flatMap { index, block in
                AlignmentSamples.characters(result.translated.translations[block.id]?.plainText ?? "").map { _ in index }
            }
            #expect(predicted.count == gold.count, "\(name): the targets hold other characters than the translation")
            correct += zip(predicted, gold).filter { $0 == $1 }.count
            total += gold.count
        }
        return Double(correct) / Double(max(total, 1))
    }

    @Test(.enabled(if: TestScope.fullWithShared("parallel"))) func ftSentenceLevelNews() throws {
        #expect(try score(collection: "pdc_ft_sample", original: "en", translation: "zh", paragraphs: false) >= 0.97)
    }

    @Test(.enabled(if: TestScope.fullWithShared("parallel"))) func paragraphLevelNews() throws {
        #expect(try score(collection: "wmt22_en-zh_news", original: "en", translation: "zh", paragraphs: true) >= 0.985)
    }
}
