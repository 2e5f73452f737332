/// Writes inline runs as HTML, restoring each code as its original element and attributes.
///
/// A translated code is rebuilt from the source code with the same ID, so links keep their
/// exact `href`; `MarkupSanitizer` decides what of it may be written in a web page. Codes left
/// open are closed at the end and a close without its open is ignored, so the output stays
/// well-formed.
struct HTMLInlineWriter {
    /// Source codes by ID.
    let sourceCodes: [Int: InlineCode]

    init(sourceRuns: [InlineRun]) {
        var codes: [Int: InlineCode] = [:]
        for run in sourceRuns {
            switch run {
            case .open(let code), .placeholder(let code), .close(let code): if codes[code.id] == nil { codes[code.id] = code }
            case .text: break
            }
        }
        sourceCodes = codes
    }

    func write(_ runs: [InlineRun], into writer: XMLWriter) {
        var open: [Int] = []
        for run in runs {
            switch run {
            case .text(let text):
                writer.text(text)
            case .open(let code):
                write(MarkupSanitizer.webPageElement(sourceCodes[code.id] ?? code), into: writer)
                open.append(code.id)
            case .close(let code):
                guard let position = open.lastIndex(of: code.id) else { continue }
                for _ in position..<open.count { writer.fullEndElement() }
                open.removeSubrange(position...)
            case .placeholder(let code):
                let element = MarkupSanitizer.webPageElement(sourceCodes[code.id] ?? code)
                write(element, into: writer)
                if MarkupSanitizer.voidElements.contains(element.name) { writer.endElement() } else { writer.fullEndElement() }
            }
        }
        for _ in open { writer.fullEndElement() }
    }

    private func write(_ element: MarkupSanitizer.Element, into writer: XMLWriter) {
        writer.startElement(element.name)
        for (name, value) in element.attributes { writer.attribute(name, value) }
    }
}
