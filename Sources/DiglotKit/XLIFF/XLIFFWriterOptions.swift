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

    /// The version written when the caller does not choose one.
    public static let currentToolVersion = "0.1.0"

    public init(targetLanguage: LanguageTag, copySource: Bool = false,
                toolVersion: String = XLIFFWriterOptions.currentToolVersion) {
        self.targetLanguage = targetLanguage
        self.copySource = copySource
        self.toolVersion = toolVersion
    }

    /// Checks what both writers need before writing anything: well-formed language tags
    /// (the schemas type them as `xs:language`) and at least one unit to translate (XLIFF 2
    /// requires one; an empty 1.2 file would only puzzle the translator).
    func validate(_ document: Document) throws(XLIFFError) {
        let file = document.metadata.origin.isEmpty ? "<document>" : document.metadata.origin
        for tag in [document.metadata.sourceLanguage, targetLanguage] where LanguageTag(tag.rawValue) == nil {
            throw XLIFFError(file: file, message: "\"\(tag.rawValue)\" is not a valid language tag (BCP 47, e.g. zh-Hans, en)")
        }
        guard document.blocks.contains(where: \.isTranslatable) else {
            throw XLIFFError(file: file, message: "the article has no text to translate")
        }
    }
}
