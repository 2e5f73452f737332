/// The binary layout of skeleton version 2: the whole `Document` in a few compact bytes.
///
/// Version 1 was sorted-keys JSON of the `Codable` model. It cost a sixth of all export time,
/// and every glossary hit carried its whole entry, so a 100,000-entry glossary made the
/// skeleton several times larger than the article. Version 2 writes the same information
/// by hand, in one pass, with each distinct glossary entry stored once.
///
/// Building blocks (no alignment, no padding, the same bytes on every machine):
/// - *uint*: unsigned LEB128, 7 bits per byte, least significant group first, high bit set
///   on every byte but the last; at most 10 bytes (64 bits).
/// - *int*: a Swift `Int` as zigzag (`0, -1, 1, -2…` → `0, 1, 2, 3…`) in a *uint*.
/// - *count*: a *uint* number of items or bytes. Every item has a smallest size in this
///   layout (a block at least 4 bytes, a run 2…), so a count that cannot fit in the bytes
///   left is damage, found before anything is allocated.
/// - *string*: a *count* of bytes, then that many bytes of well-formed UTF-8.
/// - *byte*: one byte; flags and enumeration tags, whose unused values are rejected.
///
/// The payload (the bytes that are then base64-encoded into the XLIFF file):
/// ```
/// magic      "DGSK" (44 47 53 4B); v1 JSON starts with "{", which tells them apart
/// version    uint (2)
/// target     string             target language tag
/// metadata   byte flags         bit 0 title, 1 url, 2 published, 3 outlet, 4 author, 5 summary
///            string?            title, url          (each only when its flag is set)
///            8 bytes?           published: IEEE 754 bits of timeIntervalSinceReferenceDate,
///                               least significant byte first
///            string?            outlet, author, summary
///            string, string     source language tag, origin
/// entries    count, then per distinct glossary entry, in order of first use:
///            string source, string target, byte type (TermType tag),
///            byte flags (bit 0 case-sensitive, bit 1 has note), string? note,
///            count + strings forbidden
/// blocks     count, then per block:
///            string id, role (below), byte flags (bit 0 translatable),
///            count segments, each: count + runs, count + terms
/// checksum   8 bytes: FNV-1a 64 of every byte before it, least significant byte first
/// ```
/// - role: byte tag, then its values: 0 title; 1 heading(int level); 2 paragraph;
///   3 list item(byte ordered, int depth); 4 blockquote; 5 caption;
///   6 table cell(byte header, int table, int row, int column); 7 definition term;
///   8 definition; 9 preformatted; 10 image(string source, byte has-link, string? link);
///   11 separator.
/// - run: byte tag, then: 0 text(string); 1 open(code); 2 close(code); 3 placeholder(code);
///   4 close of the code most recently opened in the same block with the same id, equal to
///   it (the usual case, so a link's `href` is not written twice).
/// - code: int id, byte kind (InlineKind tag), string element, count + (string name,
///   string value) attributes.
/// - term: int run index, int lower bound, int upper bound, uint index into the entries.
///
/// Tags are fixed by the tables below, never by declaration order, so adding a case to a
/// model enum does not change what existing files mean. Source fingerprints are not stored:
/// they are recomputed from the decoded runs. The checksum catches damage that leaves the
/// structure readable (a changed letter in a text run).
enum SkeletonFormat {
    /// "DGSK": the first bytes of every binary skeleton.
    static let magic: [UInt8] = [0x44, 0x47, 0x53, 0x4B]
    /// The version this layout describes.
    static let version = 2
    /// Bytes of the trailing checksum.
    static let checksumSize = 8

    /// `InlineKind` by tag.
    static let inlineKinds: [InlineKind] = [
        .link, .emphasis, .strong, .underline, .strikethrough, .superscript, .subscript,
        .code, .small, .span, .lineBreak, .image, .other,
    ]

    /// `TermType` by tag.
    static let termTypes: [TermType] = [.person, .org, .place, .term, .exclude]

    /// Metadata flag bits.
    enum MetadataFlag {
        static let title: UInt8 = 1 << 0
        static let url: UInt8 = 1 << 1
        static let published: UInt8 = 1 << 2
        static let outlet: UInt8 = 1 << 3
        static let author: UInt8 = 1 << 4
        static let summary: UInt8 = 1 << 5
        static let all: UInt8 = 0b11_1111
    }

    /// Glossary entry flag bits.
    enum EntryFlag {
        static let caseSensitive: UInt8 = 1 << 0
        static let hasNote: UInt8 = 1 << 1
        static let all: UInt8 = 0b11
    }

    /// Block role tags.
    enum RoleTag {
        static let title: UInt8 = 0
        static let heading: UInt8 = 1
        static let paragraph: UInt8 = 2
        static let listItem: UInt8 = 3
        static let blockquote: UInt8 = 4
        static let caption: UInt8 = 5
        static let tableCell: UInt8 = 6
        static let definitionTerm: UInt8 = 7
        static let definition: UInt8 = 8
        static let preformatted: UInt8 = 9
        static let image: UInt8 = 10
        static let separator: UInt8 = 11
    }

    /// Inline run tags.
    enum RunTag {
        static let text: UInt8 = 0
        static let open: UInt8 = 1
        static let close: UInt8 = 2
        static let placeholder: UInt8 = 3
        static let closeOfLastOpen: UInt8 = 4
    }

    /// FNV-1a 64 over raw bytes: the trailing checksum.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return state
    }
}
