/// Writes translated segments as a TMX 1.4b translation memory.
///
/// One `<tu>` per translated segment (`tuid` the unit ID, `/sN` added for sentence
/// segments), with the article in a `x-diglot-article` property and a `x-diglot-status`
/// property for translations still to review. Inline codes become `<bpt>`/`<ept>` (a pair
/// inside the segment), `<it>` (one half of a pair split across segments) or `<ph>`, each
/// holding the original HTML as text and `x` the code ID, so another tool can restore them.
/// Identical source/target pairs are written once. No dates and a fixed order: the same
/// input gives the same bytes.
public struct TMXWriter: Sendable {
    public init() {}

    public func write(_ documents: [TranslatedDocument], toolVersion: String = XLIFFWriterOptions.currentToolVersion) throws(XMLError) -> [UInt8] {
        let writer = try XMLWriter()
        writer.startDocument()
        writer.startElement("tmx")
        writer.attribute("version", "1.4")
        writer.startElement("header")
        writer.attribute("creationtool", "Diglot")
        writer.attribute("creationtoolversion", toolVersion)
        let segmented = documents.contains { $0.document.blocks.contains { $0.segments.count > 1 } }
        writer.attribute("segtype", segmented ? "sentence" : "paragraph")
        writer.attribute("o-tmf", "Diglot")
        writer.attribute("adminlang", "en")
        let sources = Set(documents.map(\.document.metadata.sourceLanguage.rawValue))
        writer.attribute("srclang", sources.count == 1 ? sources.first ?? "*all*" : "*all*")
        writer.attribute("datatype", "html")
        writer.endElement()
        writer.startElement("body")
        var written: Set<String> = []
        for translated in documents {
            for pair in TMXWriter.pairs(of: translated) {
                let key = TranslationMemory.key(of: pair.source) + "\u{0}" + TranslationMemory.key(of: pair.target) + "\u{0}" + translated.targetLanguage.rawValue
                guard written.insert(key).inserted else { continue }
                writer.startElement("tu")
                writer.attribute("tuid", pair.tuid)
                writer.attribute("srclang", translated.document.metadata.sourceLanguage.rawValue)
                writer.element("prop", attributes: [("type", "x-diglot-article")], text: translated.document.identifier)
                if pair.status == .needsReview {
                    writer.element("prop", attributes: [("type", "x-diglot-status")], text: "needs-review")
                }
                writeVariant(pair.source, language: translated.document.metadata.sourceLanguage, to: writer)
                writeVariant(pair.target, language: translated.targetLanguage, to: writer)
                writer.endElement()
            }
        }
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    /// A source segment and its translation.
    struct Pair {
        var tuid: String
        var source: [InlineRun]
        var target: [InlineRun]
        var status: TranslationStatus
    }

    /// Every translated (not fallback) segment of the document, in order, whitespace at the
    /// ends trimmed (sentence gaps are layout, not translation).
    static func pairs(of translated: TranslatedDocument) -> [Pair] {
        var pairs: [Pair] = []
        for block in translated.document.blocks where block.isTranslatable {
            guard let translation = translated.translations[block.id], translation.status != .untranslated,
                  translation.segments.count == block.segments.count else { continue }
            for (index, segment) in block.segments.enumerated() {
                let target = TranslationMemory.trimmed(translation.segments[index])
                let source = TranslationMemory.trimmed(segment.runs)
                guard !Segment(runs: target).plainText.allSatisfy(\.isWhitespace),
                      !Segment(runs: source).plainText.allSatisfy(\.isWhitespace) else { continue }
                let tuid = block.segments.count == 1 ? block.id.rawValue : "\(block.id.rawValue)/s\(index + 1)"
                pairs.append(Pair(tuid: tuid, source: source, target: target, status: translation.status))
            }
        }
        return pairs
    }

    private func writeVariant(_ runs: [InlineRun], language: LanguageTag, to writer: XMLWriter) {
        writer.startElement("tuv")
        writer.attribute("xml:lang", language.rawValue)
        writer.startMixedElement("seg")
        let roles = UnitContent.pairing(of: runs)
        for (index, run) in runs.enumerated() {
            switch run {
            case .text(let text):
                writer.text(text)
            case .open(let code):
                if roles[index] == .paired {
                    writer.startElement("bpt")
                    writer.attribute("i", String(code.id))
                    writer.attribute("x", String(code.id))
                } else {
                    writer.startElement("it")
                    writer.attribute("pos", "begin")
                    writer.attribute("x", String(code.id))
                }
                writer.attribute("type", code.kind.tmxType)
                writer.text(code.startTagMarkup)
                writer.endElement()
            case .close(let code):
                if roles[index] == .paired {
                    writer.startElement("ept")
                    writer.attribute("i", String(code.id))
                } else {
                    writer.startElement("it")
                    writer.attribute("pos", "end")
                    writer.attribute("x", String(code.id))
                    writer.attribute("type", code.kind.tmxType)
                }
                writer.text(code.endTagMarkup)
                writer.endElement()
            case .placeholder(let code):
                writer.startElement("ph")
                writer.attribute("x", String(code.id))
                writer.attribute("type", code.kind.tmxType)
                writer.text(code.startTagMarkup)
                writer.endElement()
            }
        }
        writer.endMixedElement()
        writer.endElement()
    }
}

extension InlineKind {
    /// TMX `type` of a code (TMX 1.4b section 3.6 values, `x-` for the rest).
    var tmxType: String {
        switch self {
        case .link: "link"
        case .emphasis: "italic"
        case .strong: "bold"
        case .underline: "ulined"
        case .lineBreak: "lb"
        case .image: "x-image"
        case .superscript: "x-sup"
        case .`subscript`: "x-sub"
        case .code: "x-code"
        case .small: "x-small"
        case .strikethrough: "x-strike"
        case .span: "x-span"
        case .other: "x-other"
        }
    }
}
