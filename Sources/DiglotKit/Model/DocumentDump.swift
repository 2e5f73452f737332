/// A readable, indented text form of a document, for tests and debugging.
///
/// One line for the metadata, then one line per block: ID, role (with `skip` when the block is
/// not offered for translation) and the inline content, codes shown as `<a#1 href="…">…</a#1>`
/// and `<br#2/>`. Tests compare it with multi-line literals, which shows a reader's whole
/// output at a glance.
extension Document {
    public func dump() -> String {
        var lines: [String] = []
        var header = "document lang=\(metadata.sourceLanguage)"
        if let outlet = metadata.outlet { header += " outlet=\(outlet)" }
        if let published = metadata.publishedISO8601 { header += " published=\(published)" }
        if let url = metadata.url { header += " url=\(url)" }
        lines.append(header)
        for block in blocks {
            var role = block.role.name
            switch block.role {
            case .listItem(_, let depth) where depth > 1: role += " depth=\(depth)"
            case .tableCell(_, let table, let row, let column): role += " \(table):\(row):\(column)"
            case .image(let image):
                role += " src=\(image.source)"
                if let link = image.link { role += " link=\(link)" }
            default: break
            }
            if !block.isTranslatable { role += " skip" }
            let content = block.segments.map { $0.runs.map(Self.dump).joined() }.joined(separator: " | ")
            lines.append("  \(block.id) [\(role)] \(content)".trimmingSuffixSpaces())
        }
        return lines.joined(separator: "\n")
    }

    private static func dump(_ run: InlineRun) -> String {
        switch run {
        case .text(let text): return text
        case .open(let code): return "<\(code.element)#\(code.id)\(attributes(code))>"
        case .close(let code): return "</\(code.element)#\(code.id)>"
        case .placeholder(let code): return "<\(code.element)#\(code.id)\(attributes(code))/>"
        }
    }

    private static func attributes(_ code: InlineCode) -> String {
        code.attributes.map { " \($0.name)=\"\($0.value)\"" }.joined()
    }
}

private extension String {
    func trimmingSuffixSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
