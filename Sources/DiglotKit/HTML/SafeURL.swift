import Foundation

/// An absolute link target that is safe to write into a book: `http`, `https`, `mailto` or
/// `ftp`, with characters a URL may not contain percent-encoded.
///
/// Everything else is refused: `javascript:` and `data:` run or embed content, and relative
/// links point into the article's website, not into the EPUB, where EPUBCheck would report
/// them as missing resources. Protocol-relative links (`//host/path`) become `https:`.
struct SafeURL: Hashable, Sendable {
    let string: String

    private static let schemes: Set<String> = ["http", "https", "mailto", "ftp"]

    init?(_ raw: String) {
        // As browsers do: trim C0 controls and spaces at both ends, drop tabs and newlines inside.
        // Every byte tested here is ASCII; bytes of other scalars are all above 0x7F and kept.
        let bytes = Array(raw.utf8)
        let start = bytes.firstIndex { $0 > 0x20 } ?? bytes.endIndex
        let end = bytes.lastIndex { $0 > 0x20 }.map { $0 + 1 } ?? start
        let kept = bytes[start..<end].filter { $0 >= 0x20 && $0 != 0x7F }
        // Nearly every link is ASCII, where each byte is a whole Character: read it on bytes.
        guard let safe = kept.allSatisfy({ $0 < 0x80 }) ? Self.asciiURL(kept[...]) : Self.characterURL(String(decoding: kept, as: UTF8.self))
        else { return nil }
        string = safe
    }

    /// The safe form of a trimmed link, Character by Character: any text.
    static func characterURL(_ trimmed: String) -> String? {
        var text = trimmed
        if text.hasPrefix("//") { text = "https:" + text }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon].lowercased()
        guard Self.schemes.contains(scheme) else { return nil }
        let rest = text[text.index(after: colon)...]
        if scheme != "mailto" {
            guard rest.hasPrefix("//") else { return nil }
            let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
            guard !authority.isEmpty, authority.unicodeScalars.allSatisfy(Self.isAuthorityScalar) else { return nil }
        } else {
            guard rest.count > 1 else { return nil }
        }
        return scheme + ":" + Self.encodeComponents(String(rest), hasAuthority: scheme != "mailto")
    }

    /// `characterURL` on the bytes of an ASCII link, where every byte is a Character.
    static func asciiURL(_ trimmed: ArraySlice<UInt8>) -> String? {
        let slash = UInt8(ascii: "/"), question = UInt8(ascii: "?"), hash = UInt8(ascii: "#")
        let text = trimmed.starts(with: [slash, slash]) ? Array("https:".utf8)[...] + trimmed : trimmed
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = String(decoding: text[..<colon].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard Self.schemes.contains(scheme) else { return nil }
        let rest = text[(colon + 1)...]
        let hasAuthority = scheme != "mailto"
        if hasAuthority {
            guard rest.starts(with: [slash, slash]) else { return nil }
            let authority = rest.dropFirst(2).prefix { $0 != slash && $0 != question && $0 != hash }
            guard !authority.isEmpty, authority.allSatisfy({ isUnreservedOrSubDelimiter($0) || authorityExtras.contains($0) }) else { return nil }
        } else {
            guard rest.count > 1 else { return nil }
        }
        var remaining = rest
        var output = scheme + ":"
        if hasAuthority {
            remaining = remaining.dropFirst(2)
            let authority = remaining.prefix { $0 != slash && $0 != question && $0 != hash }
            output += "//" + encode(authority, extra: ":@[]")
            remaining = remaining.dropFirst(authority.count)
        }
        let path = remaining.prefix { $0 != question && $0 != hash }
        output += encode(path, extra: ":@/")
        remaining = remaining.dropFirst(path.count)
        if remaining.first == question {
            let query = remaining.dropFirst().prefix { $0 != hash }
            output += "?" + encode(query, extra: ":@/?")
            remaining = remaining.dropFirst(query.count + 1)
        }
        if remaining.first == hash {
            output += "#" + encode(remaining.dropFirst(), extra: ":@/?")
        }
        return output
    }

    private static let authorityExtras = ByteSet(":@[]%")

    /// Encodes authority, path, query and fragment each with its own RFC 3986 character set:
    /// EPUBCheck rejects `[` in a path and a second `#` in a fragment, which browsers accept.
    private static func encodeComponents(_ text: String, hasAuthority: Bool) -> String {
        var rest = Substring(text)
        var output = ""
        if hasAuthority {
            rest = rest.dropFirst(2)
            let authority = rest.prefix { !"/?#".contains($0) }
            output = "//" + encode(String(authority), extra: ":@[]")
            rest = rest.dropFirst(authority.count)
        }
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        output += encode(String(path), extra: ":@/")
        rest = rest.dropFirst(path.count)
        if rest.first == "?" {
            let query = rest.dropFirst().prefix { $0 != "#" }
            output += "?" + encode(String(query), extra: ":@/?")
            rest = rest.dropFirst(query.count + 1)
        }
        if rest.first == "#" {
            output += "#" + encode(String(rest.dropFirst()), extra: ":@/?")
        }
        return output
    }

    /// Host, port and user information: RFC 3986 characters or non-ASCII (an IDN host);
    /// a space or quote there makes the URL invalid, not merely unusual.
    private static func isAuthorityScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        return isUnreservedOrSubDelimiter(UInt8(scalar.value)) || ":@[]%".unicodeScalars.contains(scalar)
    }

    /// Percent-encodes what RFC 3986 does not allow, keeping existing `%XX` escapes.
    private static func encode(_ text: String, extra: String) -> String {
        encode(Array(text.utf8)[...], extra: extra)
    }

    private static func encode(_ bytes: ArraySlice<UInt8>, extra: String) -> String {
        let allowed = ByteSet(extra)
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                output.append(byte)
            } else if isUnreservedOrSubDelimiter(byte) || allowed.contains(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// Unreserved and sub-delimiter characters of RFC 3986 (section 2), allowed in every component.
    private static func isUnreservedOrSubDelimiter(_ byte: UInt8) -> Bool {
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return true }
        return subDelimiters.contains(byte)
    }

    private static let subDelimiters = ByteSet("-._~!$&'()*+,;=")

    /// A set of ASCII bytes, tested with a shift instead of a walk through a string.
    private struct ByteSet {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(_ members: String) {
            for byte in members.utf8 where byte < 0x80 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }
}
