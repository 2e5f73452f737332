/// Earlier translations, looked up by exact source match to pre-fill an export.
///
/// A match is exact when the source segment has the same text (whitespace runs count as one
/// space, ends trimmed, NFC) and the same sequence of inline codes; the memory's codes are
/// then mapped onto the new segment's codes by position, so links and formatting come from
/// the new article. Pre-fills are suggestions: the writers mark them for review.
public struct TranslationMemory: Hashable, Sendable {
    /// One translation unit: a source and its translation, with codes as memory tokens.
    public struct Entry: Hashable, Sendable {
        public var sourceLanguage: LanguageTag
        public var targetLanguage: LanguageTag
        public var source: [XLIFFInlineToken]
        public var target: [XLIFFInlineToken]

        public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag, source: [XLIFFInlineToken], target: [XLIFFInlineToken]) {
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.source = source
            self.target = target
        }
    }

    /// Entries by exact-match key of the source; the first entry read wins.
    private var entries: [String: [Entry]] = [:]
    public private(set) var count = 0

    public init(entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    public mutating func add(_ entry: Entry) {
        let key = TranslationMemory.key(of: entry.source)
        guard !key.isEmpty else { return }
        entries[key, default: []].append(entry)
        count += 1
    }

    /// This memory with `other`'s entries after its own.
    public func merging(_ other: TranslationMemory) -> TranslationMemory {
        var result = self
        for key in other.entries.keys.sorted() {
            for entry in other.entries[key] ?? [] { result.add(entry) }
        }
        return result
    }

    /// Translations for the units of `document` whose every segment has an exact match in
    /// the memory for this language pair; each marked `needsReview`.
    public func prefill(for document: Document, targetLanguage: LanguageTag) -> [UnitID: Translation] {
        var result: [UnitID: Translation] = [:]
        let sourceLanguage = document.metadata.sourceLanguage
        for block in document.translatableBlocks {
            var segments: [[InlineRun]] = []
            var complete = true
            for segment in block.segments {
                if Segment(runs: segment.runs).plainText.allSatisfy(\.isWhitespace) {
                    segments.append([])
                    continue
                }
                guard let translated = match(segment.runs, from: sourceLanguage, to: targetLanguage) else {
                    complete = false
                    break
                }
                segments.append(translated)
            }
            if complete, segments.contains(where: { !$0.isEmpty }) {
                result[block.id] = Translation(segments: segments, status: .needsReview)
            }
        }
        return result
    }

    /// The memory's translation of one segment, codes mapped onto `runs`' codes.
    public func match(_ runs: [InlineRun], from source: LanguageTag, to target: LanguageTag) -> [InlineRun]? {
        let trimmedRuns = TranslationMemory.trimmed(runs)
        let key = TranslationMemory.key(of: trimmedRuns)
        guard let candidates = entries[key] else { return nil }
        for entry in candidates where ImportVerifier.sameLanguage(entry.sourceLanguage.rawValue, source)
            && ImportVerifier.sameLanguage(entry.targetLanguage.rawValue, target) {
            if let mapped = TranslationMemory.map(entry, onto: trimmedRuns) { return mapped }
        }
        return nil
    }

    /// Pairs the entry's source codes with the segment's codes by position, then rewrites the
    /// entry's target with the segment's codes. Nil when the target uses a code the source lacks.
    private static func map(_ entry: Entry, onto runs: [InlineRun]) -> [InlineRun]? {
        let memoryCodes = entry.source.compactMap { token -> (String, Bool)? in
            switch token {
            case .start(let id): (id, true)
            case .end(let id): (id, false)
            case .standalone(let id): (id, true)
            case .text: nil
            }
        }
        let segmentCodes = runs.compactMap { run -> InlineCode? in
            switch run {
            case .open(let code), .close(let code), .placeholder(let code): code
            case .text: nil
            }
        }
        guard memoryCodes.count == segmentCodes.count else { return nil }
        var codeByID: [String: InlineCode] = [:]
        for (memory, code) in zip(memoryCodes, segmentCodes) {
            if let existing = codeByID[memory.0], existing.id != code.id { return nil }
            codeByID[memory.0] = code
        }
        var result: [InlineRun] = []
        for token in entry.target {
            switch token {
            case .text(let text): result.append(.text(text))
            case .start(let id):
                guard let code = codeByID[id] else { return nil }
                result.append(code.kind.isPaired ? .open(code) : .placeholder(code))
            case .end(let id):
                guard let code = codeByID[id] else { return nil }
                if code.kind.isPaired { result.append(.close(code)) }
            case .standalone(let id):
                guard let code = codeByID[id] else { return nil }
                result.append(.placeholder(code))
            }
        }
        return result
    }

    /// Exact-match key of runs: normalised text, codes as `\u{1}o`/`c`/`x` markers (no IDs,
    /// which differ from one article to the next). The markers are control characters, which
    /// the text itself never holds: they are filtered out with everything XML forbids.
    static func key(of runs: [InlineRun]) -> String {
        key(of: runs.map { run -> XLIFFInlineToken in
            switch run {
            case .text(let text): .text(text)
            case .open(let code): .start(id: String(code.id))
            case .close(let code): .end(id: String(code.id))
            case .placeholder(let code): .standalone(id: String(code.id))
            }
        })
    }

    static func key(of tokens: [XLIFFInlineToken]) -> String {
        var key = ""
        var text = ""
        func flush() {
            let words = text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty {
                if text.first?.isWhitespace == true, !key.isEmpty { key += " " }
                key += words.joined(separator: " ")
                if text.last?.isWhitespace == true { key += " " }
            }
            text = ""
        }
        for token in tokens {
            switch token {
            case .text(let string):
                // Characters XML cannot carry never reached a memory file.
                text.unicodeScalars.append(contentsOf: string.unicodeScalars.filter(XMLWriter.isAllowed))
            case .start: flush(); key += "\u{1}o"
            case .end: flush(); key += "\u{1}c"
            case .standalone: flush(); key += "\u{1}x"
            }
        }
        flush()
        while key.last == " " { key.removeLast() }
        return key.contains(where: { $0.isLetter || $0.isNumber }) ? key : ""
    }

    /// Runs with whitespace removed from the start of the first text and the end of the last.
    static func trimmed(_ runs: [InlineRun]) -> [InlineRun] {
        var result = runs
        if let first = result.firstIndex(where: { if case .text = $0 { return true }; return false }),
           case .text(let text) = result[first] {
            let kept = String(text.drop(while: \.isWhitespace))
            if kept.isEmpty { result.remove(at: first) } else { result[first] = .text(kept) }
        }
        if let last = result.lastIndex(where: { if case .text = $0 { return true }; return false }),
           case .text(let text) = result[last] {
            let kept = String(text.reversed().drop(while: \.isWhitespace).reversed())
            if kept.isEmpty { result.remove(at: last) } else { result[last] = .text(kept) }
        }
        return result
    }
}
