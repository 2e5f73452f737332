/// The original HTML of an inline code, as XLIFF 2 `<data>` keeps it and as a merge restores it.
extension InlineCode {
    /// HTML elements that have no end tag, written `<br/>`.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// `<a href="…">`, or `<br/>` for a void element; attribute values HTML-escaped.
    var startTagMarkup: String {
        var markup = "<" + element
        for attribute in attributes {
            markup += " " + attribute.name + "=\"" + InlineCode.escapeAttribute(attribute.value) + "\""
        }
        return markup + (InlineCode.voidElements.contains(element.lowercased()) ? "/>" : ">")
    }

    /// `</a>`.
    var endTagMarkup: String { "</" + element + ">" }

    /// `&`, `"`, `<` and `>` as entities, on UTF-8 bytes (each is one ASCII byte, never part of
    /// another scalar); a value with none of them is returned as it is.
    private static func escapeAttribute(_ value: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }
        guard value.utf8.contains(where: special) else { return value }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            switch byte {
            case 0x26: escaped += "&amp;".utf8
            case 0x22: escaped += "&quot;".utf8
            case 0x3C: escaped += "&lt;".utf8
            case 0x3E: escaped += "&gt;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
