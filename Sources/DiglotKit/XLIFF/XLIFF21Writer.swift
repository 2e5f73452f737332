/// Writes a document as XLIFF 2.1, valid against the 2.x core schema and the modules used
/// (metadata, glossary), and following the core's processing constraints (unique inline
/// IDs per unit, `dataRef`s that resolve, `xlf:` subtypes only where reserved).
///
/// Layout:
/// - `<xliff version="2.1" srcLang trgLang>`, one `<file id="f1" original>`.
/// - `<skeleton>`: the `XLIFFSkeleton` (the whole document) as base64 text.
/// - `<mda:metadata>`: the article metadata (`category="article"`) and the tool
///   (`category="tool"`). File level only: text inside a unit is what CAT tools translate.
/// - One `<unit>` per translatable block, in order: `id` is the `UnitID`,
///   `type="diglot:ROLE"`, `diglot:fingerprint="HEX"` (an attribute in Diglot's namespace,
///   which the core admits on `<unit>`) the source fingerprint.
/// - In the unit: `<gls:glossary>` with one `gls:glossEntry` per distinct term hit
///   (term, translation, definition from the glossary note; `ref` to the first `<mrk>`),
///   a `<notes>` with the same list as plain text and a context note where useful,
///   `<originalData>` with the exact HTML of every code (`<a href="…">`, `</a>`, `<br/>`).
/// - One `<segment id="sN">` per segment; `<pc>` for paired codes, `<ph>` for standalone
///   ones, `<sc>`/`<ec startRef>` for a code that opens and closes in different segments;
///   glossary hits as `<mrk id="mN" type="term" value="TRANSLATION">`. Whitespace
///   between sentences is an `<ignorable>`.
/// - `copySource` adds `<target>` copies (term markers left out) and `state="initial"`.
/// - A target filled by `diglot align` is `state="translated" subState="diglot:aligned"`
///   (`state="initial" subState="diglot:aligned-review"` when unsure), with a note of
///   category `diglot:alignment` giving the bead and confidence.
public struct XLIFF21Writer: Sendable {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"
    static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// Diglot's own namespace, for the fingerprint attribute on `<unit>`.
    public static let diglotNamespace = "urn:diglot:xliff"

    public init() {}

    /// The XLIFF 2.1 file for one article, UTF-8. Throws when the article has nothing to
    /// translate or a language tag is malformed.
    public func write(_ document: Document, options: XLIFFWriterOptions) throws(XLIFFError) -> [UInt8] {
        try options.validate(document)
        let skeleton = SkeletonEncoder.payload(of: document, targetLanguage: options.targetLanguage)
        do {
            let writer = try XMLWriter()
            writer.startDocument()
            writer.startElement("xliff")
            writer.attribute("xmlns", XLIFF21Writer.namespace)
            writer.attribute("xmlns:mda", XLIFF21Writer.metadataNamespace)
            writer.attribute("xmlns:gls", XLIFF21Writer.glossaryNamespace)
            writer.attribute("xmlns:diglot", XLIFF21Writer.diglotNamespace)
            writer.attribute("version", "2.1")
            writer.attribute("srcLang", document.metadata.sourceLanguage.rawValue)
            writer.attribute("trgLang", options.targetLanguage.rawValue)

            writer.startElement("file")
            writer.attribute("id", "f1")
            writer.attribute("original", XLIFFMetadataFields.original(of: document))
            // Explicit direction for right-to-left languages, where "auto" guesses from the text.
            if document.metadata.sourceLanguage.isRightToLeft { writer.attribute("srcDir", "rtl") }
            if options.targetLanguage.isRightToLeft { writer.attribute("trgDir", "rtl") }
            writer.startElement("skeleton")
            writer.base64(skeleton)
            writer.endElement()
            writeMetadata(document, options: options, to: writer)
            for block in document.translatableBlocks {
                writeUnit(block, options: options, to: writer)
            }
            writer.endElement()
            writer.endElement()
            return try writer.finish()
        } catch {
            throw XLIFFError(file: document.metadata.origin, message: "cannot write XLIFF 2.1: \(error)")
        }
    }

    private func writeMetadata(_ document: Document, options: XLIFFWriterOptions, to writer: XMLWriter) {
        writer.startElement("mda:metadata")
        writer.startElement("mda:metaGroup")
        writer.attribute("category", "article")
        for field in XLIFFMetadataFields(document: document, targetLanguage: options.targetLanguage).fields {
            writer.element("mda:meta", attributes: [("type", field.name)], text: field.value)
        }
        writer.endElement()
        writer.startElement("mda:metaGroup")
        writer.attribute("category", "tool")
        writer.element("mda:meta", attributes: [("type", "name")], text: "Diglot")
        writer.element("mda:meta", attributes: [("type", "version")], text: options.toolVersion)
        writer.endElement()
        writer.endElement()
    }

    private func writeUnit(_ block: Block, options: XLIFFWriterOptions, to writer: XMLWriter) {
        let content = UnitContent(block: block)
        writer.startElement("unit")
        writer.attribute("id", block.id.rawValue)
        writer.attribute("type", "diglot:" + block.role.name)
        writer.attribute("diglot:fingerprint", block.sourceFingerprint.hex)

        if !content.glossary.isEmpty {
            writer.startElement("gls:glossary")
            for (index, hit) in content.glossary.enumerated() {
                writer.startElement("gls:glossEntry")
                writer.attribute("id", "g\(index + 1)")
                writer.attribute("ref", "#m\(hit.firstHit)")
                writer.element("gls:term", attributes: [("source", "glossary")], text: hit.entry.source)
                for translation in hit.entry.translations {
                    writer.element("gls:translation", text: translation)
                }
                if let definition = definition(of: hit.entry) {
                    writer.element("gls:definition", text: definition)
                }
                writer.endElement()
            }
            writer.endElement()
        }

        var notes: [(category: String, text: String)] = []
        if !content.glossary.isEmpty {
            notes.append(("glossary", content.glossary.map(\.entry.noteLine).joined(separator: "\n")))
        }
        if let context = block.contextNote { notes.append(("context", context)) }
        if let alignment = options.alignments[block.id] {
            notes.append((XLIFFAlignmentMarks.noteSource, alignment.note))
        } else if options.prefill[block.id].flatMap({ XLIFFPrefill.content(of: $0, for: block) }) != nil {
            notes.append(("diglot:memory", XLIFFPrefill.note))
        }
        if !notes.isEmpty {
            writer.startElement("notes")
            for note in notes {
                writer.element("note", attributes: [("category", note.category)], text: note.text)
            }
            writer.endElement()
        }

        if !content.codes.isEmpty {
            writer.startElement("originalData")
            for (code, hasStart, hasEnd) in content.codes {
                if hasStart {
                    writer.startMixedElement("data")
                    writer.attribute("id", startDataID(code))
                    writer.text(code.startTagMarkup)
                    writer.endMixedElement()
                }
                if hasEnd {
                    writer.startMixedElement("data")
                    writer.attribute("id", endDataID(code))
                    writer.text(code.endTagMarkup)
                    writer.endMixedElement()
                }
            }
            writer.endElement()
        }

        var prefilled: [Int: [UnitContent.Item]] = [:]
        if let translation = options.prefill[block.id], let prefill = XLIFFPrefill.content(of: translation, for: block) {
            for case .segment(let number, let items) in prefill.parts { prefilled[number] = items }
        }
        for part in content.parts {
            switch part {
            case .segment(let number, let items):
                writer.startElement("segment")
                writer.attribute("id", "s\(number)")
                if let suggestion = prefilled[number] {
                    if let alignment = options.alignments[block.id] {
                        writer.attribute("state", alignment.needsReview ? "initial" : "translated")
                        writer.attribute("subState", XLIFFAlignmentMarks.subState(of: alignment))
                    } else {
                        writer.attribute("state", "initial")
                        writer.attribute("subState", XLIFFPrefill.exactMatchSubState)
                    }
                    writer.startMixedElement("source")
                    writer.attribute("xml:space", "preserve")
                    write(items, terms: true, to: writer)
                    writer.endMixedElement()
                    writer.startMixedElement("target")
                    writer.attribute("xml:space", "preserve")
                    write(suggestion, terms: false, to: writer)
                    writer.endMixedElement()
                    writer.endElement()
                    continue
                }
                if options.copySource { writer.attribute("state", "initial") }
                writer.startMixedElement("source")
                writer.attribute("xml:space", "preserve")
                write(items, terms: true, to: writer)
                writer.endMixedElement()
                if options.copySource {
                    writer.startMixedElement("target")
                    writer.attribute("xml:space", "preserve")
                    write(items, terms: false, to: writer)
                    writer.endMixedElement()
                }
                writer.endElement()
            case .gap(let whitespace):
                writer.startElement("ignorable")
                writer.startMixedElement("source")
                writer.attribute("xml:space", "preserve")
                writer.text(whitespace)
                writer.endMixedElement()
                writer.endElement()
            }
        }
        writer.endElement()
    }

    private func definition(of entry: GlossaryEntry) -> String? {
        var parts: [String] = []
        if entry.type != .term { parts.append(entry.type.rawValue) }
        if let note = entry.note, !note.isEmpty { parts.append(note) }
        if !entry.forbidden.isEmpty { parts.append("not: " + entry.forbidden.joined(separator: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private func startDataID(_ code: InlineCode) -> String { "d\(code.id)" }
    private func endDataID(_ code: InlineCode) -> String { "d\(code.id)e" }

    private func write(_ items: [UnitContent.Item], terms: Bool, to writer: XMLWriter) {
        for item in items {
            switch item {
            case .text(let text):
                writer.text(text)
            case .term(let text, let entry, let number):
                guard terms else { writer.text(text); continue }
                writer.startElement("mrk")
                writer.attribute("id", "m\(number)")
                writer.attribute("type", "term")
                writer.attribute("value", entry.target)
                writer.text(text)
                writer.endElement()
            case .pairedStart(let code):
                writer.startElement("pc")
                writer.attribute("id", String(code.id))
                writer.attribute("dataRefStart", startDataID(code))
                writer.attribute("dataRefEnd", endDataID(code))
                writeType(code.kind, to: writer)
            case .pairedEnd:
                writer.endElement()
            case .isolatedStart(let code, let linked):
                writer.startElement("sc")
                writer.attribute("id", String(code.id))
                writer.attribute("dataRef", startDataID(code))
                if !linked { writer.attribute("isolated", "yes") }
                writeType(code.kind, to: writer)
                writer.endElement()
            case .isolatedEnd(let code, let linked):
                writer.startElement("ec")
                if linked {
                    writer.attribute("startRef", String(code.id))
                } else {
                    writer.attribute("id", String(code.id))
                    writer.attribute("isolated", "yes")
                }
                writer.attribute("dataRef", endDataID(code))
                writeType(code.kind, to: writer)
                writer.endElement()
            case .standalone(let code):
                writer.startElement("ph")
                writer.attribute("id", String(code.id))
                writer.attribute("dataRef", startDataID(code))
                writeType(code.kind, to: writer)
                writer.endElement()
            }
        }
    }

    /// `type` and `subType`; `xlf:` subtypes only where the core reserves them (b, i, u,
    /// lb, pb with `fmt`), others in Diglot's own prefix (`diglot:sup`), as the spec requires.
    private func writeType(_ kind: InlineKind, to writer: XMLWriter) {
        let (type, subType) = kind.xliff2Type
        writer.attribute("type", type)
        guard let subType else { return }
        let reserved = ["xlf:b", "xlf:i", "xlf:u", "xlf:lb", "xlf:pb"]
        if !subType.hasPrefix("xlf:") || (reserved.contains(subType) && type == "fmt") {
            writer.attribute("subType", subType)
        } else {
            writer.attribute("subType", "diglot:" + subType.dropFirst("xlf:".count))
        }
    }
}
