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

    private static func escapeAttribute(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
