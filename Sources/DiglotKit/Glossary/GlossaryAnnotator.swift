/// Fills `Segment.terms` with the glossary terms found in a document's translatable text.
///
/// Each `.text` run is matched on its own, so a term never spans an inline code (a link
/// boundary, a line break) and never falls inside markup. Blocks the translator is not
/// offered get no terms. Existing terms are replaced, so annotating twice is harmless.
public struct GlossaryAnnotator: Sendable {
    public let matcher: TermMatcher

    public init(glossary: Glossary) {
        self.matcher = TermMatcher(glossary: glossary)
    }

    public init(matcher: TermMatcher) {
        self.matcher = matcher
    }

    /// The document with every segment's `terms` set.
    public func annotate(_ document: Document) -> Document {
        var result = document
        for blockIndex in result.blocks.indices {
            let translatable = result.blocks[blockIndex].isTranslatable
            for segmentIndex in result.blocks[blockIndex].segments.indices {
                let segment = result.blocks[blockIndex].segments[segmentIndex]
                result.blocks[blockIndex].segments[segmentIndex].terms = translatable ? terms(in: segment) : []
            }
        }
        return result
    }

    /// The terms of one segment, in text order.
    public func terms(in segment: Segment) -> [TermOccurrence] {
        var found: [TermOccurrence] = []
        for (runIndex, run) in segment.runs.enumerated() {
            guard case .text(let text) = run else { continue }
            let matches = matcher.matches(in: text)
            guard !matches.isEmpty else { continue }
            // Reserving allocates even for nothing, so only when there is something to add.
            found.reserveCapacity(found.count + matches.count)
            for match in matches {
                found.append(TermOccurrence(runIndex: runIndex, range: match.range, entry: match.entry))
            }
        }
        return found
    }

    /// How often each term was found in annotated documents, most frequent first
    /// (ties in order of first appearance), for export summaries.
    public static func hitCounts(in documents: [Document]) -> [TermHitCount] {
        var counts: [GlossaryEntry: Int] = [:]
        var order: [GlossaryEntry] = []
        for document in documents {
            for block in document.blocks where block.isTranslatable {
                for segment in block.segments {
                    for term in segment.terms {
                        if counts[term.entry] == nil { order.append(term.entry) }
                        counts[term.entry, default: 0] += 1
                    }
                }
            }
        }
        return order.enumerated()
            .sorted { lhs, rhs in
                let left = counts[lhs.element] ?? 0
                let right = counts[rhs.element] ?? 0
                return left != right ? left > right : lhs.offset < rhs.offset
            }
            .map { TermHitCount(entry: $0.element, count: counts[$0.element] ?? 0) }
    }
}
