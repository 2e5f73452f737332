/// Counts for the export summary: what the translator is being sent.
public struct ExportStatistics: Hashable, Sendable, Codable {
    public var articles = 0
    /// Translation units (translatable blocks).
    public var units = 0
    /// Segments inside the units (equal to `units` without `--sentences`).
    public var segments = 0
    /// Words (CJK by character) and characters of the source text.
    public var text = TextStatistics()
    /// Glossary hits per term, keyed by source term.
    public var termHits: [String: TermHitSummary] = [:]
    /// Units whose target a translation memory pre-filled (`--memory`); nil when no memory
    /// was given, so the JSON summary of a run without one is unchanged.
    public var prefilledUnits: Int?

    public init() {}

    /// Counts one exported document.
    public init(counting document: Document) {
        articles = 1
        var hits = EntryHits()
        for block in document.blocks where block.isTranslatable {
            units += 1
            segments += block.segments.count
            var counter = TextStatistics.Counter()
            for segment in block.segments {
                for case .text(let string) in segment.runs { counter.add(string) }
            }
            text += counter.statistics
            for segment in block.segments {
                for occurrence in segment.terms { hits.count(occurrence.entry) }
            }
        }
        termHits = hits.summaries()
    }

    /// Hits of one document counted per entry, hashed by bytes, in order of first hit.
    ///
    /// With a dictionary glossary nearly every Chinese word is a hit; keying each hit by its
    /// source `String` paid for Unicode-aware hashing every time. Each distinct entry goes
    /// into `termHits` once at the end, in order of first hit, so canonically equal sources
    /// still share a key and the first hit's target is the one kept, as before.
    private struct EntryHits {
        private var index = GlossaryEntryIndex()
        private var counts: [Int] = []

        mutating func count(_ entry: GlossaryEntry) {
            let (number, inserted) = index.insert(entry)
            if inserted { counts.append(1) } else { counts[number] += 1 }
        }

        func summaries() -> [String: TermHitSummary] {
            var summaries: [String: TermHitSummary] = [:]
            for (entry, count) in zip(index.entries, counts) {
                summaries[entry.source, default: TermHitSummary(target: entry.target)].count += count
            }
            return summaries
        }
    }

    public static func += (lhs: inout ExportStatistics, rhs: ExportStatistics) {
        lhs.articles += rhs.articles
        lhs.units += rhs.units
        lhs.segments += rhs.segments
        lhs.text += rhs.text
        if let prefilled = rhs.prefilledUnits { lhs.prefilledUnits = (lhs.prefilledUnits ?? 0) + prefilled }
        for (term, hits) in rhs.termHits {
            lhs.termHits[term, default: TermHitSummary(target: hits.target)].count += hits.count
        }
    }
}

/// How often one glossary term was found, and its agreed translation.
public struct TermHitSummary: Hashable, Sendable, Codable {
    public var target: String
    public var count = 0

    public init(target: String, count: Int = 0) {
        self.target = target
        self.count = count
    }
}
