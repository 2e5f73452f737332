/// A feed's bytes as libxml2 is to parse them, and the encoding to tell it.
///
/// Two faults are repaired here: UTF-16 is converted first, so that the cut below works on
/// characters, and anything before the XML declaration or root (stray newlines, junk, a
/// byte-order mark) is cut. Undeclared text that is not UTF-8 is converted (GB18030 or Big5 by
/// trial), and UTF-8 declared as ISO-8859-1 or windows-1252 is read as UTF-8.
struct FeedMarkup: Sendable {
    var bytes: [UInt8]
    /// The encoding libxml2 is told, overriding the declaration; nil to read the declaration.
    var encoding: String?

    init(_ input: [UInt8], byteOrderMark: ByteOrderMark?, input name: String) throws(ReaderError) {
        var bytes = input
        var encoding: String?
        switch byteOrderMark {
        case .utf16LittleEndian, .utf16BigEndian:
            do {
                bytes = try TextEncodingSniffer.decode(bytes, byteOrderMark: byteOrderMark, input: name).utf8
            } catch {
                throw ReaderError(error)
            }
            encoding = "UTF-8"
            // A second mark after the first.
            if ByteOrderMark(startOf: bytes) == .utf8 { bytes.removeFirst(3) }
        case .utf8:
            bytes.removeFirst(3)
        case nil:
            break
        }
        if let start = InputHead.markupStart(in: bytes), start > 0 { bytes.removeFirst(start) }
        if let offset = bytes.withUnsafeBufferPointer({ $0.firstOffset(of: 0) }) {
            throw ReaderError(input: name, reason: "binary data, not text (a NUL byte at offset \(offset))")
        }
        if encoding == nil {
            // Only the XML declaration names a feed's encoding: a "charset=" in a comment or in
            // the text (an HTML snippet quoted in a description) is no declaration.
            let declared = TextEncodingSniffer.xmlDeclaredEncoding(in: bytes)
            if declared == nil, !TextEncodingSniffer.isValidUTF8(bytes) {
                // Undeclared and not UTF-8: convert it ourselves (GB18030 or Big5 by trial).
                do {
                    bytes = try TextEncodingSniffer.decode(bytes, byteOrderMark: nil, input: name).utf8
                } catch {
                    throw ReaderError(error)
                }
                encoding = "UTF-8"
            } else if let declared, TextEncodingSniffer.isSingleByteWestern(declared), TextEncodingSniffer.holdsUTF8Sequences(bytes) {
                // Declared ISO-8859-1 (or windows-1252) but written in UTF-8, as feed generators
                // often do: read as declared, "Tamiya’s" would become "Tamiyaâ\u{80}\u{99}s".
                // Valid multi-byte UTF-8 is next to impossible in real Latin-1 text.
                encoding = "UTF-8"
            }
        }
        self.bytes = bytes
        self.encoding = encoding
    }
}
