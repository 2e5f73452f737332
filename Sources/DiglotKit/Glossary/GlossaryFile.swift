/// A glossary file as read: its format, languages and every row with its line number.
///
/// Unlike `Glossary`, it keeps duplicate rows and what was wrong with the file, which is
/// what `diglot glossary check` reports and what `convert` copies row for row.
public struct GlossaryFile: Hashable, Sendable {
    /// One entry and where it was defined.
    public struct Record: Hashable, Sendable {
        public var entry: GlossaryEntry
        /// 1-based line of the row (TSV, CSV) or of the concept entry (TBX).
        public var line: Int

        public init(entry: GlossaryEntry, line: Int) {
            self.entry = entry
            self.line = line
        }
    }

    /// The name used in messages (the path as the user gave it).
    public var name: String
    public var format: GlossaryFormat
    public var sourceLanguage: LanguageTag?
    public var targetLanguage: LanguageTag?
    /// Rows that were read, in file order, duplicates included.
    public var records: [Record]
    /// What made rows or the whole file unreadable; loading fails when there is any.
    public var errors: [GlossaryError]
    /// What was read but looks wrong (TBX concepts without a translation, extra languages).
    public var warnings: [GlossaryError]

    public init(name: String, format: GlossaryFormat, sourceLanguage: LanguageTag? = nil,
                targetLanguage: LanguageTag? = nil, records: [Record] = [],
                errors: [GlossaryError] = [], warnings: [GlossaryError] = []) {
        self.name = name
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.records = records
        self.errors = errors
        self.warnings = warnings
    }

    /// Reads a file of any supported format, detected from content. Never throws and never
    /// traps: problems are collected in `errors` and `warnings` with their positions.
    ///
    /// - Parameter languages: the direction wanted, when known. A TBX termbase is read in
    ///   that direction if it has both languages; TSV and CSV files have one direction,
    ///   given by their header.
    public static func parse(_ bytes: [UInt8], name: String,
                             languages: (source: LanguageTag, target: LanguageTag)? = nil) -> GlossaryFile {
        if let binary = BinarySignature.describe(bytes) {
            let error = GlossaryError(file: name, reason: "\(binary), not a glossary; a glossary is a TSV, CSV or TBX text file (export a spreadsheet as CSV or tab-separated text)")
            return GlossaryFile(name: name, format: .tsv, errors: [error])
        }
        // Spreadsheets save "Unicode text" as UTF-16 with a byte-order mark; rows are read as
        // UTF-8, so such a file is converted first, as every text input is (line numbers stay
        // the same). Other bytes are read as they are: a glossary's rows are checked for UTF-8
        // line by line, so a bad byte is reported where it is.
        var text = bytes
        if let mark = ByteOrderMark(startOf: bytes), mark.isUTF16 {
            do {
                text = try TextEncodingSniffer.decode(bytes, byteOrderMark: mark, input: name).utf8
            } catch {
                let unreadable = GlossaryError(file: name, line: 1, reason: error.reason + " (save the file as UTF-8)")
                return GlossaryFile(name: name, format: .tsv, errors: [unreadable])
            }
        } else if TextEncodingSniffer.looksLikeUTF16WithoutBOM(bytes) {
            let error = GlossaryError(file: name, line: 1, reason: TextEncodingSniffer.utf16WithoutBOMReason)
            return GlossaryFile(name: name, format: .tsv, errors: [error])
        }
        // The UTF-8 text starts after its byte-order mark: the file's own, or one a UTF-16
        // file held after its mark.
        let textStart = ByteOrderMark.utf8Length(startOf: text)
        switch GlossaryFormat.detect(text, from: textStart) {
        case .tsv: return DelimitedGlossaryParser(name: name, format: .tsv).parse(text, from: textStart)
        case .csv: return DelimitedGlossaryParser(name: name, format: .csv).parse(text, from: textStart)
        // libxml2 decodes a UTF-16 termbase itself, as its XML declaration says.
        case .tbx: return TBXGlossaryParser(name: name, preferredLanguages: languages).parse(bytes)
        }
    }

    /// Whether the file's languages (where it names them) agree with a language pair,
    /// compared on primary subtags (`zh-Hans` agrees with `zh`).
    public func fits(source: LanguageTag, target: LanguageTag) -> Bool {
        (sourceLanguage.map { $0.primary == source.primary } ?? true)
            && (targetLanguage.map { $0.primary == target.primary } ?? true)
    }

    /// The entries as a glossary (later rows override earlier ones for the same term).
    /// Throws the first error, if the file had any.
    public func glossary() throws(GlossaryError) -> Glossary {
        if let first = errors.first { throw first }
        var glossary = Glossary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        glossary.reserveCapacity(records.count)
        for record in records { glossary.insert(record.entry) }
        return glossary
    }
}
