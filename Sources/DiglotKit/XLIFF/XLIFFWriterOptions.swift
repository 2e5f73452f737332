/// Choices shared by the XLIFF 1.2 and 2.1 writers.
public struct XLIFFWriterOptions: Hashable, Sendable {
    /// The language the translator translates into (`target-language`, `trgLang`).
    public var targetLanguage: LanguageTag
    /// Write the source as the target (1.2 `state="needs-translation"`, 2.x `state="initial"`),
    /// for CAT tools that only let translators edit existing targets.
    public var copySource: Bool
    /// Written to `<tool tool-version>` (1.2) and the tool metadata (2.1); part of the bytes,
    /// so tests pin it.
    public var toolVersion: String
    /// Targets pre-filled from a translation memory, by unit ID; written as suggestions to
    /// review (see `XLIFFPrefill`), never as final. Takes precedence over `copySource`.
    public var prefill: [UnitID: Translation]
    /// How the targets of `prefill` were aligned, for units filled by `diglot align`: such a
    /// target is the published translation, so it is written `translated` (or for review when
    /// the alignment is unsure, see `XLIFFAlignmentMarks`) with a note giving the bead and
    /// the confidence, instead of as a memory suggestion.
    public var alignments: [UnitID: UnitAlignment]

    /// The version written when the caller does not choose one.
    public static let currentToolVersion = DiglotVersion.current

    public init(targetLanguage: LanguageTag, copySource: Bool = false,
                toolVersion: String = XLIFFWriterOptions.currentToolVersion, prefill: [UnitID: Translation] = [:],
                alignments: [UnitID: UnitAlignment] = [:]) {
        self.targetLanguage = targetLanguage
        self.copySource = copySource
        self.toolVersion = toolVersion
        self.prefill = prefill
        self.alignments = alignments
    }

    /// Checks what both writers need before writing anything: well-formed language tags
    /// (the schemas type them as `xs:language`), at least one unit to translate (XLIFF 2
    /// requires one; an empty 1.2 file would only puzzle the translator) and unique,
    /// well-formed unit IDs.
    func validate(_ document: Document) throws(XLIFFError) {
        let file = document.metadata.origin.isEmpty ? "<document>" : document.metadata.origin
        for tag in [document.metadata.sourceLanguage, targetLanguage] where LanguageTag(tag.rawValue) == nil {
            throw XLIFFError(file: file, message: "\"\(tag.rawValue)\" is not a valid language tag (BCP 47, e.g. zh-Hans, en)")
        }
        guard document.blocks.contains(where: \.isTranslatable) else {
            throw XLIFFError(file: file, message: "the article has no text to translate")
        }
        // Unit IDs are the join key on re-import: unique (1.2 declares a key on them) and
        // NMTOKENs (2.x types them so).
        var seen: Set<UnitID> = []
        for block in document.blocks where block.isTranslatable {
            guard XLIFFWriterOptions.isNameToken(block.id.rawValue) else {
                throw XLIFFError(file: file, unit: block.id, message: "the unit ID is not an XML name token")
            }
            guard seen.insert(block.id).inserted else {
                throw XLIFFError(file: file, unit: block.id, message: "two units have the same ID")
            }
        }
    }

    /// Letters, digits and `.-_:` only, and not empty. IDs are ASCII (`p-1a2b3c4d-2`), which
    /// is checked byte by byte; anything else is judged `Character` by `Character`.
    private static func isNameToken(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        let isASCIIToken = id.utf8.allSatisfy { byte in
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D, 0x5F, 0x3A: true
            default: false
            }
        }
        return isASCIIToken || id.allSatisfy { $0.isLetter || $0.isNumber || ".-_:".contains($0) }
    }
}
