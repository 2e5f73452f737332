/// Article metadata as ordered name/value pairs, written to the XLIFF header (1.2 notes,
/// 2.x `mda:meta`) so translators and tools see where the text comes from.
///
/// The skeleton carries the same data for re-import; these fields are for people.
struct XLIFFMetadataFields {
    let fields: [(name: String, value: String)]

    /// The file's `original` attribute in both versions: the article's link, else its input name.
    static func original(of document: Document) -> String {
        if let url = document.metadata.url, !url.isEmpty { return url }
        return document.metadata.origin.isEmpty ? "article" : document.metadata.origin
    }

    init(document: Document, targetLanguage: LanguageTag) {
        let metadata = document.metadata
        var fields: [(String, String)] = []
        if let title = metadata.title, !title.isEmpty { fields.append(("title", title)) }
        if let url = metadata.url, !url.isEmpty { fields.append(("url", url)) }
        if let published = metadata.publishedISO8601 { fields.append(("published", published)) }
        if let outlet = metadata.outlet, !outlet.isEmpty { fields.append(("outlet", outlet)) }
        if let author = metadata.author, !author.isEmpty { fields.append(("author", author)) }
        if let summary = metadata.summary, !summary.isEmpty { fields.append(("summary", summary)) }
        fields.append(("source-language", metadata.sourceLanguage.rawValue))
        fields.append(("target-language", targetLanguage.rawValue))
        if !metadata.origin.isEmpty { fields.append(("origin", metadata.origin)) }
        fields.append(("identifier", document.identifier))
        self.fields = fields
    }
}

extension Block {
    /// A note telling the translator what an unusual unit is (image alt text, table cell).
    var contextNote: String? {
        switch role {
        case .image(let image): "Alternative text of the image \(image.source)"
        case .caption: "Caption of a figure or table"
        case .tableCell(let header, let table, let row, let column):
            "\(header ? "Header cell" : "Cell") of table \(table + 1), row \(row + 1), column \(column + 1)"
        default: nil
        }
    }
}

extension GlossaryEntry {
    /// `克里 → John Kerry (person; not: Kerry)`, one line of the glossary note.
    ///
    /// Built in one string: with a dictionary glossary every unit lists dozens of entries.
    var noteLine: String {
        var line = source
        line += " → "
        line += target
        var hasDetails = false
        func addDetail(_ detail: String) {
            line += hasDetails ? "; " : " ("
            line += detail
            hasDetails = true
        }
        if type != .term { addDetail(type.rawValue) }
        if let note, !note.isEmpty { addDetail(note) }
        if !forbidden.isEmpty {
            addDetail("not: ")
            for (index, variant) in forbidden.enumerated() {
                if index > 0 { line += ", " }
                line += variant
            }
        }
        if hasDetails { line += ")" }
        return line
    }
}
