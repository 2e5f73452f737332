/// Writes a document as XLIFF 1.2, valid against the OASIS 1.2 strict schema.
///
/// Layout, chosen for what CAT tools keep and what re-import needs:
/// - `<file original datatype="html" source-language target-language date? tool-id>`;
///   `date` is the article's publication time, never the time of export, so the bytes are
///   reproducible.
/// - `<header>`: `<skl><internal-file form="base64">` with the `XLIFFSkeleton` (the whole
///   document), `<tool>`, then one `<note from="diglot:FIELD">` per metadata field.
/// - One `<trans-unit>` per translatable block, in order: `id` is the `UnitID`,
///   `restype="x-ROLE"` (`x-p`, `x-h2`, `x-img`…), `extradata="diglot-fp:HEX"` the source
///   fingerprint (also in the skeleton), `xml:space="preserve"`.
/// - `<source>`: paired codes as `<g id ctype>`, standalone ones as `<x id ctype/>`,
///   glossary hits as `<mrk mtype="term" comment="TRANSLATION">`.
/// - With sentence segments, `<seg-source>` holds one `<mrk mtype="seg" mid="N">` per
///   segment; a code that opens in one segment and closes in another becomes
///   `<bx id rid/>` … `<ex id rid/>`. Whitespace between sentences stays between the
///   `<mrk>`s, outside any segment.
/// - `<note from="glossary">` lists "term → translation" for the unit's hits; a context
///   note explains image alt texts, captions and table cells.
/// - `copySource` adds `<target state="needs-translation">` copying the source (and the
///   segment markers), without the term markers.
/// - A target filled by `diglot align` is `state="translated"` (`needs-review-translation`
///   when unsure) with `state-qualifier="x-aligned-2-1"` naming the bead, and a
///   `<note from="diglot:alignment" annotates="target">` with the bead and confidence.
public struct XLIFF12Writer: Sendable {
    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public init() {}

    /// The XLIFF 1.2 file for one article, UTF-8. Throws when the article has nothing to
    /// translate or a language tag is malformed.
    public func write(_ document: Document, options: XLIFFWriterOptions) throws(XLIFFError) -> [UInt8] {
        try options.validate(document)
        let skeleton = SkeletonEncoder.payload(of: document, targetLanguage: options.targetLanguage)
        let blocks = document.translatableBlocks
        let segmented = blocks.contains { $0.segments.count > 1 }
        do {
            let writer = try XMLWriter()
            writer.startDocument()
            writer.startElement("xliff")
            writer.attribute("version", "1.2")
            writer.attribute("xmlns", XLIFF12Writer.namespace)

            writer.startElement("file")
            writer.attribute("original", XLIFFMetadataFields.original(of: document))
            writer.attribute("source-language", document.metadata.sourceLanguage.rawValue)
            writer.attribute("target-language", options.targetLanguage.rawValue)
            writer.attribute("datatype", "html")
            writer.attribute("date", document.metadata.publishedISO8601)
            writer.attribute("tool-id", "diglot")

            writer.startElement("header")
            writer.startElement("skl")
            writer.startElement("internal-file")
            writer.attribute("form", "base64")
            writer.base64(skeleton)
            writer.endElement()
            writer.endElement()
            writer.element("tool", attributes: [
                ("tool-id", "diglot"), ("tool-name", "Diglot"), ("tool-version", options.toolVersion),
            ])
            for field in XLIFFMetadataFields(document: document, targetLanguage: options.targetLanguage).fields {
                writer.element("note", attributes: [("from", "diglot:" + field.name)], text: field.value)
            }
            writer.endElement()

            writer.startElement("body")
            for block in blocks {
                writeUnit(block, segmented: segmented, options: options, to: writer)
            }
            writer.endElement()
            writer.endElement()
            writer.endElement()
            return try writer.finish()
        } catch {
            throw XLIFFError(file: document.metadata.origin, message: "cannot write XLIFF 1.2: \(error)")
        }
    }

    private func writeUnit(_ block: Block, segmented: Bool, options: XLIFFWriterOptions, to writer: XMLWriter) {
        let content = UnitContent(block: block)
        writer.startElement("trans-unit")
        writer.attribute("id", block.id.rawValue)
        writer.attribute("restype", "x-" + block.role.name)
        writer.attribute("extradata", "diglot-fp:" + block.sourceFingerprint.hex)
        writer.attribute("xml:space", "preserve")

        writer.startMixedElement("source")
        write(content.whole, terms: true, to: writer)
        writer.endMixedElement()

        if segmented {
            writer.startMixedElement("seg-source")
            write(content.parts, terms: true, to: writer)
            writer.endMixedElement()
        }

        let prefill = options.prefill[block.id].flatMap { XLIFFPrefill.content(of: $0, for: block) }
        if let prefill {
            writer.startMixedElement("target")
            writer.attribute("xml:lang", options.targetLanguage.rawValue)
            if let alignment = options.alignments[block.id] {
                writer.attribute("state", alignment.needsReview ? "needs-review-translation" : "translated")
                writer.attribute("state-qualifier", XLIFFAlignmentMarks.stateQualifier(of: alignment))
            } else {
                writer.attribute("state", "needs-review-translation")
                writer.attribute("state-qualifier", "exact-match")
            }
            if segmented {
                write(prefill.parts, terms: false, to: writer)
            } else {
                write(prefill.whole, terms: false, to: writer)
            }
            writer.endMixedElement()
        } else if options.copySource {
            writer.startMixedElement("target")
            writer.attribute("xml:lang", options.targetLanguage.rawValue)
            writer.attribute("state", "needs-translation")
            if segmented {
                write(content.parts, terms: false, to: writer)
            } else {
                write(content.whole, terms: false, to: writer)
            }
            writer.endMixedElement()
        }

        if !content.glossary.isEmpty {
            let lines = content.glossary.map(\.entry.noteLine).joined(separator: "\n")
            writer.element("note", attributes: [("from", "glossary"), ("annotates", "source")], text: lines)
        }
        if let context = block.contextNote {
            writer.element("note", attributes: [("from", "diglot"), ("annotates", "source")], text: context)
        }
        if let alignment = options.alignments[block.id] {
            writer.element("note", attributes: [("from", XLIFFAlignmentMarks.noteSource), ("annotates", "target")], text: alignment.note)
        } else if prefill != nil {
            writer.element("note", attributes: [("from", "diglot"), ("annotates", "target")], text: XLIFFPrefill.note)
        }
        writer.endElement()
    }

    private func write(_ parts: [UnitContent.Part], terms: Bool, to writer: XMLWriter) {
        for part in parts {
            switch part {
            case .segment(let number, let items):
                writer.startElement("mrk")
                writer.attribute("mtype", "seg")
                writer.attribute("mid", String(number))
                write(items, terms: terms, to: writer)
                writer.endElement()
            case .gap(let whitespace):
                writer.text(whitespace)
            }
        }
    }

    private func write(_ items: [UnitContent.Item], terms: Bool, to writer: XMLWriter) {
        for item in items {
            switch item {
            case .text(let text):
                writer.text(text)
            case .term(let text, let entry, _):
                guard terms else { writer.text(text); continue }
                writer.startElement("mrk")
                writer.attribute("mtype", "term")
                writer.attribute("comment", entry.target)
                writer.text(text)
                writer.endElement()
            case .pairedStart(let code):
                writer.startElement("g")
                writer.attribute("id", String(code.id))
                writer.attribute("ctype", delimiterType(code.kind))
            case .pairedEnd:
                writer.endElement()
            case .isolatedStart(let code, let linked):
                writer.startElement("bx")
                writer.attribute("id", String(code.id))
                if linked { writer.attribute("rid", String(code.id)) }
                writer.attribute("ctype", delimiterType(code.kind))
                writer.endElement()
            case .isolatedEnd(let code, let linked):
                writer.startElement("ex")
                writer.attribute("id", String(code.id))
                if linked { writer.attribute("rid", String(code.id)) }
                writer.endElement()
            case .standalone(let code):
                writer.startElement("x")
                writer.attribute("id", String(code.id))
                writer.attribute("ctype", placeholderType(code.kind))
                writer.endElement()
            }
        }
    }

    /// `ctype` of `<g>`/`<bx>`: the schema allows bold, italic, underlined, link or `x-…`.
    private func delimiterType(_ kind: InlineKind) -> String {
        let value = kind.xliff12CType
        switch value {
        case "bold", "italic", "underlined", "link": return value
        default: return value.hasPrefix("x-") ? value : "x-" + value
        }
    }

    /// `ctype` of `<x>`: the schema allows image, pb, lb or `x-…`.
    private func placeholderType(_ kind: InlineKind) -> String {
        let value = kind.xliff12CType
        switch value {
        case "image", "pb", "lb": return value
        default: return value.hasPrefix("x-") ? value : "x-" + value
        }
    }
}
