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

    /// The first child element named `name` in this element's own namespace: a feed item's
    /// `<description>`, not an extension's `<szf:description>`; an Atom entry's `<content>`,
    /// not Media RSS's `<media:content>`.
    func firstOwnElement(_ name: String) -> MarkupElement? {
        for child in children {
            if case .element(let element) = child, element.name == name, element.namespace == namespace { return element }
        }
        return nil
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

    /// The text a reader sees: script, style and template content left out, and a space for
    /// each line break and around each block (a title written as HTML, "First line<br>Second").
    var visibleText: String {
        var result = ""
        appendVisibleText(to: &result)
        return result
    }

    private static let hiddenElements: Set<String> = ["script", "style", "template", "noscript"]
    private static let breakingElements: Set<String> = ["br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                                        "blockquote", "section", "article", "hr", "ul", "ol", "table", "pre"]

    /// A hidden element's own text is left out, not the elements inside it: libxml2's HTML
    /// parser puts what follows a `<script>` in a fragment inside it (as an implied `<p>`).
    private func appendVisibleText(to result: inout String, hidden: Bool = false) {
        for child in children {
            switch child {
            case .text(let text): if !hidden { result += text }
            case .element(let element):
                let name = element.name.lowercased()
                let breaks = Self.breakingElements.contains(name)
                if breaks { result += " " }
                element.appendVisibleText(to: &result, hidden: Self.hiddenElements.contains(name))
                if breaks { result += " " }
            case .comment: break
            }
        }
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
