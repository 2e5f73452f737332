internal import CLibXML2

/// Decodes HTML character references in plain text (feed-item titles, feed titles) using
/// libxml2's HTML 4 entity table and HTML5's further names, so every named entity a browser
/// knows is understood.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = String.UnicodeScalarView()
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == "&" else { output.append(first); continue }
            let name = scalars.prefix(while: { $0 != ";" && $0 != "&" && !$0.properties.isWhitespace }).prefix(32)
            let afterName = scalars.index(scalars.startIndex, offsetBy: name.count)
            guard afterName < scalars.endIndex, scalars[afterName] == ";", let replacement = Self.text(ofReference: String(String.UnicodeScalarView(name))) else {
                output.append(first)
                continue
            }
            output.append(contentsOf: replacement.unicodeScalars)
            scalars = scalars[scalars.index(after: afterName)...]
        }
        return String(output)
    }

    /// The text a reference stands for (`quot`, `#34`, `#x22`, `comma`, `NotEqualTilde`): one
    /// character, or two for a few HTML5 names; nil when it names nothing.
    static func text(ofReference name: String) -> String? {
        if let scalar = reference(name) { return String(scalar) }
        return HTML5NamedReferences.table[name]
    }

    /// The character a reference names (`quot`, `#34`, `#x22`, `comma`), or nil; nil too for the
    /// few HTML5 names that stand for two characters (`text(ofReference:)` has them).
    static func reference(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
        if name == "apos" { return "'" }
        guard let entity = htmlEntityLookup(name) else {
            guard let text = HTML5NamedReferences.table[name], text.unicodeScalars.count == 1 else { return nil }
            return text.unicodeScalars.first
        }
        return Unicode.Scalar(entity.pointee.value)
    }
}
