/// Reads a TMX memory (1.1–1.4b, as CAT tools and Diglot write it) into a `TranslationMemory`.
///
/// Parsed without network access or entity expansion. A DOCTYPE is tolerated (many tools
/// write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) because the parser never loads or expands it.
/// Every `<tuv>` in another language than the unit's source becomes one entry. Codes:
/// `<bpt>`/`<ept>` pair by `i`, `<it>` and `<ph>` by `x` (or their order), `<hi>` is
/// unwrapped, `<sub>` and `<ut>` are skipped.
public struct TMXReader: Sendable {
    public init() {}

    /// What a TMX file held: the memory, and every unit or variant that could not be used,
    /// each with its line and why (so a user learns that part of a memory was ignored).
    public struct Contents: Sendable {
        public var memory = TranslationMemory()
        public var skipped: [XMLError] = []
    }

    public func read(_ bytes: [UInt8], file: String) throws(XMLError) -> Contents {
        let root = try MarkupParser.parseXML(bytes, file: file, rejectDoctype: false)
        guard root.name == "tmx" else {
            throw XMLError(file: file, line: root.line, message: "not a TMX file (the root element is <\(root.name)>)")
        }
        let header = root.firstElement("header")
        let defaultSource = header?.attribute("srclang")
        var contents = Contents()
        func skip(_ element: MarkupElement, _ reason: String) {
            contents.skipped.append(XMLError(file: file, line: element.line, message: reason + "; skipped"))
        }
        for unit in root.firstElement("body")?.elements("tu") ?? [] {
            let skippedBefore = contents.skipped.count
            let variants = unit.elements("tuv").compactMap { variant -> (LanguageTag, [XLIFFInlineToken])? in
                guard let raw = variant.attribute("xml:lang") ?? variant.attribute("lang") else {
                    skip(variant, "<tuv> has no xml:lang")
                    return nil
                }
                guard let language = LanguageTag(raw) else {
                    skip(variant, "<tuv xml:lang=\"\(raw)\"> is not a language tag")
                    return nil
                }
                guard let seg = variant.firstElement("seg") else {
                    skip(variant, "<tuv> has no <seg>")
                    return nil
                }
                return (language, TMXReader.tokens(of: seg))
            }
            let declared = unit.attribute("srclang") ?? defaultSource
            let sourceTag = declared.flatMap { LanguageTag($0) }
            guard let source = variants.first(where: { variant in
                sourceTag.map { ImportVerifier.sameLanguage(variant.0.rawValue, $0) } ?? true
            }) else {
                // A unit that lost its source variant above is already reported.
                if !variants.isEmpty, contents.skipped.count == skippedBefore { skip(unit, "<tu> has no variant in its source language \(declared ?? "?")") }
                continue
            }
            for variant in variants where variant.0 != source.0 {
                contents.memory.add(TranslationMemory.Entry(sourceLanguage: source.0, targetLanguage: variant.0,
                                                            source: source.1, target: variant.1))
            }
        }
        return contents
    }

    static func tokens(of seg: MarkupElement) -> [XLIFFInlineToken] {
        var tokens: [XLIFFInlineToken] = []
        var counter = 0
        func walk(_ nodes: [MarkupNode]) {
            for node in nodes {
                switch node {
                case .text(let text): tokens.append(.text(text))
                case .comment: continue
                case .element(let element):
                    counter += 1
                    let x = element.attribute("x")
                    switch element.name {
                    case "bpt": tokens.append(.start(id: x.map { "x" + $0 } ?? "i" + (element.attribute("i") ?? "")))
                    case "ept":
                        // An <ept> names its <bpt> by `i`; find the key the start used.
                        let i = element.attribute("i") ?? ""
                        tokens.append(.end(id: startKey(forI: i, in: seg) ?? "i" + i))
                    case "it":
                        let id = x.map { "x" + $0 } ?? "it\(counter)"
                        tokens.append(element.attribute("pos") == "end" ? .end(id: id) : .start(id: id))
                    case "ph": tokens.append(.standalone(id: x.map { "x" + $0 } ?? "ph\(counter)"))
                    case "hi": walk(element.children)
                    default: continue
                    }
                }
            }
        }
        walk(seg.children)
        return tokens
    }

    private static func startKey(forI i: String, in seg: MarkupElement) -> String? {
        for case .element(let element) in seg.children where element.name == "bpt" && element.attribute("i") == i {
            return element.attribute("x").map { "x" + $0 } ?? "i" + i
        }
        return nil
    }
}
