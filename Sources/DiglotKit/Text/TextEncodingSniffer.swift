/// Finds the character encoding of an input: byte-order mark, declaration, UTF-8 validity, then trial.
///
/// Chinese sites still serve GB2312/GBK/GB18030 and Big5 without saying so. When the bytes are
/// not UTF-8 and declare nothing, each candidate is tried strictly and the one whose text reads
/// most like Chinese (most common characters) wins, because Big5 bytes usually also decode,
/// as nonsense, in GB18030. Binary data (NUL bytes outside UTF-16) is refused.
struct TextEncodingSniffer: Sendable {
    /// What was found: the encoding's name (as iconv and libxml2 spell it) and the text as UTF-8.
    struct Result: Sendable {
        var encoding: String
        /// Whether the input itself named the encoding (XML declaration, `<meta charset>`).
        var isDeclared: Bool
        /// The input converted to UTF-8, byte-order mark removed.
        var utf8: [UInt8]
    }

    /// Candidates tried, in order, for undeclared non-UTF-8 bytes.
    static let undeclaredCandidates = ["GB18030", "BIG5-HKSCS"]

    /// The text of `bytes`, byte-order mark and all decided here.
    static func sniff(_ bytes: [UInt8], input: String) throws(TextDecodingError) -> Result {
        try decode(bytes, byteOrderMark: ByteOrderMark(startOf: bytes), input: input)
    }

    /// The text of `bytes`, whose byte-order mark (nil: none) the caller has already found.
    static func decode(_ bytes: [UInt8], byteOrderMark: ByteOrderMark?, input: String) throws(TextDecodingError) -> Result {
        switch byteOrderMark {
        case .utf8:
            let body = Array(bytes.dropFirst(3))
            guard isValidUTF8(body) else { throw TextDecodingError(input: input, reason: "not valid UTF-8 although it starts with a UTF-8 byte-order mark") }
            return Result(encoding: "UTF-8", isDeclared: true, utf8: body)
        case .some(let mark):
            let name = mark.encodingName
            guard let converted = TextTranscoder.utf8(from: Array(bytes.dropFirst(2)), encoding: name) else {
                throw TextDecodingError(input: input, reason: "not valid \(name) although it starts with a \(name) byte-order mark")
            }
            return Result(encoding: "UTF-8", isDeclared: true, utf8: converted)
        case nil:
            break
        }
        if let offset = bytes.withUnsafeBufferPointer({ $0.firstOffset(of: 0) }) {
            if looksLikeUTF16WithoutBOM(bytes) { throw TextDecodingError(input: input, reason: utf16WithoutBOMReason) }
            throw TextDecodingError(input: input, reason: "binary data, not text (a NUL byte at offset \(offset))")
        }
        if isValidUTF8(bytes) {
            return Result(encoding: "UTF-8", isDeclared: false, utf8: bytes)
        }
        if let declared = declaredEncoding(in: bytes) {
            let name = canonicalName(declared)
            if let converted = TextTranscoder.utf8(from: bytes, encoding: name) {
                return Result(encoding: name, isDeclared: true, utf8: converted)
            }
        }
        // Japanese before Chinese: EUC-JP's kana are GB2312's, so GB18030 reads it without an
        // error, and only a text that is mostly kana in a Japanese encoding is taken as one.
        for name in ["EUC-JP", "SHIFT_JIS"] {
            if let converted = TextTranscoder.utf8(from: bytes, encoding: name), isMostlyKana(converted) {
                return Result(encoding: name, isDeclared: false, utf8: converted)
            }
        }
        var best: (name: String, text: [UInt8], score: Int)?
        for name in undeclaredCandidates {
            guard let converted = TextTranscoder.utf8(from: bytes, encoding: name) else { continue }
            let score = ChineseScript.commonCharacterScore(String(decoding: converted, as: UTF8.self))
            if best == nil || score > (best?.score ?? 0) { best = (name, converted, score) }
        }
        if let best {
            return Result(encoding: best.name, isDeclared: false, utf8: best.text)
        }
        if looksLikeWesternText(bytes), let converted = TextTranscoder.utf8(from: bytes, encoding: "WINDOWS-1252") {
            return Result(encoding: "WINDOWS-1252", isDeclared: false, utf8: converted)
        }
        // Last resort: a few corrupt bytes in otherwise good text (declared encoding first).
        let tolerance = max(8, bytes.count / 100)
        let lenientCandidates = (declaredEncoding(in: bytes).map { [canonicalName($0)] } ?? []) + undeclaredCandidates
        var lenient: (name: String, text: [UInt8], replacements: Int, score: Int)?
        for name in lenientCandidates {
            guard let converted = TextTranscoder.utf8(from: bytes, encoding: name, maximumReplacements: tolerance) else { continue }
            let score = ChineseScript.commonCharacterScore(String(decoding: converted.text, as: UTF8.self))
            if lenient == nil || score > (lenient?.score ?? 0) { lenient = (name, converted.text, converted.replacements, score) }
        }
        if let lenient, lenient.score > 0 {
            return Result(encoding: lenient.name, isDeclared: false, utf8: lenient.text)
        }
        throw TextDecodingError(input: input, reason: "not text in any declared or detectable encoding (not UTF-8, GB18030, Big5 or Windows-1252)")
    }

    /// Whether hiragana and katakana are at least a fifth of the text's kana and Han
    /// characters, and at least ten: Japanese, which Chinese text never is. (Big5's commonest
    /// characters share their lead bytes with EUC-JP's kana; a Big5 text reads as EUC-JP only
    /// when none of its characters has a low second byte, which a text of some length does.)
    static func isMostlyKana(_ utf8: [UInt8]) -> Bool {
        var kana = 0
        var han = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            if (0x3041...0x30FA).contains(scalar.value) { kana += 1 } else if ScriptFolding.isHan(scalar.value) { han += 1 }
        }
        return kana >= 10 && kana * 5 >= kana + han
    }

    static let utf16WithoutBOMReason = "the text looks like UTF-16 without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)"

    /// Whether NUL bytes sit at every other position, as ASCII markup does in UTF-16: such a
    /// file is saved in the wrong encoding, not binary data, and the message should say so.
    static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        guard head.count >= 16 else { return false }
        var even = 0
        var odd = 0
        for (offset, byte) in head.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let half = head.count / 2
        return (odd * 3 >= half && even * 20 <= half) || (even * 3 >= half && odd * 20 <= half)
    }

    /// Whether the bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms,
    /// surrogates or scalars above U+10FFFF), ASCII checked eight bytes at a time. Unlike
    /// `String(validating:)` it copies nothing.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isValidUTF8)
    }

    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let count = buffer.count
        var index = 0
        @inline(__always) func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(base[index + offset])
        }
        while index < count {
            if index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = base[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: guard continuation(1) else { return false }; length = 2
            case 0xE0: guard continuation(1, 0xA0...0xBF), continuation(2) else { return false }; length = 3
            case 0xE1...0xEC, 0xEE...0xEF: guard continuation(1), continuation(2) else { return false }; length = 3
            case 0xED: guard continuation(1, 0x80...0x9F), continuation(2) else { return false }; length = 3
            case 0xF0: guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else { return false }; length = 4
            case 0xF1...0xF3: guard continuation(1), continuation(2), continuation(3) else { return false }; length = 4
            case 0xF4: guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else { return false }; length = 4
            default: return false
            }
            index += length
        }
        return true
    }

    /// Maps declared names to the superset a real site means (GB2312 pages contain GBK characters).
    static func canonicalName(_ declared: String) -> String {
        switch declared.lowercased() {
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "csgb2312", "chinese": "GB18030"
        case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5": "BIG5-HKSCS"
        case "utf8": "UTF-8"
        case "latin1", "iso-8859-1", "us-ascii", "ascii": "WINDOWS-1252"
        default: declared.uppercased()
        }
    }

    /// Whether a declared encoding name is one of the single-byte Western encodings that
    /// UTF-8 text is often mislabelled as (ISO-8859-1, ISO-8859-15, windows-1252, ASCII).
    static func isSingleByteWestern(_ declared: String) -> Bool {
        switch declared.lowercased() {
        case "latin1", "latin-1", "l1", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso-8859-15", "iso8859-15", "latin9",
             "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii": true
        default: false
        }
    }

    /// Whether the bytes are valid UTF-8 holding at least one multi-byte sequence: text that is
    /// UTF-8 whatever it declares.
    static func holdsUTF8Sequences(_ bytes: [UInt8]) -> Bool {
        bytes.contains(where: { $0 >= 0x80 }) && isValidUTF8(bytes)
    }

    /// The encoding named by an XML declaration or an HTML `<meta charset>` near the start.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        if let value = xmlDeclaredEncoding(in: bytes) { return value }
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let match = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = match.upperBound
            var rest = head[match.upperBound...].drop(while: { $0 == " " })
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
            let value = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            if !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// The encoding named by the XML declaration (lowercased), if the bytes start with one.
    static func xmlDeclaredEncoding(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard head.hasPrefix("<?xml") || head.drop(while: { $0.isWhitespace }).hasPrefix("<?xml"),
              let declarationEnd = head.range(of: "?>") else { return nil }
        return attributeValue(named: "encoding", in: head[..<declarationEnd.lowerBound])
    }

    /// Legacy-encoded XML (GB18030, GBK, Big5, Shift_JIS, EUC-KR… named in its declaration)
    /// converted to UTF-8 by the same rules as feeds (`gb2312` read as its superset GB18030,
    /// Big5 as Big5-HKSCS), or nil when it is UTF-8, UTF-16 or declares nothing. libxml2 with
    /// ICU knows some of these names but not all aliases, and is strict where real files, labelled
    /// GB2312 but written in GBK, are not. Line breaks are kept, so line numbers still hold.
    static func convertingDeclaredLegacyEncoding(_ bytes: [UInt8], input: String) throws(TextDecodingError) -> [UInt8]? {
        if ByteOrderMark(startOf: bytes) != nil { return nil }
        guard let declared = xmlDeclaredEncoding(in: bytes) else { return nil }
        let bare = declared.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        if bare == "utf8" || bare.hasPrefix("utf16") || bare == "usascii" || bare == "ascii" { return nil }
        let name = canonicalName(declared)
        if let converted = TextTranscoder.utf8(from: bytes, encoding: name) { return converted }
        throw TextDecodingError(input: input, reason: "the XML declaration says encoding=\"\(declared)\", but the bytes are not valid \(name) "
            + "(or the encoding is unknown); save the file as UTF-8, or correct the declaration")
    }

    private static func attributeValue(named name: String, in text: Substring) -> String? {
        guard let range = text.range(of: name) else { return nil }
        let rest = text[range.upperBound...].drop(while: { $0 == " " || $0 == "=" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix(while: { $0 != quote })
        return value.isEmpty ? nil : String(value)
    }

    /// Mostly ASCII with few high bytes and no control characters: a Western single-byte text.
    private static func looksLikeWesternText(_ bytes: [UInt8]) -> Bool {
        var high = 0
        for byte in bytes {
            if byte >= 0x80 { high += 1 } else if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
        }
        return high * 20 <= bytes.count
    }
}
