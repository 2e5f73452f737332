/// A set of agreed translations for one language pair, at most one entry per source term.
///
/// Two source terms are the same when they match the same text: they are compared after
/// the matcher's normalisation (NFC, width and case folding, unified separators and
/// quotes), so `南希·佩洛西` and `南希•佩洛西` are one term. Adding an entry for a term that is
/// already present replaces it in place — this is how later `--glossary` files override
/// earlier ones, and a later row of one file overrides an earlier row.
public struct Glossary: Hashable, Sendable {
    /// Language of the source terms, when the file said (TSV header, TBX `xml:lang`).
    public var sourceLanguage: LanguageTag?
    /// Language of the translations, when the file said.
    public var targetLanguage: LanguageTag?
    /// Entries in order of first appearance.
    public private(set) var entries: [GlossaryEntry] = []
    /// The normalised matching key of each entry, parallel to `entries`.
    private(set) var keys: [String] = []
    /// FNV-1a of the key → entry index. String-keyed dictionaries hash through Unicode
    /// normalisation, which dominated loading 100,000 entries; keys are already normalised.
    private var indexByDigest: [UInt64: Int] = [:]
    /// Keys whose digest collided with another key's (practically never).
    private var collidedKeys: [String: Int] = [:]
    /// The TBX termbase this glossary was read from, kept to read it again for another
    /// language pair (`reading(from:to:)`); nil for other formats and merged glossaries.
    private var termbase: Termbase?

    /// A TBX file's name and bytes.
    private struct Termbase: Hashable, Sendable {
        var name: String
        var bytes: [UInt8]
    }

    public init(entries: [GlossaryEntry] = [], sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        reserveCapacity(entries.count)
        for entry in entries { insert(entry) }
    }

    /// Makes room for this many entries in one allocation (glossaries reach 100,000+).
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        keys.reserveCapacity(count)
        indexByDigest.reserveCapacity(count)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds an entry, replacing the entry for the same source term if there is one.
    /// Entries whose source normalises to nothing (only spaces or separators) are ignored.
    public mutating func insert(_ entry: GlossaryEntry) {
        insert(entry, key: TermNormaliser.key(for: entry.source))
    }

    /// `insert(_:)` with the entry's key already known (from another glossary's `keys`).
    private mutating func insert(_ entry: GlossaryEntry, key: String) {
        guard !key.isEmpty else { return }
        if let index = index(ofKey: key) {
            entries[index] = entry
            return
        }
        let digest = Fingerprint.of(key).value
        if indexByDigest[digest] == nil {
            indexByDigest[digest] = entries.count
        } else {
            collidedKeys[key] = entries.count
        }
        entries.append(entry)
        keys.append(key)
    }

    private func index(ofKey key: String) -> Int? {
        if let index = indexByDigest[Fingerprint.of(key).value], keys[index] == key { return index }
        return collidedKeys.isEmpty ? nil : collidedKeys[key]
    }

    /// Adds every entry of `other`; its entries win over this glossary's for the same term.
    /// Languages are kept from this glossary and taken from `other` where unknown.
    public mutating func merge(_ other: Glossary) {
        let source = sourceLanguage ?? other.sourceLanguage
        let target = targetLanguage ?? other.targetLanguage
        termbase = nil
        if entries.isEmpty {
            self = other  // nothing to override: skip re-inserting 100,000 entries
            termbase = nil
        } else {
            reserveCapacity(entries.count + other.entries.count)
            // The keys come with `other`: no term is normalised twice.
            for (entry, key) in zip(other.entries, other.keys) { insert(entry, key: key) }
        }
        sourceLanguage = source
        targetLanguage = target
    }

    /// This glossary with `other` merged over it.
    public func merging(_ other: Glossary) -> Glossary {
        var result = self
        result.merge(other)
        return result
    }

    /// This glossary as a translator into `language` reads it: each Chinese target and
    /// forbidden variant is shown in the script the language names (`ChineseScriptConversion`):
    /// Traditional for zh-Hant, zh-TW, zh-HK, Simplified for zh-Hans, zh-CN. For any other
    /// language, plain `zh` among them, the glossary itself. Sources, and so what matches,
    /// do not change, and neither do notes: they may quote a form in its own script ("Taiwan
    /// writes 嬌生").
    public func written(for language: LanguageTag) -> Glossary {
        let convert: (String) -> String
        if language.writesTraditionalChinese {
            convert = ChineseScriptConversion.traditional
        } else if language.writesSimplifiedChinese {
            convert = ChineseScriptConversion.simplified
        } else {
            return self
        }
        var result = self
        for index in result.entries.indices {
            let entry = result.entries[index]
            let target = convert(entry.target)
            let forbidden = entry.forbidden.map(convert)
            guard target != entry.target || forbidden != entry.forbidden else { continue }
            result.entries[index].target = target
            result.entries[index].forbidden = forbidden
        }
        return result
    }

    /// The entry for a source term, compared as the matcher compares text.
    public func entry(forSource source: String) -> GlossaryEntry? {
        index(ofKey: TermNormaliser.key(for: source)).map { entries[$0] }
    }

    /// Reads a glossary in any supported format, detected from the content.
    ///
    /// Throws the first problem found, with its line and column; use `GlossaryFile.parse`
    /// to get all of them.
    public static func load(_ bytes: [UInt8], name: String,
                            languages: (source: LanguageTag, target: LanguageTag)? = nil) throws(GlossaryError) -> Glossary {
        let file = GlossaryFile.parse(bytes, name: name, languages: languages)
        var glossary = try file.glossary()
        if file.format == .tbx { glossary.termbase = Termbase(name: name, bytes: bytes) }
        return glossary
    }

    /// This glossary as read for a language pair: a TBX termbase with several target
    /// languages is read again in that direction (an export to `zh-TW` takes the `zh-Hant`
    /// terms of a termbase that also has `zh-Hans` ones); any other glossary is itself.
    public func reading(from source: LanguageTag, to target: LanguageTag) -> Glossary {
        guard let termbase else { return self }
        return (try? Glossary.load(termbase.bytes, name: termbase.name, languages: (source, target))) ?? self
    }
}
