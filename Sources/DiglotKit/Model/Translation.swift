import Foundation

/// The translation of one unit (block) as it came back from the translator.
///
/// `segments` line up with the source block's segments, and their inline codes use the
/// source's code IDs (the XLIFF `<g id>`/`<pc id>`), so writers can restore the original
/// elements from the source. An empty or whitespace-only segment counts as not translated;
/// writers then fall back to the source segment and mark it.
public struct Translation: Hashable, Sendable, Codable {
    /// The translated inline content, one entry per source segment.
    public var segments: [[InlineRun]]
    /// Workflow state of the whole unit.
    public var status: TranslationStatus

    public init(segments: [[InlineRun]], status: TranslationStatus = .translated) {
        self.segments = segments
        self.status = status
    }

    /// A one-segment translation.
    public init(runs: [InlineRun], status: TranslationStatus = .translated) {
        self.init(segments: [runs], status: status)
    }

    /// All translated runs, segments joined.
    public var runs: [InlineRun] { segments.flatMap { $0 } }

    /// The translated text with markup removed.
    public var plainText: String { Segment(runs: runs).plainText }
}

/// Where a unit stands in the translation workflow.
public enum TranslationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Translated (and, where the tool says so, approved): shown as the translation.
    case translated
    /// Translated but flagged (fuzzy, draft, `needs-review-translation`, unapproved): shown and marked.
    case needsReview
    /// No usable target: the source is shown in its place and marked.
    case untranslated

    /// Whether a reader should be warned about this text.
    public var isMarked: Bool { self != .translated }
}

/// An article together with what is known of its translation into one language.
///
/// Built by the XLIFF re-import from the exported document and the translator's targets;
/// units without a translation simply have no entry in `translations`.
///
/// What each translatable block shows as its translation (`target(of:)`) is worked out once,
/// when the value is made, and read by the merge report, QA and every writer.
public struct TranslatedDocument: Hashable, Sendable, Codable {
    /// The source article, exactly as exported.
    public let document: Document
    /// Language of the translations.
    public let targetLanguage: LanguageTag
    /// Translations keyed by the source block's ID.
    public let translations: [UnitID: Translation]
    /// The target of each translatable block, by ID.
    private let targets: [UnitID: TargetText]

    private enum CodingKeys: String, CodingKey {
        case document, targetLanguage, translations
    }

    public init(document: Document, targetLanguage: LanguageTag, translations: [UnitID: Translation]) {
        self.init(document: document, targetLanguage: targetLanguage, translations: translations,
                  targets: Self.targets(of: document, translations: translations))
    }

    /// With targets already worked out by `targets(of:translations:)` for the same document and
    /// translations (a book's chapter keeps the ones its import made).
    init(document: Document, targetLanguage: LanguageTag, translations: [UnitID: Translation], targets: [UnitID: TargetText]) {
        self.document = document
        self.targetLanguage = targetLanguage
        self.translations = translations
        self.targets = targets
    }

    /// The target of each translatable block, by ID: what `target(of:)` answers.
    static func targets(of document: Document, translations: [UnitID: Translation]) -> [UnitID: TargetText] {
        var targets: [UnitID: TargetText] = [:]
        for block in document.blocks where block.isTranslatable && targets[block.id] == nil {
            targets[block.id] = makeTarget(of: block, translation: translations[block.id])
        }
        return targets
    }

    /// The targets worked out when the value was made.
    var targetsByUnit: [UnitID: TargetText] { targets }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try container.decode(Document.self, forKey: .document),
                  targetLanguage: try container.decode(LanguageTag.self, forKey: .targetLanguage),
                  translations: try container.decode([UnitID: Translation].self, forKey: .translations))
    }

    /// What to show as the translation of `block`: translated pieces, source fallbacks for
    /// the rest, each with its status. Non-translatable blocks come back as source pieces
    /// marked `translated` (there is nothing to translate, so nothing to warn about).
    public func target(of block: Block) -> TargetText {
        if block.isTranslatable, let made = targets[block.id] { return made }
        return Self.makeTarget(of: block, translation: translations[block.id])
    }

    private static func makeTarget(of block: Block, translation: Translation?) -> TargetText {
        guard block.isTranslatable else {
            return TargetText(pieces: [TargetText.Piece(runs: block.runs, isSourceFallback: true, status: .translated)])
        }
        guard let translation, translation.status != .untranslated else {
            return TargetText(pieces: [TargetText.Piece(runs: block.runs, isSourceFallback: true, status: .untranslated)])
        }
        var pieces: [TargetText.Piece] = []
        let count = max(block.segments.count, translation.segments.count)
        for index in 0..<count {
            let translated = index < translation.segments.count ? translation.segments[index] : []
            if Self.hasContent(translated) {
                pieces.append(TargetText.Piece(runs: translated, isSourceFallback: false, status: translation.status))
            } else if index < block.segments.count {
                let source = block.segments[index].runs
                guard Self.hasContent(source) else { continue }
                pieces.append(TargetText.Piece(runs: source, isSourceFallback: true, status: .untranslated))
            }
        }
        if pieces.isEmpty {
            pieces.append(TargetText.Piece(runs: block.runs, isSourceFallback: true, status: .untranslated))
        }
        return TargetText(pieces: pieces)
    }

    /// The translated headline, when the title block was translated.
    public var translatedTitle: String? {
        guard let title = document.blocks.first(where: { $0.role == .title }) else { return nil }
        let text = target(of: title)
        guard !text.isSourceFallback else { return nil }
        let plain = text.pieces.filter { !$0.isSourceFallback }.map { Segment(runs: $0.runs).plainText }.joined()
        let trimmed = plain.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func hasContent(_ runs: [InlineRun]) -> Bool {
        runs.contains { run in
            switch run {
            case .text(let text): !text.allSatisfy(\.isWhitespace)
            case .placeholder(let code): code.kind == .image
            case .open, .close: false
            }
        }
    }
}

/// The text shown in place of a block's translation, piece by piece.
public struct TargetText: Hashable, Sendable {
    /// A run of consecutive segments that are all translated or all source fallbacks.
    public struct Piece: Hashable, Sendable {
        public var runs: [InlineRun]
        /// The runs are the source text, shown because there is no translation.
        public var isSourceFallback: Bool
        public var status: TranslationStatus
    }

    public var pieces: [Piece]

    /// Every piece is the source text.
    public var isSourceFallback: Bool { pieces.allSatisfy(\.isSourceFallback) }

    /// The most severe status of the pieces (`untranslated` over `needsReview` over `translated`).
    public var status: TranslationStatus {
        if pieces.contains(where: { $0.status == .untranslated }) { return .untranslated }
        if pieces.contains(where: { $0.status == .needsReview }) { return .needsReview }
        return .translated
    }
}
