internal import CLibXML2

/// Reads XML node by node with libxml2's `xmlTextReader`, pulling the bytes in chunks, so a
/// document of any size is read in constant memory: only the element being looked at (and,
/// once expanded, its subtree) is held.
///
/// The options are those of `MarkupParser.parseXML`: no network, no external entities, no DTD
/// loading, no entity substitution. Diagnostics never reach stderr; the first error is kept.
final class XMLStreamReader {
    /// What the reader stands on after a move.
    struct Element {
        var localName: String
        var namespace: String?
        /// 0 for the root.
        var depth: Int
    }

    /// Supplies the next bytes into the buffer and returns how many: 0 at the end, -1 on failure.
    typealias ChunkSource = (UnsafeMutableRawBufferPointer) -> Int

    private let reader: xmlTextReaderPtr
    private let state: State

    /// Lives as long as the reader: the chunk source and the first error's message, reached
    /// from C callbacks.
    private final class State {
        let chunks: ChunkSource
        var bytesRead = 0
        var errorMessage: String?
        let file: String

        init(chunks: @escaping ChunkSource, file: String) {
            self.chunks = chunks
            self.file = file
        }
    }

    init(file: String, chunks: @escaping ChunkSource) throws(XMLError) {
        LibXML2Setup.ensure()
        let state = State(chunks: chunks, file: file)
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let context = Unmanaged.passUnretained(state).toOpaque()
        guard let reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            let state = Unmanaged<State>.fromOpaque(context).takeUnretainedValue()
            let count = state.chunks(UnsafeMutableRawBufferPointer(start: buffer, count: Int(length)))
            state.bytesRead += max(count, 0)
            return Int32(clamping: count)
        }, nil, context, file, nil, options) else {
            throw XMLError(file: file, message: "out of memory")
        }
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let state = Unmanaged<State>.fromOpaque(context).takeUnretainedValue()
            guard state.errorMessage == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
            state.errorMessage = MarkupParser.plainMessage(message.trimmingCharacters(in: .whitespacesAndNewlines))
        }, context)
        self.reader = reader
        self.state = state
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node in document order (into the current element's content);
    /// false at the end of the document.
    func read() throws(XMLError) -> Bool {
        try moved(xmlTextReaderRead(reader))
    }

    /// Moves past the current node and its subtree to its next sibling or onwards.
    func skip() throws(XMLError) -> Bool {
        try moved(xmlTextReaderNext(reader))
    }

    private func moved(_ result: Int32) throws(XMLError) -> Bool {
        if result < 0 || state.errorMessage != nil { throw failure() }
        return result == 1
    }

    /// The first error, placed where the parser stopped in the document (libxml2 gives an error
    /// inside an entity's replacement text the line within that text).
    private func failure() -> XMLError {
        XMLError(file: state.file, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                 message: state.errorMessage ?? "not well-formed XML")
    }

    /// Reads through the current element's content to its end tag; call `read()` next. Stops
    /// and returns false as soon as more than `limit` bytes were pulled since the element began.
    func readThroughElement(limit: Int) throws(XMLError) -> Bool {
        let depth = xmlTextReaderDepth(reader)
        guard xmlTextReaderIsEmptyElement(reader) == 0 else { return true }
        let start = state.bytesRead
        while try read() {
            if xmlTextReaderDepth(reader) == depth, xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) { return true }
            if state.bytesRead - start > limit { return false }
        }
        return true
    }

    /// The element the reader stands on at its start tag, or nil for any other node.
    var element: Element? {
        guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { return nil }
        let localName = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
        return Element(localName: localName, namespace: namespace, depth: Int(xmlTextReaderDepth(reader)))
    }

    /// The current element's attributes by qualified name (`xml:base`), without its content.
    func attributes() -> [Attribute] {
        var attributes: [Attribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            attributes.append(Attribute(name: name, value: value))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// The current element with all its content. Call `skip()` next to move past it.
    func expand() throws(XMLError) -> MarkupElement {
        guard let node = xmlTextReaderExpand(reader), state.errorMessage == nil else { throw failure() }
        return Self.normalisingLineEnds(MarkupParser.element(from: node))
    }

    /// The element with CR LF and lone CR in its text turned into LF. XML requires this of every
    /// parser (§2.11), but libxml2's push parser, under the streaming reader, passes CDATA
    /// sections on as they are; the tree parser does not.
    private static func normalisingLineEnds(_ element: MarkupElement) -> MarkupElement {
        var element = element
        for index in element.children.indices {
            switch element.children[index] {
            case .text(let text) where text.utf8.contains(0x0D):
                element.children[index] = .text(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
            case .element(let child):
                element.children[index] = .element(normalisingLineEnds(child))
            default:
                break
            }
        }
        return element
    }
}
