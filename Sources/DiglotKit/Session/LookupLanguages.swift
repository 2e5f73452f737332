/// The language pair a glossary lookup uses for a short text: the languages given, else a
/// guess from the script.
///
/// Lookup texts are a few words typed at a prompt, too short for the article detector's
/// function-word votes, so the guess is by script alone: any Chinese or Japanese character
/// means `zh`, anything else `en`; the target defaults to `en` for Chinese and `zh` otherwise.
public struct LookupLanguages: Hashable, Sendable {
    public var source: LanguageTag
    public var target: LanguageTag

    public init(text: String, source: LanguageTag? = nil, target: LanguageTag? = nil) {
        let cjk = text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x3400...0x9FFF).contains($0.value) }
        self.source = source ?? (cjk ? "zh" : "en")
        self.target = target ?? (self.source.primary == "zh" ? "en" : "zh")
    }
}
