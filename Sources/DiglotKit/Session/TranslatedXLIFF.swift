/// Reads a translated XLIFF file for a book, through the same verification as an import.
enum TranslatedXLIFF {
    /// Whether the bytes look like XLIFF (an `<xliff` root near the start, any encoding libxml2 reads).
    static func looksLikeXLIFF(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: compare the ASCII letters, skipping the zero bytes.
            return String(decoding: head.filter { $0 != 0 }, as: UTF8.self).contains("<xliff")
        }
        return String(decoding: head, as: UTF8.self).contains("<xliff")
    }

    /// The merged document, or nil: not XLIFF (no error), or XLIFF that failed verification
    /// (its reasons appended to `errors`).
    static func read(_ bytes: [UInt8], name: String, into errors: inout [String]) -> TranslatedDocument? {
        guard looksLikeXLIFF(bytes) else { return nil }
        let outcome = Importer(options: Importer.Options(html: false, epub: false)).mergeFile(bytes, name: name)
        if let translated = outcome.translated { return translated }
        let reasons = outcome.report.errors
        errors.append(reasons.isEmpty ? "\(name): could not be merged" : reasons.joined(separator: "\n"))
        return nil
    }
}
