/// A parsed XML or HTML element as a plain Swift value, detached from libxml2.
///
/// Readers work on this tree so no C type leaves `Interop/`. Text is already decoded
/// (entities, CDATA, character references); comments are dropped except where kept on purpose.
struct MarkupElement: Hashable, Sendable {
    /// Local name; lowercased for HTML.
    var name: String
    /// Namespace URI for XML, nil for HTML and no-namespace elements.
    var namespace: String?
    /// Attributes in source order; namespaced ones carry their prefix (`xml:lang`).
    var attributes: [Attribute]
    var children: [MarkupNode]
    /// 1-based source line, for messages.
    var line: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Child elements, optionally only those with this local name (and namespace).
    func elements(_ name: String? = nil, namespace: String? = nil) -> [MarkupElement] {
        children.compactMap {
            guard case .element(let element) = $0 else { return nil }
            if let name, element.name != name { return nil }
            if let namespace, element.namespace != namespace { return nil }
            return element
        }
    }

    func firstElement(_ name: String, namespace: String? = nil) -> MarkupElement? {
        for child in children {
            if case .element(let element) = child, element.name == name,
               namespace == nil || element.namespace == namespace { return element }
        }
        return nil
    }

    /// All descendant text, concatenated in document order.
    var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            case .comment: break
            }
        }
    }
}

/// A node of a parsed tree.
enum MarkupNode: Hashable, Sendable {
    case element(MarkupElement)
    case text(String)
    case comment(String)
}
