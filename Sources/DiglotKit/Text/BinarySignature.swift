import Foundation

/// Names a binary file from its first bytes, for the messages that refuse it.
///
/// A glossary saved as an Excel workbook or an EPUB passed where XLIFF belongs should be
/// refused in the words of the mistake ("a ZIP archive (an .xlsx workbook…)"), not with a
/// parser's complaint about line 1. Only well-known magic numbers are named; any other file
/// with a NUL byte is "binary data". UTF-16 text, which is full of NULs, is not binary.
public enum BinarySignature {
    /// What the bytes are, as a noun phrase, when they are binary; nil for text.
    public static func describe(_ bytes: [UInt8]) -> String? {
        for (magic, name) in known where bytes.starts(with: magic) { return name }
        if ByteOrderMark(startOf: bytes)?.isUTF16 == true || TextEncodingSniffer.looksLikeUTF16WithoutBOM(bytes) { return nil }
        let offset: Int? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let found = memchr(base, 0, min(raw.count, 65_536)) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        guard let offset else { return nil }
        return "binary data (a NUL byte at offset \(offset))"
    }

    private static let known: [([UInt8], String)] = [
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (an .xlsx or .docx document, an EPUB or a .zip)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an Office 97–2003 document (.xls or .doc)"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable program (ELF)"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
    ]
}
