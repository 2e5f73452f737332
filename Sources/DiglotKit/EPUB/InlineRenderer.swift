import Foundation

/// Writes a block's inline runs as XHTML, rebuilding each code as a safe element.
///
/// `MarkupSanitizer` decides what of each code a book may carry. Unbalanced codes (a translator
/// who dropped a closing tag) are closed at the end, so the output is always well-formed.
struct InlineRenderer {
    /// The source block's codes by ID: a translated code is rebuilt from the source code with
    /// the same ID, so the translator cannot change a link's target.
    let sourceCodes: [Int: InlineCode]

    init(sourceRuns: [InlineRun]) {
        var codes: [Int: InlineCode] = [:]
        for run in sourceRuns {
            switch run {
            case .open(let code), .placeholder(let code): if codes[code.id] == nil { codes[code.id] = code }
            case .close, .text: break
            }
        }
        sourceCodes = codes
    }

    /// Writes `segments` one after the other; in `highlightTerms` mode each glossary hit is
    /// wrapped in `<mark class="term">` with the agreed translation as its title.
    func write(_ segments: [Segment], highlightTerms: Bool = false, into writer: XMLWriter) {
        var open: [OpenElement] = []
        for segment in segments {
            for (index, run) in segment.runs.enumerated() {
                let terms = highlightTerms ? segment.terms.filter { $0.runIndex == index && $0.entry.type != .exclude } : []
                write(run, terms: terms, open: &open, into: writer)
            }
        }
        for _ in open { writer.fullEndElement() }
    }

    /// Writes plain runs (a translation, which carries no glossary hits).
    func write(_ runs: [InlineRun], into writer: XMLWriter) {
        write([Segment(runs: runs)], into: writer)
    }

    private struct OpenElement {
        var codeID: Int
        var isLink: Bool
    }

    private func write(_ run: InlineRun, terms: [TermOccurrence], open: inout [OpenElement], into writer: XMLWriter) {
        switch run {
        case .text(let text):
            writeText(text, terms: terms, into: writer)
        case .open(let code):
            let insideLink = open.contains { $0.isLink }
            let element = MarkupSanitizer.bookElement(sourceCodes[code.id] ?? code, insideLink: insideLink)
            writer.startElement(element.name)
            for (name, value) in element.attributes { writer.attribute(name, value) }
            open.append(OpenElement(codeID: code.id, isLink: element.name == "a"))
        case .close(let code):
            guard let position = open.lastIndex(where: { $0.codeID == code.id }) else { return }
            for _ in position..<open.count { writer.fullEndElement() }
            open.removeSubrange(position...)
        case .placeholder(let code):
            writePlaceholder(sourceCodes[code.id] ?? code, insideLink: open.contains { $0.isLink }, into: writer)
        }
    }

    private func writePlaceholder(_ code: InlineCode, insideLink: Bool, into writer: XMLWriter) {
        switch code.kind {
        case .lineBreak:
            writer.startElement(code.element == "wbr" ? "wbr" : "br")
            writer.endElement()
        case .image:
            // An inline image is never fetched: its alt text stands in, linked to the picture.
            let label = [code.attribute("alt"), code.attribute("title")]
                .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
                .first { !$0.isEmpty }
            let text = "[" + (label ?? "image") + "]"
            if !insideLink, let href = code.attribute("src").flatMap(MarkupSanitizer.bookURL) {
                writer.startElement("a")
                writer.attribute("class", "inline-image")
                writer.attribute("href", href.string)
                writer.text(text)
                writer.fullEndElement()
            } else {
                writer.element("span", attributes: [("class", "inline-image")], text: text)
            }
        default:
            if code.element == "wbr" || code.element == "br" {
                writer.startElement(code.element)
                writer.endElement()
            }
        }
    }

    /// Writes text, splitting out glossary hits (Unicode scalar ranges) as `<mark>`.
    private func writeText(_ text: String, terms: [TermOccurrence], into writer: XMLWriter) {
        guard !terms.isEmpty else { writer.text(text); return }
        let scalars = Array(text.unicodeScalars)
        var position = 0
        for term in terms.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let lower = max(term.range.lowerBound, position)
            let upper = min(term.range.upperBound, scalars.count)
            guard lower < upper else { continue }
            if position < lower { writer.text(Self.string(scalars[position..<lower])) }
            writer.startElement("mark")
            writer.attribute("class", "term")
            writer.attribute("title", term.entry.target)
            writer.text(Self.string(scalars[lower..<upper]))
            writer.fullEndElement()
            position = upper
        }
        if position < scalars.count { writer.text(Self.string(scalars[position...])) }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
