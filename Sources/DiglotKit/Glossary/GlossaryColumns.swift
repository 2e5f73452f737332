/// The columns of a TSV or CSV glossary and how a row's fields become an entry.
///
/// Header names are case-insensitive: `source` and `target` are required and may carry the
/// language after a colon (`source:zh-Hans`, `target:en`; also `source@zh`, `source (zh)`); `type`, `note`, `case` and
/// `forbidden` are optional. Values: `type` is person, org, place, term or exclude (empty:
/// term); `case` is yes/no, true/false, 1/0 or sensitive/insensitive (empty: no);
/// `forbidden` lists target variants that must not be used, separated by `|` or `;`.
struct GlossaryColumns: Sendable {
    enum Field: String, CaseIterable, Sendable {
        case source, target, type, note, `case`, forbidden

        /// Position in `allCases`, for array-indexed row values.
        var ordinal: Int {
            switch self {
            case .source: 0
            case .target: 1
            case .type: 2
            case .note: 3
            case .case: 4
            case .forbidden: 5
            }
        }
    }

    /// Other names accepted in headers for the same field.
    private static let aliases: [String: Field] = [
        "term": .source, "translation": .target, "notes": .note, "comment": .note,
        "definition": .note, "case-sensitive": .case, "case_sensitive": .case,
        "casesensitive": .case, "do-not-use": .forbidden, "do_not_use": .forbidden,
    ]

    /// Field of each column, in file order; nil for a column Diglot does not know (ignored).
    private(set) var fields: [Field?] = []
    /// For each field (by `ordinal`), the index of its first column, `Int.max` when absent.
    /// Filled as columns are added, never recomputed: a header of 100,000 columns stays linear.
    private var fieldCells: [Int] = Array(repeating: Int.max, count: Field.allCases.count)
    var sourceLanguage: LanguageTag?
    var targetLanguage: LanguageTag?

    /// Reads a header row; header cells are given with their 1-based columns. A column
    /// Diglot does not know is ignored with a warning (the glossary still loads; `check`
    /// reports it and `convert` says it is dropped).
    static func read(header cells: [(text: String, column: Int)], file: String, line: Int)
        -> (columns: GlossaryColumns?, errors: [GlossaryError], warnings: [GlossaryError]) {
        var columns = GlossaryColumns()
        var errors: [GlossaryError] = []
        var warnings: [GlossaryError] = []
        var seen: Set<Field> = []
        for cell in cells {
            let text = cell.text.trimmingSpaces()
            let (rawName, language) = splitLanguage(text)
            let name = rawName.lowercased()
            guard let field = Field(rawValue: name) ?? aliases[name] else {
                let reason = name.isEmpty
                    ? "empty column name in the header; the column is ignored"
                    : "unknown column '\(text)' is ignored (Diglot reads source, target, type, note, case, forbidden)"
                warnings.append(GlossaryError(file: file, line: line, column: cell.column, reason: reason))
                columns.fields.append(nil)
                continue
            }
            if seen.insert(field).inserted {
                columns.fieldCells[field.ordinal] = columns.fields.count
            } else {
                errors.append(GlossaryError(file: file, line: line, column: cell.column, reason: "column '\(field.rawValue)' appears twice in the header"))
            }
            columns.fields.append(field)
            guard let code = language else { continue }
            if field != .source && field != .target {
                errors.append(GlossaryError(file: file, line: line, column: cell.column, reason: "only source and target columns take a language ('\(text)')"))
            } else if let tag = LanguageTag(code) {
                if field == .source { columns.sourceLanguage = tag } else { columns.targetLanguage = tag }
            } else {
                errors.append(GlossaryError(file: file, line: line, column: cell.column, reason: "bad language code '\(code)' in column '\(text)' (use a BCP 47 tag such as zh-Hans or en)"))
            }
        }
        for required in [Field.source, .target] where !seen.contains(required) {
            errors.append(GlossaryError(file: file, line: line, column: 1, reason: "the header has no '\(required.rawValue)' column (first line must name the columns: source, target, type, note, case, forbidden)"))
        }
        return (errors.isEmpty ? columns : nil, errors, warnings)
    }

    /// `source:zh`, `source@zh`, `source (zh)` and `source [zh]` → ("source", "zh").
    private static func splitLanguage(_ text: String) -> (name: String, language: String?) {
        guard let mark = text.firstIndex(where: { $0 == ":" || $0 == "@" || $0 == "(" || $0 == "[" }) else {
            return (text, nil)
        }
        var language = String(text[text.index(after: mark)...]).trimmingSpaces()
        if text[mark] == "(" || text[mark] == "[" {
            guard let last = language.last, last == (text[mark] == "(" ? ")" : "]") else { return (text, nil) }
            language = String(language.dropLast()).trimmingSpaces()
        }
        return (String(text[..<mark]).trimmingSpaces(), language)
    }

    /// Turns one row into an entry, or the reason it cannot be one.
    func entry(from cells: [(text: String, column: Int)], file: String, line: Int) -> Result<GlossaryEntry, GlossaryError> {
        if cells.count > fields.count,
           let extra = cells[fields.count...].first(where: { !$0.text.trimmingSpaces().isEmpty }) {
            return .failure(GlossaryError(file: file, line: line, column: extra.column, reason: "\(cells.count) fields but the header has \(fields.count) columns"))
        }
        // Cell index of each field (-1: absent), precomputed from the header, so a row costs
        // no allocation beyond its strings — 100,000-row files are read in a blink.
        func cellIndex(_ field: Field) -> Int {
            let index = fieldCells[field.ordinal]
            return index < cells.count ? index : -1
        }
        func value(_ field: Field) -> String? {
            let index = cellIndex(field)
            return index >= 0 ? cells[index].text.trimmingSpaces() : nil
        }
        func fail(_ field: Field, _ reason: String) -> Result<GlossaryEntry, GlossaryError> {
            let index = cellIndex(field)
            let column = index >= 0 ? cells[index].column : (cells.last?.column ?? 1) + (cells.last?.text.count ?? 0)
            return .failure(GlossaryError(file: file, line: line, column: column, reason: reason))
        }

        let source = value(.source) ?? ""
        guard !source.isEmpty else { return fail(.source, "empty source term") }
        var type = TermType.term
        if let raw = value(.type), !raw.isEmpty {
            guard let parsed = GlossaryColumns.termType(raw) else {
                return fail(.type, "unknown type '\(raw)' (expected person, org, place, term or exclude)")
            }
            type = parsed
        }
        let target = value(.target) ?? ""
        if target.isEmpty && type != .exclude {
            return fail(.target, "empty target for '\(source)' (give a translation, or type exclude for a blocking entry)")
        }
        var caseSensitive = false
        if let raw = value(.case), !raw.isEmpty {
            guard let parsed = GlossaryColumns.caseFlag(raw) else {
                return fail(.case, "bad case value '\(raw)' (expected yes or no)")
            }
            caseSensitive = parsed
        }
        let note = value(.note) ?? ""
        let forbidden = value(.forbidden).map(GlossaryColumns.forbiddenVariants) ?? []
        return .success(GlossaryEntry(source: source, target: target, type: type, note: note.isEmpty ? nil : note,
                                      caseSensitive: caseSensitive, forbidden: forbidden))
    }

    static func termType(_ raw: String) -> TermType? {
        switch raw.lowercased() {
        case "person", "people", "name": .person
        case "org", "organisation", "organization": .org
        case "place", "location", "geo": .place
        case "term", "": .term
        case "exclude", "block", "blocking": .exclude
        default: nil
        }
    }

    static func caseFlag(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "yes", "y", "true", "1", "sensitive", "cs": true
        case "no", "n", "false", "0", "insensitive", "ci": false
        default: nil
        }
    }

    static func forbiddenVariants(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "|" || $0 == ";" })
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }

    /// The header cells for writing: the six fields, languages on source and target.
    static func header(sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) -> [String] {
        Field.allCases.map { field in
            switch field {
            case .source: sourceLanguage.map { "source:\($0.rawValue)" } ?? "source"
            case .target: targetLanguage.map { "target:\($0.rawValue)" } ?? "target"
            default: field.rawValue
            }
        }
    }

    /// The six cells of an entry, in header order.
    static func cells(of entry: GlossaryEntry) -> [String] {
        [entry.source, entry.target, entry.type.rawValue, entry.note ?? "",
         entry.caseSensitive ? "yes" : "", entry.forbidden.joined(separator: "|")]
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, line ends and no-break spaces.
    func trimmingSpaces() -> String {
        // Nearly every cell has no space at either edge, and the edge bytes show it: each
        // space below starts with one of the first bytes and ends with one of the last.
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        switch (firstByte, lastByte) {
        case (0x20, _), (0x09, _), (0x0D, _), (0x0A, _), (0xC2, _), (0xE3, _),
             (_, 0x20), (_, 0x09), (_, 0x0D), (_, 0x0A), (_, 0xA0), (_, 0x80):
            break
        default:
            return self
        }
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" || $0 == "\u{3000}"
        }
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let lower = scalars.firstIndex(where: { !isSpace($0) }),
              let upper = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[lower...upper])
    }
}
