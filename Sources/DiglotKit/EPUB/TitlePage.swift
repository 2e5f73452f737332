import Foundation

/// The generated title page of a collection: title, language pair, dates and outlets.
extension PublicationPlan {
    func titlePage() throws(XMLError) -> [UInt8] {
        let dates = book.chapters.compactMap(\.document.metadata.published).sorted()
        return try XHTMLPage.render(language: primaryLanguage, title: bookTitle, bodyClass: "title-page", depth: 1) { page in
            let writer = page.writer
            writer.startElement("section")
            writer.attribute("epub:type", "titlepage")
            writer.attribute("class", "title-page")
            page.newline()
            writer.element("h1", attributes: [("class", "book-title")], text: bookTitle)
            page.newline()

            writer.startElement("p")
            writer.attribute("class", "book-languages")
            for (position, language) in [book.sourceLanguage, book.targetLanguage].enumerated() {
                if position > 0 { writer.text(" → ") }
                writer.startElement("span")
                page.languageAttributes(language)
                writer.text(Self.displayName(of: language))
                writer.fullEndElement()
            }
            writer.fullEndElement()
            page.newline()

            if let first = dates.first, let last = dates.last {
                let firstDay = String(ISO8601.string(from: first).prefix(10))
                let lastDay = String(ISO8601.string(from: last).prefix(10))
                writer.element("p", attributes: [("class", "book-dates")],
                               text: firstDay == lastDay ? firstDay : "\(firstDay) – \(lastDay)")
                page.newline()
            }
            if !outlets.isEmpty {
                writer.element("p", attributes: [("class", "book-outlets")], text: outlets.joined(separator: " · "))
                page.newline()
            }
            if let creator = book.creator.map(ChapterRenderer.collapsed), !creator.isEmpty {
                writer.element("p", attributes: [("class", "book-creator")], text: creator)
                page.newline()
            }
            writer.fullEndElement()
            page.newline()
        }
    }

    /// The language's name in itself ("中文（简体）", "English"), or the tag when unknown.
    static func displayName(of language: LanguageTag) -> String {
        let name = Locale(identifier: language.rawValue).localizedString(forIdentifier: language.rawValue)
        guard let name, !name.isEmpty else { return language.rawValue }
        return name
    }
}
