import Foundation
import Testing
@testable import DiglotKit

/// Real articles as the exporter prepares them, for skeleton tests: read with `ArticleReader`,
/// optionally split into sentences, annotated with the shipped glossary.
enum SkeletonSamples {
    /// Article fixtures kept in the package, so the tests run without `../shared`.
    static let fixtures = [
        ("Readers", "rfi-kerry-climate.txt"), ("Readers", "nyt-0003.txt"), ("Readers", "voa-0004.txt"),
        ("Readers", "rti-0004.txt"), ("Import", "bbc-0008.txt"), ("Import", "cdt-0009.txt"),
        ("Import", "economist-0006.txt"),
    ]

    /// Every `stride`-th article of `../shared/corpus/articles`, in the full test scope only
    /// (`TestScope.full`); the quick suite uses the fixtures above.
    static func corpusFiles(stride: Int) -> [URL] {
        guard TestScope.full else { return [] }
        return Corpus.files(in: "articles").enumerated().filter { $0.offset % stride == 0 }.map(\.element)
    }

    static func sources(corpusStride: Int) throws -> [InputSource] {
        var sources: [InputSource] = []
        for (folder, name) in fixtures {
            let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/" + folder))
            sources.append(InputSource(name: name, bytes: Array(try Data(contentsOf: url))))
        }
        for url in corpusFiles(stride: corpusStride) { sources.append(try Corpus.source(url)) }
        return sources
    }

    /// The documents of `source` as exported: segmented when asked, glossary hits filled in.
    static func prepared(_ source: InputSource, sentences: Bool) throws -> [Document] {
        try ArticleReader().read(source).map { read in
            var document = sentences ? SentenceSegmenter().segment(read) : read
            if let glossary = ShippedGlossary.glossary(from: document.metadata.sourceLanguage,
                                                       to: targetLanguage(of: document)) {
                document = GlossaryAnnotator(glossary: glossary).annotate(document)
            }
            return document
        }
    }

    /// English for Chinese articles, Simplified Chinese for the rest, as `--to en,zh-Hans` does.
    static func targetLanguage(of document: Document) -> LanguageTag {
        document.metadata.sourceLanguage.primary == "zh" ? "en" : "zh-Hans"
    }
}
