import Foundation

/// Splits every translatable block into sentence segments, following SRX-style rules.
///
/// Document in, document out: block IDs, roles and inline codes are unchanged, only
/// `Block.segments` is refined. The split is lossless: the segments' runs, concatenated,
/// are exactly the block's runs. Whitespace between two sentences stays at the end of the
/// earlier segment (writers then keep it out of the translator's segment: between the
/// `<mrk>`s in XLIFF 1.2, as an `<ignorable>` in 2.x). Where a break falls among inline
/// codes, their order is kept: codes that close there and standalone codes (`<br/>`) before
/// the first code that opens there stay with the earlier sentence; that opening code and
/// everything after it go to the later one. A code that opens in one sentence and closes in
/// another is kept as an open run in the first and a close run in the last (writers turn it
/// into `<bx/>`/`<ex/>`, `<sc/>`/`<ec/>`).
///
/// Never split: non-translatable blocks, preformatted text (line structure matters), and
/// any position inside a glossary hit. Already segmented blocks are refined segment by
/// segment, so running the segmenter twice changes nothing.
public struct SentenceSegmenter: Sendable {
    private let override: CompiledRules?

    /// Chooses the built-in rules by each document's source language.
    public init() {
        override = nil
    }

    /// Uses these rules for every document, whatever its language.
    public init(rules: SegmentationRules) throws(SegmentationError) {
        override = try CompiledRules(rules)
    }

    /// The document with every translatable block split into sentence segments.
    public func segment(_ document: Document) -> Document {
        let rules = override ?? CompiledRules.builtIn(for: document.metadata.sourceLanguage)
        var result = document
        result.blocks = document.blocks.map { segment($0, rules: rules) }
        return result
    }

    /// The sentences of a plain text, for previews and tests.
    public func sentences(in text: String, language: LanguageTag) -> [String] {
        let rules = override ?? CompiledRules.builtIn(for: language)
        let utf16 = Array(text.utf16)
        var sentences: [String] = []
        var start = 0
        for position in rules.breaks(in: text, forbidden: []) + [utf16.count] where position > start {
            sentences.append(String(decoding: utf16[start..<position], as: UTF16.self))
            start = position
        }
        return sentences
    }

    private func segment(_ block: Block, rules: CompiledRules) -> Block {
        guard block.isTranslatable, block.role != .preformatted else { return block }
        var result = block
        result.segments = block.segments.flatMap { split($0, rules: rules) }
        return result
    }

    /// Splits one segment at the sentence breaks of its plain text.
    private func split(_ segment: Segment, rules: CompiledRules) -> [Segment] {
        // UTF-16 offset of every run in the plain text (codes have zero width).
        var offsets: [Int] = []
        var text = ""
        var length = 0
        for run in segment.runs {
            offsets.append(length)
            if case .text(let string) = run {
                text += string
                length += string.utf16.count
            }
        }
        // No break inside a glossary hit.
        var forbidden: [Range<Int>] = []
        for term in segment.terms where segment.runs.indices.contains(term.runIndex) {
            guard case .text(let string) = segment.runs[term.runIndex] else { continue }
            let scalars = Array(string.unicodeScalars)
            guard term.range.lowerBound >= 0, term.range.upperBound <= scalars.count else { continue }
            let lower = scalars[..<term.range.lowerBound].reduce(0) { $0 + $1.utf16.count }
            let upper = scalars[..<term.range.upperBound].reduce(0) { $0 + $1.utf16.count }
            forbidden.append((offsets[term.runIndex] + lower)..<(offsets[term.runIndex] + upper))
        }
        let breaks = rules.breaks(in: text, forbidden: forbidden)
        guard !breaks.isEmpty else { return [segment] }

        let breakSet = Set(breaks)
        // Number of breaks before `position`, plus the one at it when the run goes after it.
        func index(at position: Int, after: Bool) -> Int {
            breaks.reduce(0) { $0 + (($1 < position || (after && $1 == position)) ? 1 : 0) }
        }
        // Zero-width runs at a break keep their order: those before the first opening code
        // (or the first text) at that offset end the earlier segment, the rest start the next.
        var switchedAt: Int?
        func goesAfter(_ run: InlineRun, at position: Int) -> Bool {
            guard breakSet.contains(position) else { return false }
            if switchedAt == position { return true }
            switch run {
            case .open: switchedAt = position; return true
            case .text(let string) where !string.isEmpty: switchedAt = position; return true
            default: return false
            }
        }

        var pieces = [[InlineRun]](repeating: [], count: breaks.count + 1)
        // Where each old text run's pieces went: (segment, run index, first scalar offset).
        var placements: [Int: [(segment: Int, run: Int, scalarStart: Int)]] = [:]
        for (runIndex, run) in segment.runs.enumerated() {
            let start = offsets[runIndex]
            switch run {
            case .open, .close, .placeholder:
                pieces[index(at: start, after: goesAfter(run, at: start))].append(run)
            case .text(let string):
                let utf16 = Array(string.utf16)
                guard !utf16.isEmpty else {
                    let target = index(at: start, after: goesAfter(run, at: start))
                    placements[runIndex, default: []].append((target, pieces[target].count, 0))
                    pieces[target].append(run)
                    continue
                }
                var cuts = breaks.filter { $0 > start && $0 < start + utf16.count }.map { $0 - start }
                cuts.append(utf16.count)
                var from = 0
                var scalarStart = 0
                for cut in cuts where cut > from {
                    let piece = String(decoding: utf16[from..<cut], as: UTF16.self)
                    let target = index(at: start + from, after: from > 0 || goesAfter(run, at: start))
                    placements[runIndex, default: []].append((target, pieces[target].count, scalarStart))
                    pieces[target].append(.text(piece))
                    scalarStart += piece.unicodeScalars.count
                    from = cut
                }
            }
        }

        var segments = pieces.map { Segment(runs: $0) }
        for term in segment.terms {
            guard let places = placements[term.runIndex],
                  let place = places.last(where: { $0.scalarStart <= term.range.lowerBound }) else { continue }
            let shifted = (term.range.lowerBound - place.scalarStart)..<(term.range.upperBound - place.scalarStart)
            segments[place.segment].terms.append(TermOccurrence(runIndex: place.run, range: shifted, entry: term.entry))
        }
        return segments.filter { !$0.runs.isEmpty }
    }
}
