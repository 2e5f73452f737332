/// The glossary file formats Diglot reads and writes.
public enum GlossaryFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// IANA `text/tab-separated-values`: a header row, one entry a line, no quoting.
    case tsv
    /// RFC 4180 comma-separated values with a header row and `"` quoting.
    case csv
    /// TermBase eXchange: TBX v3 (`<tbx>`, ISO 30042:2019) or TBX 2008 (`<martif>`).
    case tbx

    /// Recognises the format from the bytes, never from the file name.
    ///
    /// XML (after an optional UTF-8 byte-order mark and whitespace) is TBX; otherwise the
    /// first non-comment line decides: a tab makes it TSV, else CSV.
    public static func detect(_ bytes: [UInt8]) -> GlossaryFormat {
        detect(bytes, from: ByteOrderMark.utf8Length(startOf: bytes))
    }

    /// The format of UTF-8 text that starts at `start`, after the byte-order mark the caller
    /// has already found.
    static func detect(_ bytes: [UInt8], from start: Int) -> GlossaryFormat {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "<") { return .tbx }
        var lineStart = index
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            let isBlank = line.allSatisfy { [0x20, 0x09, 0x0D].contains($0) }
            if !isBlank, line.first != UInt8(ascii: "#") {
                return line.contains(0x09) ? .tsv : .csv
            }
            lineStart = lineEnd + 1
        }
        return .tsv
    }

    /// The format a file name asks for by its extension (`.tsv`, `.tab`, `.csv`, `.tbx`, `.xml`).
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "tsv", "tab", "txt": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        default: return nil
        }
    }
}
