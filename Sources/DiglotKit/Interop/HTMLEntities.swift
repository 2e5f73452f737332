internal import CLibXML2

/// Decodes HTML character references in plain text (feed-item titles, feed titles) using
/// libxml2's HTML 4 entity table, so every named entity a browser knows is understood.
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
            guard afterName < scalars.endIndex, scalars[afterName] == ";", let scalar = reference(String(String.UnicodeScalarView(name))) else {
                output.append(first)
                continue
            }
            output.append(scalar)
            scalars = scalars[scalars.index(after: afterName)...]
        }
        return String(output)
    }

    /// The character a reference names (`quot`, `#34`, `#x22`), or nil.
    static func reference(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
        if name == "apos" { return "'" }
        guard let entity = htmlEntityLookup(name) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}
