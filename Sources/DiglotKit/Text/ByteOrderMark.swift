/// The byte-order mark an input starts with, decided once when the input is sniffed.
///
/// A UTF-8 mark is dropped and the rest read as UTF-8; a UTF-16 mark names the byte order of
/// the text after it, which is converted before anything looks for markup or lines. UTF-16
/// without a mark is not guessed: it is refused with its own message
/// (`TextEncodingSniffer.looksLikeUTF16WithoutBOM`).
public enum ByteOrderMark: Sendable, Hashable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian

    /// The mark `bytes` start with, if any.
    public init?(startOf bytes: some Collection<UInt8>) {
        var index = bytes.startIndex
        guard index != bytes.endIndex else { return nil }
        let first = bytes[index]
        bytes.formIndex(after: &index)
        guard index != bytes.endIndex else { return nil }
        let second = bytes[index]
        switch (first, second) {
        case (0xFF, 0xFE): self = .utf16LittleEndian
        case (0xFE, 0xFF): self = .utf16BigEndian
        case (0xEF, 0xBB):
            bytes.formIndex(after: &index)
            guard index != bytes.endIndex, bytes[index] == 0xBF else { return nil }
            self = .utf8
        default: return nil
        }
    }

    /// The mark's length in bytes.
    public var count: Int { self == .utf8 ? 3 : 2 }

    /// The length of the UTF-8 mark `bytes` start with, or 0: where UTF-8 text begins.
    public static func utf8Length(startOf bytes: some Collection<UInt8>) -> Int {
        ByteOrderMark(startOf: bytes) == .utf8 ? ByteOrderMark.utf8.count : 0
    }

    /// Whether the text after the mark is UTF-16 (and has to be converted to be read).
    public var isUTF16: Bool { self != .utf8 }

    /// The encoding of the text after the mark, as iconv and libxml2 spell it.
    public var encodingName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        }
    }
}
