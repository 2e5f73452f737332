/// Turns the mixed content of an XLIFF `<source>`, `<target>` or `<mrk mtype="seg">` into
/// `XLIFFInlineToken`s, whichever equivalent form a tool used for the codes.
///
/// Layout: a text node made only of whitespace that contains a line break is what a
/// re-indenting tool adds between elements (Translate Toolkit does so even inside
/// `xml:space="preserve"`). Diglot never writes such a node inside mixed content except in
/// preformatted units, so it is dropped at the start and end of a container and becomes one
/// space between two pieces of content. Any other text is kept exactly.
struct InlineTokenizer {
    private let preformatted: Bool
    /// 1.2 `rid` → the `id` of the start code that declared it (`<bpt>`, `<bx/>`, `<it>`),
    /// so an end code that only names the `rid` finds its start.
    private let startIDByRID: [String: String]

    init(unit: MarkupElement, preformatted: Bool) {
        self.preformatted = preformatted
        var map: [String: String] = [:]
        InlineTokenizer.collectRIDs(in: unit, into: &map)
        startIDByRID = map
    }

    private static func collectRIDs(in element: MarkupElement, into map: inout [String: String]) {
        for child in element.elements() {
            if ["bpt", "bx"].contains(child.name) || (child.name == "it" && child.attribute("pos") == "open"),
               let rid = child.attribute("rid"), let id = child.attribute("id"), map[rid] == nil {
                map[rid] = id
            }
            collectRIDs(in: child, into: &map)
        }
    }

    /// Tokens of a whole container; empty for a missing one.
    func tokens(of element: MarkupElement?) -> [XLIFFInlineToken] {
        guard let element else { return [] }
        var raw: [RawToken] = []
        walk(element.children, into: &raw)
        return InlineTokenizer.resolve(raw, preformatted: preformatted)
    }

    /// The `<mrk mtype="seg">` segments of a 1.2 `<seg-source>` or `<target>`, in file order.
    /// Non-blank text outside the markers is kept with the previous segment (or the first),
    /// so nothing a translator wrote is lost. Empty when the container has no markers.
    func segments12(of element: MarkupElement) -> [(mid: String, tokens: [XLIFFInlineToken])] {
        var collected: [(mid: String, raw: [RawToken])] = []
        var leading: [RawToken] = []
        walkSegments(element.children, into: &collected, leading: &leading)
        guard !collected.isEmpty else { return [] }
        if !leading.isEmpty, InlineTokenizer.resolve(leading, preformatted: preformatted).contains(where: { token in
            if case .text(let text) = token { return !text.allSatisfy(\.isWhitespace) }
            return true
        }) {
            collected[0].raw = leading + collected[0].raw
        }
        return collected.map { ($0.mid, InlineTokenizer.resolve($0.raw, preformatted: preformatted)) }
    }

    private func walkSegments(_ nodes: [MarkupNode], into segments: inout [(mid: String, raw: [RawToken])],
                                       leading: inout [RawToken]) {
        for node in nodes {
            if case .element(let element) = node, element.name == "mrk", element.attribute("mtype") == "seg" {
                var raw: [RawToken] = []
                walk(element.children, into: &raw)
                segments.append((element.attribute("mid") ?? String(segments.count + 1), raw))
                continue
            }
            var raw: [RawToken] = []
            walk([node], into: &raw)
            let isBlank = raw.allSatisfy { token in
                switch token {
                case .text(let text), .layout(let text): text.allSatisfy(\.isWhitespace)
                default: false
                }
            }
            if segments.isEmpty {
                leading += raw
            } else if isBlank {
                // Whitespace between sentences: it belongs after the previous sentence.
                let text = raw.reduce(into: "") { text, token in
                    if case .text(let string) = token { text += string }
                }
                if !text.isEmpty { segments[segments.count - 1].raw.append(.text(text)) }
            } else {
                segments[segments.count - 1].raw += raw
            }
        }
    }

    /// A token before layout whitespace is resolved.
    private enum RawToken {
        case text(String)
        case layout(String)
        case token(XLIFFInlineToken)
    }

    private func walk(_ nodes: [MarkupNode], into raw: inout [RawToken]) {
        for node in nodes {
            switch node {
            case .text(let text):
                if !preformatted, text.allSatisfy(\.isWhitespace), text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                    raw.append(.layout(text))
                } else {
                    raw.append(.text(text))
                }
            case .comment:
                continue
            case .element(let element):
                element12or2(element, into: &raw)
            }
        }
    }

    private func element12or2(_ element: MarkupElement, into raw: inout [RawToken]) {
        let id = element.attribute("id") ?? ""
        switch element.name {
        case "g", "pc":
            raw.append(.token(.start(id: id)))
            walk(element.children, into: &raw)
            raw.append(.token(.end(id: id)))
        case "x", "ph":
            raw.append(.token(.standalone(id: id)))
        case "bx", "bpt":
            raw.append(.token(.start(id: id)))
        case "ex", "ept":
            let rid = element.attribute("rid")
            raw.append(.token(.end(id: rid.flatMap { startIDByRID[$0] ?? $0 } ?? id)))
        case "it":
            let resolved = element.attribute("rid").flatMap { startIDByRID[$0] ?? $0 } ?? id
            raw.append(.token(element.attribute("pos") == "close" ? .end(id: resolved) : .start(id: resolved)))
        case "sc":
            raw.append(.token(.start(id: id)))
        case "ec":
            raw.append(.token(.end(id: element.attribute("startRef") ?? id)))
        case "cp":
            if let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                raw.append(.text(String(Character(scalar))))
            }
        case "sm", "em", "sub", "note":
            // Annotation boundaries and sub-flows carry no target text of this segment.
            return
        default:
            // `<mrk>` term and comment markers, tools' own wrappers: keep the text, drop the marker.
            walk(element.children, into: &raw)
        }
    }

    /// Drops layout at the edges, turns layout between content into one space, and joins
    /// adjacent text.
    private static func resolve(_ raw: [RawToken], preformatted: Bool) -> [XLIFFInlineToken] {
        var tokens: [XLIFFInlineToken] = []
        var pendingLayout = false
        func append(_ text: String) {
            if case .text(let previous)? = tokens.last {
                tokens[tokens.count - 1] = .text(previous + text)
            } else {
                tokens.append(.text(text))
            }
        }
        for item in raw {
            switch item {
            case .layout:
                pendingLayout = true
            case .text(let text):
                guard !text.isEmpty else { continue }
                if pendingLayout, text.first?.isWhitespace == false, wantsSpace(after: tokens) { append(" ") }
                pendingLayout = false
                append(text)
            case .token(let token):
                if pendingLayout, wantsSpace(after: tokens) { append(" ") }
                pendingLayout = false
                tokens.append(token)
            }
        }
        if !preformatted { trimEdgeLayout(&tokens) }
        return tokens
    }

    /// Leading or trailing whitespace of a container that contains a line break is the
    /// tool's layout around the content (`<target>\n    text\n  </target>`).
    private static func trimEdgeLayout(_ tokens: inout [XLIFFInlineToken]) {
        let isBreak = { (character: Character) in character == "\n" || character == "\r" || character == "\r\n" }
        if case .text(let text)? = tokens.first {
            let leading = text.prefix(while: \.isWhitespace)
            if leading.contains(where: isBreak) {
                let rest = String(text.dropFirst(leading.count))
                if rest.isEmpty { tokens.removeFirst() } else { tokens[0] = .text(rest) }
            }
        }
        if case .text(let text)? = tokens.last {
            let trailing = text.reversed().prefix(while: \.isWhitespace)
            if trailing.contains(where: isBreak) {
                let rest = String(text.dropLast(trailing.count))
                if rest.isEmpty { tokens.removeLast() } else { tokens[tokens.count - 1] = .text(rest) }
            }
        }
    }

    /// Layout between content stands for a space, unless the text before it already ends
    /// in whitespace or is CJK (written without spaces), or there is no text before it yet.
    private static func wantsSpace(after tokens: [XLIFFInlineToken]) -> Bool {
        for token in tokens.reversed() {
            guard case .text(let text) = token else { continue }
            guard let last = text.unicodeScalars.last else { return false }
            return !last.isWhiteSpace && last.value < 0x2E80
        }
        return false
    }
}
