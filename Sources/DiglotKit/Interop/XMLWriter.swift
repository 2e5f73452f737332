internal import CLibXML2

/// Streams well-formed XML into memory through libxml2's `xmlTextWriter`.
///
/// The writer escapes markup characters itself; this wrapper also drops characters XML 1.0
/// forbids (C0 controls, U+FFFE/U+FFFF), which libxml2 would otherwise pass through and make
/// the output not well-formed. One writer per document, confined to one task.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false
    private let indents: Bool
    /// How many mixed-content elements are open; indentation is off while it is above zero.
    private var mixedDepth = 0

    /// - Parameter indent: pretty-print with two spaces. Turn it off inside mixed content
    ///   (`<source>` text), where added whitespace would change the text.
    init(indent: Bool = true) throws(XMLError) {
        LibXML2Setup.ensure()
        guard let buffer = xmlBufferCreate() else { throw XMLError(file: "<writer>", message: "out of memory") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError(file: "<writer>", message: "out of memory")
        }
        self.buffer = buffer
        self.writer = writer
        self.indents = indent
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    func startElement(_ name: String) {
        check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
    }

    func attribute(_ name: String, _ value: String) {
        check(withXMLChars(name) { name in withXMLChars(XMLWriter.clean(value)) { xmlTextWriterWriteAttribute(writer, name, $0) } })
    }

    /// Writes an attribute only when the value is non-nil.
    func attribute(_ name: String, _ value: String?) {
        if let value { attribute(name, value) }
    }

    func text(_ string: String) {
        guard !string.isEmpty else { return }
        check(withXMLChars(XMLWriter.clean(string)) { xmlTextWriterWriteString(writer, $0) })
    }

    /// Writes `bytes` as base64 text (the skeleton, hundreds of kilobytes). The base64
    /// alphabet (`A–Z a–z 0–9 + / =`) holds nothing to escape or filter, so the text skips
    /// libxml2's escaping pass.
    func base64(_ bytes: [UInt8]) {
        let text = Base64.encode(bytes)
        guard !text.isEmpty else { return }
        check(withXMLChars(text) { xmlTextWriterWriteRaw(writer, $0) })
    }

    func comment(_ string: String) {
        check(xmlTextWriterWriteComment(writer, XMLWriter.clean(string).replacingOccurrences(of: "--", with: "- -")))
    }

    /// Writes a DOCTYPE declaration (XHTML5 `<!DOCTYPE html>`).
    func doctype(_ name: String) {
        check(xmlTextWriterWriteDTD(writer, name, nil, nil, nil))
    }

    func endElement() {
        check(xmlTextWriterEndElement(writer))
    }

    /// Ends the current element with an explicit end tag even when empty (`<p></p>`), as XHTML needs.
    func fullEndElement() {
        check(xmlTextWriterFullEndElement(writer))
    }

    /// Writes `<name attr="…">text</name>` in one call.
    func element(_ name: String, attributes: [(String, String?)] = [], text: String? = nil) {
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        if let text { self.text(text) }
        endElement()
    }

    /// Starts an element whose content is mixed (text and inline elements, like XLIFF `<source>`).
    ///
    /// libxml2's indentation writes newlines and spaces before every child start tag and
    /// before the end tag, even after text, which would change the text a translator sees.
    /// The start tag itself is indented like any other; inside it indentation is off until
    /// the matching `endMixedElement()`. Nested mixed elements are fine.
    func startMixedElement(_ name: String) {
        startElement(name)
        if mixedDepth == 0 && indents { check(xmlTextWriterSetIndent(writer, 0)) }
        mixedDepth += 1
    }

    /// Ends the element opened by the matching `startMixedElement(_:)` and restores indentation.
    func endMixedElement() {
        endElement()
        mixedDepth -= 1
        if mixedDepth == 0 && indents {
            // With indentation off libxml2 wrote no newline after the end tag; the parent's
            // next child or end tag expects to start on a fresh line.
            check(xmlTextWriterWriteRaw(writer, "\n"))
            check(xmlTextWriterSetIndent(writer, 1))
        }
    }

    /// Closes all open elements and returns the UTF-8 bytes, ending with a newline.
    func finish() throws(XMLError) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed else { throw XMLError(file: "<writer>", message: "libxml2 could not write the document") }
        let length = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    /// Passes `string` to libxml2 as a NUL-terminated `xmlChar` pointer. `withCString` lends
    /// the string's own storage (or a stack copy of a small string); the implicit String-to-
    /// pointer conversion would allocate a new C string for every call.
    private func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Removes characters that XML 1.0 does not allow (keeps tab, newline, carriage return).
    static func clean(_ string: String) -> String {
        guard mayContainForbiddenCharacters(string) else { return string }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: string.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    /// A byte-level pre-check: false when the UTF-8 has no C0 control other than tab, newline
    /// and carriage return and no U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`) — nearly always.
    private static func mayContainForbiddenCharacters(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            // Eight bytes at a time while none is below 0x20 or 0xEF (Chinese text is mostly
            // E4–E9 lead bytes and continuation bytes): a word test, then the bytes below.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let belowSpace = (word &- ones &* 0x20) & ~word & highs
                    let efBytes = word ^ (ones &* 0xEF)
                    let hasEF = (efBytes &- ones) & ~efBytes & highs
                    if belowSpace | hasEF == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
                index += 1
            }
            return false
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
