/// Joins verified translations with the exported article into a `TranslatedDocument`.
///
/// Partial translations are fine: a unit without a usable target keeps the source, and the
/// result lists it so the editor knows. Two adjustments keep the text readable without
/// changing anything the translator wrote: a unit whose segments a tool split or joined
/// is merged as one segment (its source segments joined too, so pieces still line up), and
/// in languages written with spaces, consecutive translated sentences get a space between
/// them when neither side has one (sentence gaps travel outside the segments).
public struct Merger: Sendable {
    public init() {}

    /// What a merge produced.
    public struct Result: Hashable, Sendable {
        public var translated: TranslatedDocument
        /// Translatable units that show the source (no target, empty target, untouched copy).
        public var untranslatedUnits: [UnitID]
        /// Units whose target is marked for review.
        public var needsReviewUnits: [UnitID]
    }

    public func merge(_ verified: VerifiedImport) throws(ImportError) -> Result {
        guard verified.isMergeable, var document = verified.document, let target = verified.targetLanguage else {
            throw verified.errors.first ?? ImportError(file: verified.file, message: "the file cannot be merged")
        }
        var translations = verified.translations
        for index in document.blocks.indices {
            let block = document.blocks[index]
            guard block.isTranslatable, var translation = translations[block.id] else { continue }
            if translation.segments.count != block.segments.count {
                document.blocks[index].segments = [Merger.joined(block.segments)]
                translation.segments = [translation.segments.flatMap { $0 }]
            }
            if !target.isCJK { translation.segments = Merger.spaced(translation.segments) }
            translations[block.id] = translation
        }
        let translated = TranslatedDocument(document: document, targetLanguage: target, translations: translations)
        var untranslated: [UnitID] = []
        var review: [UnitID] = []
        for block in document.blocks where block.isTranslatable {
            switch translated.target(of: block).status {
            case .untranslated: untranslated.append(block.id)
            case .needsReview: review.append(block.id)
            case .translated: break
            }
        }
        return Result(translated: translated, untranslatedUnits: untranslated, needsReviewUnits: review)
    }

    /// One segment holding all of `segments`, glossary hits re-indexed.
    static func joined(_ segments: [Segment]) -> Segment {
        var runs: [InlineRun] = []
        var terms: [TermOccurrence] = []
        for segment in segments {
            for occurrence in segment.terms {
                var moved = occurrence
                moved.runIndex += runs.count
                terms.append(moved)
            }
            runs += segment.runs
        }
        return Segment(runs: runs, terms: terms)
    }

    /// Adds a space at the end of a segment followed by another when neither touches whitespace.
    static func spaced(_ segments: [[InlineRun]]) -> [[InlineRun]] {
        var result = segments
        for index in result.indices.dropLast() {
            let current = XLIFFInlineText.plain(result[index])
            let next = XLIFFInlineText.plain(result[index + 1])
            guard let last = current.unicodeScalars.last, let first = next.unicodeScalars.first,
                  !last.isWhiteSpace, !first.isWhiteSpace, last.value < 0x2E80 else { continue }
            result[index].append(.text(" "))
        }
        return result
    }
}

/// Plain text of runs, for checks that ignore markup.
enum XLIFFInlineText {
    static func plain(_ runs: [InlineRun]) -> String { Segment(runs: runs).plainText }
}
