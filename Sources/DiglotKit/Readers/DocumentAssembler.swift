/// Builds the final `Document` from a headline, extracted blocks and metadata.
///
/// The headline becomes the first block (role `.title`); a body block repeating it near the top
/// is dropped. Each block gets its `UnitID` in document order and is marked translatable only
/// when it has something to translate. The source language is the forced one or detected.
struct DocumentAssembler: Sendable {
    /// Blocks this close to the top that repeat the headline are removed as duplicates.
    static let duplicateHeadlineWindow = 3

    var input: String

    func document(title rawTitle: String?, blocks extracted: [ExtractedBlock], metadata: ArticleMetadata,
                  forcedLanguage: LanguageTag?, declaredLanguage: LanguageTag? = nil) throws(ReaderError) -> Document {
        var body = extracted
        var title = rawTitle.map(Self.normaliseTitle).flatMap { $0.isEmpty ? nil : $0 }
        if title == nil, let index = body.prefix(Self.duplicateHeadlineWindow).firstIndex(where: { $0.role == .heading(level: 1) }) {
            title = body[index].plainText
            body.remove(at: index)
        }
        if let currentTitle = title {
            let key = Self.comparisonKey(currentTitle)
            if let index = body.prefix(Self.duplicateHeadlineWindow).firstIndex(where: { block in
                let blockKey = Self.comparisonKey(block.plainText)
                switch block.role {
                case .heading(level: 1):
                    // The visible headline, possibly without the " | Site" suffix of og:title.
                    return !blockKey.isEmpty && (blockKey == key || (key.contains(blockKey) && blockKey.count * 2 >= key.count))
                case .heading, .paragraph, .title: return blockKey == key
                default: return false
                }
            }) {
                if case .heading(level: 1) = body[index].role { title = body[index].plainText }
                body.remove(at: index)
            }
        }
        var allocator = UnitIDAllocator()
        var blocks: [Block] = []
        blocks.reserveCapacity(body.count + 1)
        /// The plain text of each translatable block, in order, for language detection.
        var translatableTexts: [String] = []
        translatableTexts.reserveCapacity(body.count + 1)
        if let title {
            let translatable = TextClassifier.isTranslatable(title)
            blocks.append(Block(id: allocator.next(role: .title, text: title), role: .title,
                                segments: [Segment(runs: [.text(title)])], isTranslatable: translatable))
            if translatable { translatableTexts.append(title) }
        }
        let bylines = Self.separateBylines(in: body)
        for (index, block) in body.enumerated() {
            let text = block.plainText
            let translatable: Bool
            var idText = text
            switch block.role {
            case .separator: translatable = false
            case .image(let image):
                translatable = text.unicodeScalars.contains(where: ScriptClass.isLetter)
                if text.isEmpty { idText = image.source }
            default: translatable = !bylines.contains(index) && TextClassifier.isTranslatable(text)
            }
            blocks.append(Block(id: allocator.next(role: block.role, text: idText), role: block.role,
                                segments: [Segment(runs: block.runs)], isTranslatable: translatable))
            if translatable { translatableTexts.append(text) }
        }
        guard !translatableTexts.isEmpty else {
            throw ReaderError(input: input, reason: "no content: nothing to translate was found")
        }
        var metadata = metadata
        metadata.title = title ?? metadata.title
        metadata.sourceLanguage = forcedLanguage ?? LanguageDetector.resolve(
            detected: LanguageDetector.detect(in: translatableTexts), declared: declaredLanguage)
        return Document(metadata: metadata, blocks: blocks)
    }

    /// Blocks this close to either end of the body may be a byline.
    static let bylineWindow = 4

    /// The positions of bylines written as two blocks, names then the date or the other way
    /// round (`<p>STEVEN LEE MYERS</p><p>2020-07-16 11:25:41</p>`), near either end of the
    /// body: the names are skeleton, as the date already is (`TextClassifier.isBylineWithDate`).
    static func separateBylines(in body: [ExtractedBlock]) -> Set<Int> {
        var found: Set<Int> = []
        let candidates = Set(body.indices.prefix(bylineWindow)).union(body.indices.suffix(bylineWindow))
        for index in candidates.sorted() where body[index].role == .paragraph {
            let text = body[index].plainText.trimming(.whitespacesAndNewlines)
            guard TextClassifier.isBylineName(text) else { continue }
            let neighbours = [index - 1, index + 1].filter(body.indices.contains)
            if neighbours.contains(where: { TextClassifier.isDateLine(body[$0].plainText.trimming(.whitespacesAndNewlines)) }) {
                found.insert(index)
            }
        }
        return found
    }

    /// Headline text: entities already decoded by the caller; whitespace collapsed.
    static func normaliseTitle(_ title: String) -> String {
        let runs = InlineNormalizer.normalise([.text(title)])
        if case .text(let text)? = runs.first { return text }
        return ""
    }

    /// The text's letters and digits only.
    private static func comparisonKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let kept = scalar.isASCII
                ? ScriptClass.isLetter(scalar) || (0x30...0x39).contains(scalar.value)
                : ScriptClass.isLetter(scalar) || scalar.properties.numericType != nil
            if kept { UTF8.encode(scalar) { key.append($0) } }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
