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
}
