/// Reads XLIFF 1.2 and 2.0/2.1/2.2 files as CAT tools send them back.
///
/// Built for what tools do to a file rather than for what Diglot wrote: re-indentation
/// (whitespace-only text with a line break is treated as layout, not content, except in
/// preformatted units), BOMs and UTF-16 (libxml2 decodes them), CDATA, extra namespaces,
/// attributes and elements (`alt-trans`, notes, `phase`, `tool`, metadata are skipped),
/// groups, reordered units, `seg-source` with `mrk mtype="seg"`, split or joined 2.x
/// segments with `<ignorable>`s, and codes written back in an equivalent form (see
/// `XLIFFInlineToken`). The file is parsed with no network and no entity expansion, and any
/// DOCTYPE is refused, which closes external-entity and entity-expansion attacks.
public struct XLIFFReader: Sendable {
    public init() {}

    /// Reads one file. Throws only when the bytes are not a readable XLIFF document; a
    /// missing or foreign skeleton is recorded in `ImportedXLIFF.skeletonError`, so the
    /// units can still be looked at.
    public func read(_ bytes: [UInt8], file: String) throws(XLIFFError) -> ImportedXLIFF {
        if let binary = BinarySignature.describe(bytes) { throw XLIFFReader.notXLIFF(file, "it is " + binary) }
        // A file declared in a legacy encoding is read as export reads such feeds.
        var utf8: [UInt8]?
        do {
            utf8 = try TextEncodingSniffer.convertingDeclaredLegacyEncoding(bytes, input: file)
        } catch {
            throw XLIFFError(file: file, message: error.reason)
        }
        let root: MarkupElement
        do {
            root = try MarkupParser.parseXML(utf8 ?? bytes, file: file, encoding: utf8 == nil ? nil : "UTF-8", rejectDoctype: true)
        } catch {
            // A page, a feed or text that is not even XML: say what it is, not where libxml2 choked.
            if let kind = XLIFFReader.kindOfNonXLIFF(bytes) { throw XLIFFReader.notXLIFF(file, kind) }
            var message = error.message
            if message.lowercased().contains("entit"), !message.contains("DOCTYPE"), XLIFFReader.declaresDoctype(bytes) {
                message += " — the file has a DOCTYPE declaring entities, which XLIFF never needs (entity attacks are refused); remove the <!DOCTYPE …> declaration"
            }
            // The place stays typed, as libxml2 gave it: the file is the name the caller gave.
            throw XLIFFError(file: file, line: error.line, column: error.column, message: message)
        }
        guard root.name == "xliff" else {
            throw XLIFFReader.notXLIFF(file, XLIFFReader.kind(ofRoot: root.name, bytes: bytes))
        }
        let version = root.attribute("version") ?? (root.namespace?.contains(":2.") == true ? "2.0" : "1.2")
        let isVersion2 = version.hasPrefix("2") || root.namespace?.hasPrefix("urn:oasis:names:tc:xliff:document:2") == true

        var skeleton: XLIFFSkeleton?
        var skeletonError: XLIFFError?
        switch XLIFFSkeleton.locate(in: root, file: file) {
        case .success(let found): skeleton = found
        case .failure(let error): skeletonError = error
        }
        let files = root.elements("file")

        var sourceLanguage = root.attribute("srcLang")
        var targetLanguage = root.attribute("trgLang")
        if !isVersion2, let first = files.first {
            sourceLanguage = first.attribute("source-language")
            targetLanguage = first.attribute("target-language")
        }

        let blocks = Dictionary(skeleton?.document.blocks.map { ($0.id.rawValue, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        var units: [ImportedUnit] = []
        for fileElement in files {
            let container = isVersion2 ? fileElement : (fileElement.firstElement("body") ?? fileElement)
            collectUnits(in: container, isVersion2: isVersion2, blocks: blocks, into: &units)
        }
        return ImportedXLIFF(file: file, version: version, skeleton: skeleton, skeletonError: skeletonError,
                             sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: units)
    }

    private func collectUnits(in element: MarkupElement, isVersion2: Bool, blocks: [String: Block],
                              into units: inout [ImportedUnit]) {
        for child in element.elements() {
            switch child.name {
            case "group":
                collectUnits(in: child, isVersion2: isVersion2, blocks: blocks, into: &units)
            case "trans-unit" where !isVersion2:
                units.append(unit12(child, block: child.attribute("id").flatMap { blocks[$0] }))
            case "unit" where isVersion2:
                units.append(unit2(child, block: child.attribute("id").flatMap { blocks[$0] }))
            default:
                continue
            }
        }
    }

    // MARK: XLIFF 1.2

    private func unit12(_ element: MarkupElement, block: Block?) -> ImportedUnit {
        let id = element.attribute("id") ?? ""
        let preformatted = element.attribute("restype") == "x-pre" || block?.role == .preformatted
        let tokenizer = InlineTokenizer(unit: element, preformatted: preformatted)
        var fingerprint: String?
        if let extradata = element.attribute("extradata"), extradata.hasPrefix("diglot-fp:") {
            fingerprint = String(extradata.dropFirst("diglot-fp:".count))
        }
        let sourceElement = element.firstElement("source")
        let wholeSource = tokenizer.tokens(of: sourceElement)
        var sourceSegments: [[XLIFFInlineToken]] = [wholeSource]
        var sourceMIDs: [String] = []
        if let segSource = element.firstElement("seg-source") {
            let split = tokenizer.segments12(of: segSource)
            if !split.isEmpty {
                sourceSegments = split.map(\.tokens)
                sourceMIDs = split.map(\.mid)
            }
        }

        var targetSegments: [[XLIFFInlineToken]]?
        var deleted: [Int] = []
        var intact = sourceSegments.count == (block?.segments.count ?? sourceSegments.count)
        let targets = element.elements().filter { $0.name == "target" }
        let targetElement = targets.first
        if let targetElement {
            let split = tokenizer.segments12(of: targetElement)
            let targetMIDs = split.map(\.mid)
            let uniqueSource = Set(sourceMIDs).count == sourceMIDs.count
            if split.isEmpty {
                // An unsegmented target (most tools write one): the unit merges as one segment.
                targetSegments = [tokenizer.tokens(of: targetElement)]
                if sourceSegments.count > 1 { intact = false }
            } else if sourceMIDs.count >= split.count, uniqueSource, Set(targetMIDs).count == targetMIDs.count,
                      Set(targetMIDs).isSubset(of: sourceMIDs) {
                // Same segments, perhaps reordered by the tool: put them in source order. A
                // sentence whose `<mrk mtype="seg">` was deleted keeps its place, empty, and is named.
                var byMID: [String: [XLIFFInlineToken]] = [:]
                for segment in split { byMID[segment.mid] = segment.tokens }
                targetSegments = sourceMIDs.map { byMID[$0] ?? [] }
                deleted = sourceMIDs.indices.filter { byMID[sourceMIDs[$0]] == nil }
            } else {
                targetSegments = [split.flatMap(\.tokens)]
                intact = false
            }
        }

        let state = targetElement?.attribute("state")
        let status = XLIFFReader.status12(state: state, qualifier: targetElement?.attribute("state-qualifier"),
                                          approved: element.attribute("approved"),
                                          source: sourceSegments.flatMap { $0 }, target: targetSegments?.flatMap { $0 })
        var unit = ImportedUnit(id: id, line: element.line, storedFingerprint: fingerprint, sourceSegments: sourceSegments,
                                wholeSource: wholeSource, targetSegments: targetSegments, status: status, state: state,
                                targetLanguage: targetElement?.attribute("xml:lang"),
                                segmentationIntact: intact && targetSegments.map { $0.count == sourceSegments.count } ?? true)
        unit.deletedTargetSegments = deleted
        unit.secondTargetLine = targets.dropFirst().first?.line
        return unit
    }

    static func status12(state: String?, qualifier: String? = nil, approved: String?, source: [XLIFFInlineToken],
                         target: [XLIFFInlineToken]?) -> TranslationStatus {
        guard let target, hasText(target) else { return .untranslated }
        // Worked out once: the `new` case below asks it again.
        let sameAsSource = (state == "new" || state == "needs-translation") && sameText(source, target)
        let copied = sameAsSource && approved != "yes"
        // Translate Toolkit marks a fuzzy unit `approved="no"` (with `needs-translation`), other
        // tools a fuzzy or machine suggestion by its state qualifier; a signed-off target stands.
        let unconfirmed = approved == "no" || qualifier.map(XLIFFReader.reviewQualifiers.contains) == true
        if !copied, unconfirmed, state != "final", state != "signed-off" { return .needsReview }
        switch state {
        case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n", "needs-adaptation", "needs-l10n":
            return .needsReview
        case "new", "needs-translation":
            // A copy of the source nobody touched (copy-source prefill) — unless someone
            // approved it as it is; a different text means a tool that never updates states.
            return sameAsSource && approved != "yes" ? .untranslated : .translated
        default:
            return .translated
        }
    }

    /// XLIFF 1.2 `state-qualifier`s that say the target is a suggestion, not a translation.
    static let reviewQualifiers: Set<String> = [
        "fuzzy-match", "mt-suggestion", "tm-suggestion", "leveraged-mt",
        "rejected-grammar", "rejected-inaccurate", "rejected-length", "rejected-spelling",
    ]

    // MARK: XLIFF 2.x

    private func unit2(_ element: MarkupElement, block: Block?) -> ImportedUnit {
        let id = element.attribute("id") ?? ""
        let preformatted = element.attribute("type").map { $0.hasSuffix(":pre") } == true || block?.role == .preformatted
        let tokenizer = InlineTokenizer(unit: element, preformatted: preformatted)
        let fingerprint = element.attributes.first { $0.name == "fingerprint" || $0.name.hasSuffix(":fingerprint") }?.value

        struct Part {
            var isIgnorable: Bool
            var id: String?
            var source: [XLIFFInlineToken]
            var target: [XLIFFInlineToken]?
            var state: String?
            var subState: String?
        }
        var parts: [Part] = []
        var secondTargetLine: Int?
        for child in element.elements() where child.name == "segment" || child.name == "ignorable" {
            let targets = child.elements().filter { $0.name == "target" }
            if secondTargetLine == nil { secondTargetLine = targets.dropFirst().first?.line }
            let target = targets.first
            parts.append(Part(isIgnorable: child.name == "ignorable", id: child.attribute("id"),
                              source: tokenizer.tokens(of: child.firstElement("source")),
                              target: target.map { tokenizer.tokens(of: $0) },
                              state: child.attribute("state"), subState: child.attribute("subState")))
        }
        let segments = parts.filter { !$0.isIgnorable }
        let expected = block?.segments.count ?? segments.count
        let intact = segments.count == expected
            && segments.enumerated().allSatisfy { $0.element.id == nil || $0.element.id == "s\($0.offset + 1)" }
            || block == nil

        var sourceSegments: [[XLIFFInlineToken]]
        var targetSegments: [[XLIFFInlineToken]]?
        var deleted: [Int] = []
        let hasTarget = segments.contains { $0.target != nil }
        if intact {
            if hasTarget { deleted = segments.indices.filter { segments[$0].target == nil } }
            sourceSegments = segments.map(\.source)
            if hasTarget {
                var targets: [[XLIFFInlineToken]] = []
                for part in parts {
                    if part.isIgnorable {
                        // Whitespace between sentences belongs after the previous sentence.
                        guard !targets.isEmpty, !targets[targets.count - 1].isEmpty else { continue }
                        targets[targets.count - 1] += part.target ?? part.source
                    } else {
                        targets.append(part.target ?? [])
                    }
                }
                targetSegments = targets
            }
        } else {
            sourceSegments = [parts.flatMap(\.source)]
            if hasTarget {
                targetSegments = [parts.flatMap { $0.target ?? ($0.isIgnorable ? $0.source : []) }]
            }
        }

        let states = segments.compactMap(\.state)
        let subStates = segments.compactMap(\.subState)
        let status = XLIFFReader.status2(states: states, subStates: subStates,
                                         source: sourceSegments.flatMap { $0 }, target: targetSegments?.flatMap { $0 })
        var unit = ImportedUnit(id: id, line: element.line, storedFingerprint: fingerprint, sourceSegments: sourceSegments,
                                wholeSource: parts.flatMap(\.source), targetSegments: targetSegments, status: status, state: states.first,
                                targetLanguage: nil,
                                segmentationIntact: intact)
        unit.deletedTargetSegments = deleted
        unit.secondTargetLine = secondTargetLine
        return unit
    }

    static func status2(states: [String], subStates: [String], source: [XLIFFInlineToken],
                        target: [XLIFFInlineToken]?) -> TranslationStatus {
        guard let target, hasText(target) else { return .untranslated }
        if subStates.contains(where: { $0.hasPrefix(XLIFFPrefill.subStatePrefix) || $0 == XLIFFAlignmentMarks.reviewSubState }) {
            return .needsReview
        }
        if !states.isEmpty, states.allSatisfy({ $0 == "initial" }), sameText(source, target) { return .untranslated }
        return .translated
    }

    // MARK: Not XLIFF

    static func notXLIFF(_ file: String, _ kind: String) -> XLIFFError {
        XLIFFError(file: file, message: "not an XLIFF file: \(kind); import reads the XLIFF (.xlf) that diglot export wrote, as a CAT tool returns it")
    }

    /// What a file that failed to parse is, when it is plainly not XLIFF; nil when its first
    /// element is `<xliff>` (then the parser's error, with its line, is the useful one).
    static func kindOfNonXLIFF(_ bytes: [UInt8]) -> String? {
        // One sniff of the first bytes answers both questions: the root element and whether
        // the file is a feed item (whose root element detection does not look for).
        let head = InputHead(bytes)
        let isFeedItem = head.format == .feedItem
        guard let root = isFeedItem ? InputHead.rootElementName(in: head.text) : head.rootElementName else {
            if isFeedItem { return "it is a feed-item article (export it first)" }
            return "it is plain text, with no XML element in it"
        }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        return local == "xliff" ? nil : kind(ofRoot: root, isFeedItem: isFeedItem)
    }

    /// Names a document by its root element: a page, a feed, a memory or other XML.
    static func kind(ofRoot root: String, bytes: [UInt8]) -> String {
        kind(ofRoot: root, isFeedItem: InputFormat.detect(bytes) == .feedItem)
    }

    /// Names a document by its root element, knowing whether it is a feed item.
    private static func kind(ofRoot root: String, isFeedItem: Bool) -> String {
        let lowered = root.lowercased()
        let local = lowered.split(separator: ":").last.map(String.init) ?? lowered
        switch local {
        case "html": return "it is an HTML page (root element <\(root)>)"
        case "rss", "rdf", "feed": return "it is an RSS/Atom feed (root element <\(root)>); export it first"
        case "tmx": return "it is a TMX translation memory (root element <\(root)>)"
        case "tbx", "martif": return "it is a TBX termbase (root element <\(root)>)"
        default:
            if isFeedItem { return "it is a feed-item article (export it first)" }
            return "the root element is <\(root)>, not <xliff>"
        }
    }

    // MARK: Shared

    /// Whether the first 64 KB mention a DOCTYPE (ASCII or UTF-16), for a clearer message.
    static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(65_536).filter { $0 != 0 }
        let needle = Array("<!DOCTYPE".utf8)
        guard head.count >= needle.count else { return false }
        let array = Array(head)
        for start in 0...(array.count - needle.count) where array[start] == needle[0] {
            if Array(array[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    static func hasText(_ tokens: [XLIFFInlineToken]) -> Bool {
        !XLIFFInlineToken.plainText(of: tokens).isBlank
    }

    static func sameText(_ source: [XLIFFInlineToken], _ target: [XLIFFInlineToken]) -> Bool {
        XLIFFInlineToken.plainText(of: source).equalsIgnoringWhiteSpace(XLIFFInlineToken.plainText(of: target))
    }
}
