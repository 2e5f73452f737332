/// A translated XLIFF file as read back: its Diglot skeleton, languages and units.
///
/// Nothing is judged here: the reader only records what the file says. `ImportVerifier`
/// compares it with the skeleton, `QAChecker` looks at the targets.
public struct ImportedXLIFF: Hashable, Sendable {
    /// The file name used in messages.
    public var file: String
    /// `1.2`, `2.0`, `2.1`, `2.2` as declared on `<xliff version>`.
    public var version: String
    /// The export's skeleton; nil when the file carries none or a foreign one (see `skeletonError`).
    public var skeleton: XLIFFSkeleton?
    /// Why the skeleton is missing or unreadable.
    public var skeletonError: XLIFFError?
    /// `source-language` / `srcLang` as declared on the file.
    public var sourceLanguage: String?
    /// `target-language` / `trgLang` as declared on the file.
    public var targetLanguage: String?
    /// Every unit in file order, nested groups flattened.
    public var units: [ImportedUnit]

    public init(file: String, version: String, skeleton: XLIFFSkeleton?, skeletonError: XLIFFError?,
                sourceLanguage: String?, targetLanguage: String?, units: [ImportedUnit]) {
        self.file = file
        self.version = version
        self.skeleton = skeleton
        self.skeletonError = skeletonError
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }

    /// Whether the file is XLIFF 2.x.
    public var isVersion2: Bool { version.hasPrefix("2") }
}

/// One `<trans-unit>` (1.2) or `<unit>` (2.x) as found in a returned file.
public struct ImportedUnit: Hashable, Sendable {
    /// The unit's `id` as written in the file.
    public var id: String
    /// 1-based line of the unit's start tag, for messages.
    public var line: Int
    /// The source fingerprint stored on the unit at export (1.2 `extradata="diglot-fp:…"`,
    /// 2.x `diglot:fingerprint`), when a tool kept it.
    public var storedFingerprint: String?
    /// The source as found, one entry per segment (a single entry when the file is not
    /// segmented or the tool joined the segments).
    public var sourceSegments: [[XLIFFInlineToken]]
    /// The whole source as found (1.2 `<source>`, which a tool may edit apart from its
    /// `<seg-source>`; 2.x the segments and ignorables joined).
    public var wholeSource: [XLIFFInlineToken]
    /// The target, one entry per source segment when the segmentation is intact; a single
    /// joined entry when a tool split or joined segments. Nil when the unit has no target.
    public var targetSegments: [[XLIFFInlineToken]]?
    /// What the file's workflow markers say (`state`, `approved`, `subState`).
    public var status: TranslationStatus
    /// The raw state as written (`translated`, `needs-review-translation`, `final`…), for reports.
    public var state: String?
    /// `xml:lang` of the target (1.2), when given.
    public var targetLanguage: String?
    /// Whether the tool kept the segmentation exactly (same count, in order).
    public var segmentationIntact: Bool
    /// Source segments (0-based, in source order) whose target the tool removed while others
    /// kept theirs: a deleted `<mrk mtype="seg">` (1.2) or a segment's `<target>` (2.x).
    public var deletedTargetSegments: [Int] = []
    /// Line of a second `<target>` in the unit (1.2) or in one of its segments (2.x), which
    /// the schemas forbid; nil when there is none.
    public var secondTargetLine: Int?

    public init(id: String, line: Int, storedFingerprint: String?, sourceSegments: [[XLIFFInlineToken]],
                wholeSource: [XLIFFInlineToken]? = nil, targetSegments: [[XLIFFInlineToken]]?, status: TranslationStatus, state: String?,
                targetLanguage: String?, segmentationIntact: Bool) {
        self.id = id
        self.line = line
        self.storedFingerprint = storedFingerprint
        self.sourceSegments = sourceSegments
        self.wholeSource = wholeSource ?? sourceSegments.flatMap { $0 }
        self.targetSegments = targetSegments
        self.status = status
        self.state = state
        self.targetLanguage = targetLanguage
        self.segmentationIntact = segmentationIntact
    }

    /// All source tokens, segments joined.
    public var source: [XLIFFInlineToken] { sourceSegments.flatMap { $0 } }
    /// All target tokens, segments joined (empty without a target).
    public var target: [XLIFFInlineToken] { (targetSegments ?? []).flatMap { $0 } }
}
