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

    public init() {}

    /// Counts one exported document.
    public init(counting document: Document) {
        articles = 1
        for block in document.blocks where block.isTranslatable {
            units += 1
            segments += block.segments.count
            var counter = TextStatistics.Counter()
            for segment in block.segments {
                for case .text(let string) in segment.runs { counter.add(string) }
            }
            text += counter.statistics
            for segment in block.segments {
                for occurrence in segment.terms {
                    termHits[occurrence.entry.source, default: TermHitSummary(target: occurrence.entry.target)].count += 1
                }
            }
        }
    }

    public static func += (lhs: inout ExportStatistics, rhs: ExportStatistics) {
        lhs.articles += rhs.articles
        lhs.units += rhs.units
        lhs.segments += rhs.segments
        lhs.text += rhs.text
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
