internal import CLibXML2

/// Parses XML and HTML bytes with libxml2 into `MarkupElement` trees.
///
/// Security: no network, no external entities, no DTD loading, no entity substitution by
/// libxml2 (which closes billion-laughs and quadratic blowup). A reference left in the tree
/// becomes text here (`referencedText`), within a budget per document.
/// Diagnostics never reach stderr: a no-op structured handler is installed on each context
/// and the first fatal error is read back from it.
enum MarkupParser {
    /// Deeper element nesting than this is flattened into the ancestor at the limit, so a
    /// hostile 10,000-deep document cannot exhaust the stack.
    static let maximumDepth = 256

    /// Parses an XML document. With `rejectDoctype`, any DOCTYPE is an error (XLIFF, TBX).
    static func parseXML(_ bytes: [UInt8], file: String, encoding: String? = nil,
                         rejectDoctype: Bool, keepComments: Bool = false) throws(XMLError) -> MarkupElement {
        LibXML2Setup.ensure()
        guard !bytes.isEmpty else { throw XMLError(file: file, message: "the file is empty") }
        guard let context = xmlNewParserCtxt() else { throw XMLError(file: file, message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 goes on after the first error and reports more, the last one often far below
        // the real mistake (a missing end tag noticed only at the end of the file): keep the first.
        let errors = FirstErrors()
        context.pointee._private = Unmanaged.passUnretained(errors).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            // For a parser, the SAX user data is the parser context itself.
            guard let userData, let error else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = parser.pointee._private else { return }
            Unmanaged<FirstErrors>.fromOpaque(box).takeUnretainedValue().record(error.pointee)
        }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document: xmlDocPtr? = withExtendedLifetime(errors) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), file, encoding, options)
                }
            }
        }
        context.pointee._private = nil
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            if let first = errors.first {
                throw XMLError(file: file, line: first.line, column: first.column, message: plainMessage(first.message))
            }
            throw lastError(of: context, file: file, fallback: "not well-formed XML")
        }
        defer { xmlFreeDoc(document) }
        if rejectDoctype, document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            throw XMLError(file: file, message: "the document has a DOCTYPE, which is not allowed here (it could carry entity attacks); remove the <!DOCTYPE …> declaration")
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLError(file: file, message: "the document has no root element")
        }
        var budget = entityBudget
        return convert(root, html: false, keepComments: keepComments, depth: 0, entityBudget: &budget)
    }

    /// Parses an HTML document or fragment leniently, as browsers do. `encoding` overrides
    /// what the bytes declare (use it when the container told us, e.g. an HTTP or feed charset).
    static func parseHTML(_ bytes: [UInt8], file: String, encoding: String? = nil) throws(XMLError) -> MarkupElement {
        LibXML2Setup.ensure()
        guard let context = htmlNewParserCtxt() else { throw XMLError(file: file, message: "out of memory") }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.serror = { _, _ in }
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let input = bytes.isEmpty ? [UInt8(ascii: " ")] : bytes
        let document: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), file, encoding, options)
            }
        }
        guard let document else {
            throw lastError(of: context, file: file, fallback: "unreadable HTML")
        }
        defer { xmlFreeDoc(document) }
        // libxml2 stops at 256 open elements and silently drops the rest of the page; say so
        // rather than return a truncated article.
        if let error = xmlCtxtGetLastError(context), error.pointee.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue),
           let message = error.pointee.message, String(cString: message).contains("Excessive depth") {
            throw XMLError(file: file, line: Int(error.pointee.line), column: Int(error.pointee.int2),
                           message: "elements nested more than 256 deep; the page cannot be read completely")
        }
        // A fragment parsed with NOIMPLIED may have several top-level nodes: gather them.
        var children: [MarkupNode] = []
        var node = document.pointee.children
        var budget = entityBudget
        while let current = node {
            if current.pointee.type != XML_DTD_NODE {
                convertNode(current, html: true, keepComments: false, depth: 1, entityBudget: &budget, into: &children)
            }
            node = current.pointee.next
        }
        if children.count == 1, case .element(let only) = children[0], only.name == "html" { return only }
        return MarkupElement(name: "#document", namespace: nil, attributes: [], children: children, line: 1)
    }

    /// An element of an XML tree libxml2 built elsewhere (a streaming reader's expanded node).
    static func element(from node: xmlNodePtr) -> MarkupElement {
        var budget = entityBudget
        return convert(node, html: false, keepComments: false, depth: 0, entityBudget: &budget)
    }

    /// How much text the entities a document declares may add to it: 1 MB. A reference
    /// beyond that stays as written, so a document of many references to a long entity
    /// cannot grow without bound.
    static let entityBudget = 1 << 20

    /// The text a reference libxml2 left unexpanded stands for: an entity the document
    /// declares itself, its replacement text when that is plain text (no markup, no further
    /// references) and the budget allows; an HTML entity that an old DTD names and we never
    /// load (RSS 0.91's `&eacute;`), its character; anything else, the reference as written,
    /// so that no text disappears without a trace.
    private static func referencedText(_ node: xmlNodePtr, entityBudget: inout Int) -> String {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        if let entity = xmlGetDocEntity(node.pointee.doc, name), entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY,
           let content = entity.pointee.content {
            let text = String(cString: content)
            if !text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }), text.utf8.count <= entityBudget {
                entityBudget -= text.utf8.count
                return text
            }
        } else if let text = HTMLEntities.text(ofReference: name) {
            return text
        }
        return "&" + name + ";"
    }

    /// The first fatal error and the first error of a parse, gathered by the structured handler.
    private final class FirstErrors {
        struct Entry {
            var line: Int
            var column: Int
            var message: String
        }
        private var fatal: Entry?
        private var error: Entry?

        /// The first fatal error (what breaks well-formedness), else the first error.
        var first: Entry? { fatal ?? error }

        func record(_ raw: xmlError) {
            guard raw.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let isFatal = raw.level.rawValue >= XML_ERR_FATAL.rawValue
            if isFatal ? fatal != nil : error != nil { return }
            let message = raw.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
            let entry = Entry(line: Int(raw.line), column: Int(raw.int2), message: message)
            if isFatal { fatal = entry } else { error = entry }
        }
    }

    private static func lastError(of context: xmlParserCtxtPtr, file: String, fallback: String) -> XMLError {
        guard let error = xmlCtxtGetLastError(context), error.pointee.code != 0 else {
            return XMLError(file: file, message: fallback)
        }
        var message = error.pointee.message.map { String(cString: $0) } ?? fallback
        message = plainMessage(message.trimmingCharacters(in: .whitespacesAndNewlines))
        return XMLError(file: file, line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
    }

    /// libxml2's wording where it speaks to programmers ("use XML_PARSE_HUGE option",
    /// "xmlParseCharRef") rewritten for whoever has to fix the file; other messages unchanged.
    static func plainMessage(_ message: String) -> String {
        if message.hasPrefix("Excessive depth in document") {
            return "elements nested more than \(maximumDepth) deep; the file cannot be read completely"
        }
        if message.contains("Huge input lookup") || message.contains("huge text node") || message.contains("use XML_PARSE_HUGE") {
            return "one piece of text (a text node, CDATA section or comment) is over 10 MB, libxml2's limit; split it"
        }
        if message.hasPrefix("Input is not proper UTF-8") {
            let bytes = message.range(of: "Bytes:").map { " (bytes " + message[$0.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines) + ")" } ?? ""
            return "the text is not valid UTF-8\(bytes), which the XML declaration names or XML assumes without one; "
                + "save the file as UTF-8, or declare the encoding it is in, e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>"
        }
        let charRef = "xmlParseCharRef: invalid xmlChar value "
        if message.hasPrefix(charRef), let value = UInt32(message.dropFirst(charRef.count)) {
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "the character reference to \(code) is not allowed in XML (a control character, a lone surrogate or a non-character); remove it"
        }
        return message
    }

    /// `name.lowercased()`, without a new string when there is nothing to lower — libxml2's
    /// HTML parser already gives lowercase names nearly always.
    private static func lowercasedASCII(_ name: String) -> String {
        name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? name.lowercased() : name
    }

    private static func convert(_ node: xmlNodePtr, html: Bool, keepComments: Bool, depth: Int, entityBudget: inout Int) -> MarkupElement {
        var attributes: [Attribute] = []
        var property = node.pointee.properties
        while let current = property {
            let local = current.pointee.name.map { String(cString: $0) } ?? ""
            var name = local
            if let namespace = current.pointee.ns, let prefix = namespace.pointee.prefix {
                name = String(cString: prefix) + ":" + local
            }
            if html { name = lowercasedASCII(name) }
            var value = ""
            if let only = current.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
                // The usual attribute: one text node, whose content is the value.
                value = only.pointee.content.map { String(cString: $0) } ?? ""
            } else if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                cxml_free(raw)
            }
            attributes.append(Attribute(name: name, value: value))
            property = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            convertNode(current, html: html, keepComments: keepComments, depth: depth + 1, entityBudget: &entityBudget, into: &children)
            child = current.pointee.next
        }
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if html { name = lowercasedASCII(name) }
        let namespace = html ? nil : node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
        return MarkupElement(name: name, namespace: namespace, attributes: attributes,
                             children: children, line: Int(xmlGetLineNo(node)))
    }

    /// Appends what the node becomes (none, one or, for flattened deep nesting, several nodes).
    private static func convertNode(_ node: xmlNodePtr, html: Bool, keepComments: Bool, depth: Int, entityBudget: inout Int,
                                    into nodes: inout [MarkupNode]) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            if depth >= maximumDepth {
                // Flatten: keep the content, drop the excess nesting.
                var child = node.pointee.children
                while let current = child {
                    convertNode(current, html: html, keepComments: keepComments, depth: depth, entityBudget: &entityBudget, into: &nodes)
                    child = current.pointee.next
                }
                return
            }
            nodes.append(.element(convert(node, html: html, keepComments: keepComments, depth: depth, entityBudget: &entityBudget)))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            nodes.append(.text(String(cString: content)))
        case XML_COMMENT_NODE:
            guard keepComments, let content = node.pointee.content else { return }
            nodes.append(.comment(String(cString: content)))
        case XML_ENTITY_REF_NODE:
            nodes.append(.text(referencedText(node, entityBudget: &entityBudget)))
        default:
            // Processing instructions are dropped.
            return
        }
    }
}
