/// Reads a translated XLIFF file for a book, through the same verification as an import.
///
/// Which inputs are XLIFF is decided when they are sniffed (`InputHead.isXLIFF`: the root
/// element is `<xliff>`, in any encoding detection reads).
enum TranslatedXLIFF {
    /// The merged document, or nil when the XLIFF failed verification (its reasons appended
    /// to `errors`).
    static func read(_ bytes: [UInt8], name: String, into errors: inout [Diagnostic]) -> TranslatedDocument? {
        let outcome = Importer(options: Importer.Options(html: false, epub: false)).mergeFile(bytes, name: name)
        if let translated = outcome.translated { return translated }
        // Every reason on its own, with its own place (line, unit), as `diglot import` reports them.
        let failures = outcome.report.errors
        errors += failures.isEmpty ? [Diagnostic(file: name, kind: .import, message: "could not be merged")] : failures
        return nil
    }
}
