/// Reads TermBase eXchange files: TBX v3 (`<tbx>`, `conceptEntry`/`langSec`/`termSec`) and
/// TBX 2008 / TBX-Basic v2 (`<martif>`, `termEntry`/`langSet`/`tig` or `ntig`/`termGrp`).
///
/// Each concept gives one entry per source-language term. The translation is the first
/// target-language term that is not deprecated; terms whose `administrativeStatus` is
/// deprecated, superseded or not recommended become `forbidden` variants. The entry type
/// comes from a concept-level `<descrip type="subjectField">` whose value is a Diglot type
/// (person, org, place, term, exclude); the note from concept-level `<note>` and
/// `<descrip type="definition">` (whitespace kept under `xml:space="preserve"`, else
/// pretty-printing line breaks folded); case sensitivity from `<termNote type="x-caseSensitive">`
/// on the source term. The languages are the ones the caller prefers when the termbase has
/// them; otherwise the source is the root's `xml:lang` when concepts use it, or the first
/// language met, and the target is the first other language.
/// The file is parsed with DOCTYPEs refused: a termbase never needs one, and refusing them
/// closes the entity-expansion attacks.
struct TBXGlossaryParser: Sendable {
    let name: String
    /// Languages the caller wants, when it knows: a termbase holds all directions, so an
    /// English-first TBX can serve a zh → en export. Compared exactly, then on primary subtags
    /// and script (`zh-Hant` for `zh-TW`), then on primary subtags alone.
    var preferredLanguages: (source: LanguageTag, target: LanguageTag)?

    private static let forbiddenStatuses: Set<String> = [
        "deprecatedterm-admn-sts", "supersededterm-admn-sts", "notrecommended", "deprecated",
        "superseded", "forbidden", "deprecatedterm", "supersededterm",
    ]

    /// One term of a language section, with what the file said about it.
    private struct Term {
        var text: String
        var forbidden: Bool
        var caseSensitive: Bool
    }

    /// One concept, before languages are chosen.
    private struct Concept {
        var line: Int
        var type: TermType?
        var note: String?
        var terms: [(language: String, line: Int, terms: [Term])]
    }

    func parse(_ bytes: [UInt8]) -> GlossaryFile {
        var file = GlossaryFile(name: name, format: .tbx)
        let root: MarkupElement
        do {
            root = try MarkupParser.parseXML(bytes, file: name, rejectDoctype: true)
        } catch {
            file.errors.append(GlossaryError(file: name, line: error.line, column: error.column, reason: error.message))
            return file
        }
        guard root.name == "tbx" || root.name == "martif" else {
            file.errors.append(GlossaryError(file: name, line: root.line, reason: "root element is <\(root.name)>, not <tbx> or <martif>: not a TBX file"))
            return file
        }
        guard let body = root.firstElement("text")?.firstElement("body") else {
            file.errors.append(GlossaryError(file: name, line: root.line, reason: "no <text><body> element: the file holds no concepts"))
            return file
        }

        var concepts: [Concept] = []
        var languagesInOrder: [String] = []
        for element in body.elements() where element.name == "conceptEntry" || element.name == "termEntry" {
            let concept = readConcept(element, errors: &file.errors)
            for section in concept.terms where !languagesInOrder.contains(section.language) {
                languagesInOrder.append(section.language)
            }
            concepts.append(concept)
        }

        let rootLanguage = root.attribute("xml:lang").map(Self.languageKey)
        func language(like wanted: LanguageTag?) -> String? {
            guard let wanted else { return nil }
            return languagesInOrder.first { $0 == wanted.rawValue }
                ?? languagesInOrder.first { tag in LanguageTag(tag).map { $0.primary == wanted.primary && $0.writesSameScript(as: wanted) } ?? false }
                ?? languagesInOrder.first { LanguageTag($0)?.primary == wanted.primary }
        }
        let source = language(like: preferredLanguages?.source)
            ?? languagesInOrder.first { $0 == rootLanguage } ?? languagesInOrder.first
        let target = language(like: preferredLanguages?.target).flatMap { $0 == source ? nil : $0 }
            ?? languagesInOrder.first { $0 != source }
        // `und` and `mul` are what the writer puts for a language the glossary did not know.
        file.sourceLanguage = source.flatMap { ["und", "mul"].contains($0) ? nil : LanguageTag($0) }
        file.targetLanguage = target.flatMap { ["und", "mul"].contains($0) ? nil : LanguageTag($0) }
        if languagesInOrder.count > 2 {
            let ignored = languagesInOrder.filter { $0 != source && $0 != target }.joined(separator: ", ")
            file.warnings.append(GlossaryError(file: name, line: root.line, reason: "the termbase has more than two languages; only \(source ?? "?") → \(target ?? "?") is used (ignored: \(ignored))"))
        }
        guard let source else { return file }

        for concept in concepts {
            let sourceTerms = concept.terms.filter { $0.language == source }.flatMap(\.terms)
            let targetTerms = concept.terms.filter { $0.language == target }.flatMap(\.terms)
            guard !sourceTerms.isEmpty else {
                file.warnings.append(GlossaryError(file: name, line: concept.line, reason: "concept has no \(source) term; skipped"))
                continue
            }
            // Several admitted terms in the target language are alternatives, preferred first.
            let translation = GlossaryEntry.target(joining: targetTerms.filter { !$0.forbidden }.map(\.text))
            let forbidden = targetTerms.filter(\.forbidden).map(\.text)
            let type = concept.type ?? .term
            if translation.isEmpty && type != .exclude {
                file.warnings.append(GlossaryError(file: name, line: concept.line, reason: "concept '\(sourceTerms[0].text)' has no \(target ?? "target-language") translation; skipped"))
                continue
            }
            for term in sourceTerms where !term.forbidden {
                let entry = GlossaryEntry(source: term.text, target: translation, type: type, note: concept.note,
                                          caseSensitive: term.caseSensitive, forbidden: forbidden)
                file.records.append(GlossaryFile.Record(entry: entry, line: concept.line))
            }
        }
        return file
    }

    private func readConcept(_ element: MarkupElement, errors: inout [GlossaryError]) -> Concept {
        var concept = Concept(line: element.line, type: nil, note: nil, terms: [])
        var notes: [String] = []
        for child in element.elements() {
            switch child.name {
            case "descrip", "descripGrp":
                let descrip = child.name == "descripGrp" ? child.firstElement("descrip") : child
                guard let descrip else { continue }
                let value = Self.text(of: descrip)
                switch descrip.attribute("type") {
                case "subjectField":
                    if let type = GlossaryColumns.termType(value) { concept.type = type } else if !value.isEmpty { notes.append("subject field: \(value)") }
                case "definition":
                    if !value.isEmpty { notes.insert(value, at: 0) }
                default:
                    break
                }
            case "note":
                let value = Self.text(of: child)
                if !value.isEmpty { notes.append(value) }
            case "langSec", "langSet":
                guard let rawLanguage = child.attribute("xml:lang"), !rawLanguage.isEmpty else {
                    errors.append(GlossaryError(file: name, line: child.line, reason: "<\(child.name)> has no xml:lang"))
                    continue
                }
                guard LanguageTag(rawLanguage) != nil else {
                    errors.append(GlossaryError(file: name, line: child.line, reason: "bad language code '\(rawLanguage)' in xml:lang (use a BCP 47 tag such as zh-Hans or en)"))
                    continue
                }
                let terms = readTerms(of: child, errors: &errors)
                concept.terms.append((Self.languageKey(rawLanguage), child.line, terms))
            default:
                break
            }
        }
        concept.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        return concept
    }

    /// Terms of a language section: `termSec` (v3), `tig`, or `ntig` with `termGrp` (v2).
    private func readTerms(of section: MarkupElement, errors: inout [GlossaryError]) -> [Term] {
        var terms: [Term] = []
        for holder in section.elements() where ["termSec", "tig", "ntig"].contains(holder.name) {
            let termGroup = holder.name == "ntig" ? holder.firstElement("termGrp") : nil
            let group = termGroup ?? holder
            guard let termElement = group.firstElement("term") else {
                errors.append(GlossaryError(file: name, line: holder.line, reason: "<\(holder.name)> has no <term>"))
                continue
            }
            let text = Self.text(of: termElement)
            guard !text.isEmpty else {
                errors.append(GlossaryError(file: name, line: termElement.line, reason: "empty <term>"))
                continue
            }
            var term = Term(text: text, forbidden: false, caseSensitive: false)
            for note in group.elements("termNote") + (termGroup == nil ? [] : holder.elements("termNote")) {
                let value = Self.clean(note.textContent)
                switch note.attribute("type") {
                case "administrativeStatus", "normativeAuthorization":
                    term.forbidden = Self.forbiddenStatuses.contains(value.lowercased())
                case "x-caseSensitive":
                    term.caseSensitive = GlossaryColumns.caseFlag(value) ?? false
                default:
                    break
                }
            }
            terms.append(term)
        }
        return terms
    }

    /// Language tags compare in normalised case (`zh-hans` and `zh-Hans` are one language).
    private static func languageKey(_ raw: String) -> String {
        LanguageTag(raw)?.rawValue ?? raw
    }

    /// Text of an element: verbatim under `xml:space="preserve"` (how Diglot writes notes
    /// with line breaks), otherwise cleaned of pretty-printing.
    static func text(of element: MarkupElement) -> String {
        element.attribute("xml:space") == "preserve" ? element.textContent : clean(element.textContent)
    }

    /// Text of an element: trimmed, and whitespace runs that contain a line break or tab
    /// (pretty-printing) made one space. Runs of plain spaces are kept as written.
    static func clean(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }) else { return text.trimmingSpaces() }
        var result = ""
        var pending = ""
        for character in text {
            if character.isWhitespace {
                pending.append(character)
                continue
            }
            if !pending.isEmpty {
                result += pending.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }) ? " " : pending
                pending = ""
            }
            result.append(character)
        }
        return result.trimmingSpaces()
    }
}
