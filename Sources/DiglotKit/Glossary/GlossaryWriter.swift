/// Serialises glossary entries as TSV, CSV or TBX; returns bytes, never touches disk.
///
/// All three carry every field of `GlossaryEntry`, so TSV/CSV → TBX → TSV/CSV gives the
/// same entries back. TSV and CSV get the six-column header with the languages on
/// `source`/`target`. TBX is TBX-Basic in the TBX v3 core structure (ISO 30042:2019,
/// namespace `urn:iso:std:iso:30042:ed-2`, DCA style): one `conceptEntry` per entry, the
/// type as `subjectField`, the note as a concept `<note>` (`xml:space="preserve"` when it
/// has line breaks, so they survive), forbidden variants as target
/// terms with `administrativeStatus` `deprecatedTerm-admn-sts`, and case sensitivity as the
/// private `termNote type="x-caseSensitive"`. An unknown language is written `und`
/// (`mul` for the target when both are unknown, so the two language sections stay apart).
public enum GlossaryWriter {
    public static func write(_ entries: [GlossaryEntry], sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?,
                             format: GlossaryFormat, name: String = "<output>") throws(GlossaryError) -> [UInt8] {
        switch format {
        case .tsv: try delimited(entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, csv: false, name: name)
        case .csv: try delimited(entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, csv: true, name: name)
        case .tbx: try tbx(entries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, name: name)
        }
    }

    /// Writes a glossary's entries.
    public static func write(_ glossary: Glossary, format: GlossaryFormat, name: String = "<output>") throws(GlossaryError) -> [UInt8] {
        try write(glossary.entries, sourceLanguage: glossary.sourceLanguage, targetLanguage: glossary.targetLanguage,
                  format: format, name: name)
    }

    /// Writes a file's rows as they were, duplicates included (what `convert` does).
    public static func write(_ file: GlossaryFile, format: GlossaryFormat, name: String = "<output>") throws(GlossaryError) -> [UInt8] {
        try write(file.records.map(\.entry), sourceLanguage: file.sourceLanguage, targetLanguage: file.targetLanguage,
                  format: format, name: name)
    }

    // MARK: - TSV and CSV

    private static func delimited(_ entries: [GlossaryEntry], sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?,
                                  csv: Bool, name: String) throws(GlossaryError) -> [UInt8] {
        var text = ""
        func appendRow(_ cells: [String]) {
            text += cells.map { csv ? csvField($0) : $0 }.joined(separator: csv ? "," : "\t")
            text += csv ? "\r\n" : "\n"
        }
        appendRow(GlossaryColumns.header(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
        for (index, entry) in entries.enumerated() {
            if !csv, let bad = GlossaryColumns.cells(of: entry).first(where: { $0.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) }) {
                throw GlossaryError(file: name, reason: "entry \(index + 1) ('\(entry.source)') has a tab or line break in '\(bad)', which TSV cannot hold; write CSV or TBX instead")
            }
            if !csv, entry.source.hasPrefix("# ") || entry.source == "#" {
                throw GlossaryError(file: name, reason: "entry \(index + 1) ('\(entry.source)') would read as a comment line in TSV; write CSV or TBX instead")
            }
            if entry.forbidden.contains(where: { $0.contains("|") || $0.contains(";") }) {
                throw GlossaryError(file: name, reason: "entry \(index + 1) ('\(entry.source)') has a forbidden variant containing | or ;, which separate variants in TSV and CSV; write TBX instead")
            }
            appendRow(GlossaryColumns.cells(of: entry))
        }
        return Array(text.utf8)
    }

    /// RFC 4180: quote when the field has a comma, quote, semicolon or line break.
    private static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == ";" || $0.isNewline }) || field.hasPrefix("#") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - TBX

    /// Whether text has whitespace a TBX reader would take for pretty-printing (line breaks,
    /// tabs, or space at either end); such text is written with `xml:space="preserve"`.
    private static func hasLayout(_ text: String) -> Bool {
        text.contains { $0 == "\t" || $0.isNewline } || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    }

    private static func tbx(_ entries: [GlossaryEntry], sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?,
                            name: String) throws(GlossaryError) -> [UInt8] {
        let source = sourceLanguage?.rawValue ?? "und"
        var target = targetLanguage?.rawValue ?? "und"
        if target == source { target = source == "und" ? "mul" : target }
        do {
            let writer = try XMLWriter()
            writer.startDocument()
            writer.startElement("tbx")
            writer.attribute("xmlns", "urn:iso:std:iso:30042:ed-2")
            writer.attribute("type", "TBX-Basic")
            writer.attribute("style", "dca")
            writer.attribute("xml:lang", source)
            writer.startElement("tbxHeader")
            writer.startElement("fileDesc")
            writer.startElement("sourceDesc")
            writer.element("p", text: "Glossary \(source) → \(target), \(entries.count) entries, written by Diglot.")
            writer.endElement()
            writer.endElement()
            writer.endElement()
            writer.startElement("text")
            writer.startElement("body")
            for (index, entry) in entries.enumerated() {
                writer.startElement("conceptEntry")
                writer.attribute("id", "c\(index + 1)")
                writer.element("descrip", attributes: [("type", "subjectField")], text: entry.type.rawValue)
                if let note = entry.note, !note.isEmpty {
                    writer.element("note", attributes: [("xml:space", Self.hasLayout(note) ? "preserve" : nil)], text: note)
                }
                let partOfSpeech = [.person, .org, .place].contains(entry.type) ? "properNoun" : "noun"
                writer.startElement("langSec")
                writer.attribute("xml:lang", source)
                writer.startElement("termSec")
                writer.element("term", attributes: [("xml:space", Self.hasLayout(entry.source) ? "preserve" : nil)], text: entry.source)
                writer.element("termNote", attributes: [("type", "partOfSpeech")], text: partOfSpeech)
                if entry.caseSensitive { writer.element("termNote", attributes: [("type", "x-caseSensitive")], text: "yes") }
                writer.endElement()
                writer.endElement()
                if !entry.target.isEmpty || !entry.forbidden.isEmpty {
                    writer.startElement("langSec")
                    writer.attribute("xml:lang", target)
                    // Alternatives are admitted terms after the preferred one.
                    for (position, translation) in entry.translations.enumerated() {
                        writer.startElement("termSec")
                        writer.element("term", attributes: [("xml:space", Self.hasLayout(translation) ? "preserve" : nil)], text: translation)
                        writer.element("termNote", attributes: [("type", "partOfSpeech")], text: partOfSpeech)
                        writer.element("termNote", attributes: [("type", "administrativeStatus")],
                                       text: position == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts")
                        writer.endElement()
                    }
                    for variant in entry.forbidden {
                        writer.startElement("termSec")
                        writer.element("term", attributes: [("xml:space", Self.hasLayout(variant) ? "preserve" : nil)], text: variant)
                        writer.element("termNote", attributes: [("type", "administrativeStatus")], text: "deprecatedTerm-admn-sts")
                        writer.endElement()
                    }
                    writer.endElement()
                }
                writer.endElement()
            }
            return try writer.finish()
        } catch {
            throw GlossaryError(file: name, reason: "could not write TBX: \(error.message)")
        }
    }
}
