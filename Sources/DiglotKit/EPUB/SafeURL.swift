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
        let trimmed = raw.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
        var text = trimmed.filter { $0.value >= 0x20 && $0.value != 0x7F }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
        if text.hasPrefix("//") { text = "https:" + text }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon].lowercased()
        guard Self.schemes.contains(scheme) else { return nil }
        let rest = text[text.index(after: colon)...]
        if scheme != "mailto" {
            guard rest.hasPrefix("//"), rest.dropFirst(2).first.map({ $0 != "/" }) == true else { return nil }
        } else {
            guard rest.count > 1 else { return nil }
        }
        string = scheme + ":" + Self.encode(String(rest))
    }

    /// Percent-encodes what RFC 3986 does not allow, keeping existing `%XX` escapes.
    private static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                output.append("%")
            } else if isAllowed(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
            index += 1
        }
        return output
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// Unreserved, reserved and sub-delimiter characters of RFC 3986 (section 2).
    private static func isAllowed(_ byte: UInt8) -> Bool {
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return true }
        return "-._~:/?#[]@!$&'()*+,;=".utf8.contains(byte)
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
