import Foundation

/// `diglot align` as a library call: an article and its published translation in, the
/// article's XLIFF with every target filled (and a bilingual EPUB, and sentence pairs for a
/// translation memory) out — bytes only, no disk.
///
/// The XLIFF is the one `export` writes for the original (same units, IDs and skeleton;
/// `Exporter` writes it), so `import` and `ebook` take it like any translated file. The
/// EPUB is made by importing that XLIFF, so it is exactly what `import --epub` would make.
public struct TranslationAligner: Sendable {
    /// What one run decides.
    public struct Options: Sendable {
        /// Language of the original (`--from`); detected when nil.
        public var sourceLanguage: LanguageTag?
        /// Language of the translation (`--to`); detected when nil.
        public var targetLanguage: LanguageTag?
        public var xliffVersion: XLIFFVersion
        /// Sentence segments in the XLIFF, each with its aligned sentences.
        public var sentences: Bool
        /// Also make a bilingual EPUB, in this layout.
        public var epub: Bool
        public var layout: EPUBLayout
        /// `--glossary` files: terms for the XLIFF and anchors for the alignment.
        public var glossaries: [Glossary]
        public var useDefaultGlossary: Bool

        public init(sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil, xliffVersion: XLIFFVersion = .v1_2,
                    sentences: Bool = false, epub: Bool = false, layout: EPUBLayout = .interleaved,
                    glossaries: [Glossary] = [], useDefaultGlossary: Bool = true) {
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.xliffVersion = xliffVersion
            self.sentences = sentences
            self.epub = epub
            self.layout = layout
            self.glossaries = glossaries
            self.useDefaultGlossary = useDefaultGlossary
        }
    }

    /// The outputs for one pair.
    public struct Package: Sendable {
        /// The original's stem: outputs are `<name>.xlf` and `<name>.epub`.
        public var name: String
        public var xliff: [UInt8]
        public var epub: [UInt8]?
        /// The original split into sentences with the aligned sentences: for `--tmx`.
        public var sentencePairs: TranslatedDocument
        public var summary: AlignmentSummary
    }

    public let options: Options

    /// The most paragraphs an article or its translation may have: a news article has tens, a
    /// long report hundreds; the search holds about a kilobyte per paragraph.
    public static let maximumParagraphs = 50_000

    public init(options: Options) {
        self.options = options
    }

    /// Aligns one pair; `stem` names the outputs. Throws `AlignmentError` naming the input
    /// at fault.
    public func align(original: InputSource, translation: InputSource, stem: String) throws(AlignmentError) -> Package {
        let originalDocument = try readOne(original, language: options.sourceLanguage)
        let translationDocument = try readOne(translation, language: options.targetLanguage)
        for (document, source) in [(originalDocument, original), (translationDocument, translation)]
            where document.blocks.count > Self.maximumParagraphs {
            throw AlignmentError(input: source.name, reason: "\(document.blocks.count) paragraphs; align takes up to "
                + "\(Self.maximumParagraphs) per article (the search keeps a row of costs per paragraph), split the file")
        }
        let source = originalDocument.metadata.sourceLanguage
        let target = options.targetLanguage ?? translationDocument.metadata.sourceLanguage
        guard source.primary != target.primary else {
            throw AlignmentError(input: translation.name, reason: "the original and the translation are both in \(source.rawValue) "
                + "(as detected); name the languages with --from and --to")
        }
        var anchorGlossaries = options.glossaries.map { $0.reading(from: source, to: target) }
        if options.useDefaultGlossary {
            for pair in [(source, target), (target, source)] {
                if let shipped = ShippedGlossary.glossary(from: pair.0, to: pair.1) { anchorGlossaries.append(shipped) }
            }
        }
        let aligned = DocumentAligner(glossaries: anchorGlossaries)
            .align(original: originalDocument, translation: translationDocument, targetLanguage: target, sentences: options.sentences)
        let translations = aligned.translated.translations.filter { !$0.value.plainText.allSatisfy(\.isWhitespace) }
        let exporter = Exporter(options: ExportOptions(
            sourceLanguage: source, targetLanguages: [target], xliffVersion: options.xliffVersion, sentences: options.sentences,
            glossaries: options.glossaries, useDefaultGlossary: options.useDefaultGlossary))
        let exported: Exporter.Package
        do {
            exported = try exporter.package(originalDocument, name: stem,
                                            aligned: AlignedTargets(translations: translations, alignments: aligned.alignments))
        } catch {
            throw AlignmentError(input: original.name, reason: "\(error)")
        }
        var epub: [UInt8]?
        if options.epub {
            let outcome = Importer(options: Importer.Options(html: false, epub: true, layout: options.layout))
                .importFile(exported.xliff, name: stem + ".xlf")
            guard let bytes = outcome.epub else {
                throw AlignmentError(input: original.name, reason: "cannot make the EPUB: " + outcome.report.errors.map(\.description).joined(separator: "; "))
            }
            epub = bytes
        }
        let summary = AlignmentSummary(alignments: Array(aligned.alignments.values), unmatchedStretches: aligned.orphanCount)
        return Package(name: stem, xliff: exported.xliff, epub: epub, sentencePairs: aligned.sentencePairs, summary: summary)
    }

    /// The one article of an input; a feed must hold exactly one item with text.
    private func readOne(_ source: InputSource, language: LanguageTag?) throws(AlignmentError) -> Document {
        var input = source
        input.language = language ?? source.language
        let documents: [Document]
        do {
            documents = try ArticleReader().read(input)
        } catch {
            throw AlignmentError(input: source.name, line: error.line, reason: error.reason)
        }
        guard documents.count == 1, let document = documents.first else {
            throw AlignmentError(input: source.name, reason: "holds \(documents.count) articles; align takes one article per file "
                + "(give one feed item, or split the feed)")
        }
        return document
    }
}
