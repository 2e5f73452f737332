/// Aligns an article with its published translation: paragraphs first, then sentences
/// inside each paragraph.
///
/// Every unit of the original (its translatable blocks, as `export` writes them) gets a
/// contiguous stretch of the translation; pieces that match no paragraph are attached to a
/// neighbour and counted, so the targets together hold all the translation's text, in
/// order. Inline markup of the translation is kept where the original has a code of the
/// same kind (a link to the same address first), renumbered to the original's code IDs;
/// markup without a counterpart is dropped, never invented.
public struct DocumentAligner: Sendable {
    /// The result for one article.
    public struct Result: Sendable {
        /// The original, segmented into sentences when asked, with every unit's translation.
        public var translated: TranslatedDocument
        /// The original split into sentences, each sentence bead one segment (two sentences
        /// translated by one stay together), with its translation: what a translation memory takes.
        public var sentencePairs: TranslatedDocument
        /// How each unit was aligned, by unit ID.
        public var alignments: [UnitID: UnitAlignment]
        /// Stretches of the translation that matched no paragraph (each attached to a neighbour).
        public var orphanCount: Int
    }

    let scanner: AnchorScanner
    /// The cost weights (the tuned defaults unless a tuning run changes them).
    public var weights = AlignmentWeights()
    /// Cut sentences of the translation at commas when the original's paragraph ends there.
    public var clauses = true

    /// An aligner with the shipped CC-CEDICT anchors, plus the names and terms of `glossaries`.
    public init(glossaries: [Glossary] = []) {
        scanner = AnchorScanner(dictionary: glossaries.isEmpty ? .shipped : AnchorDictionary.shipped.adding(glossaries))
    }

    /// Aligns `translation` (in `targetLanguage`) with `original`. With `sentences`, the
    /// original's units are split into sentence segments (as `export --sentences` does) and
    /// the translation is aligned sentence by sentence within each unit.
    public func align(original: Document, translation: Document, targetLanguage: LanguageTag, sentences: Bool) -> Result {
        let sourceLanguage = original.metadata.sourceLanguage
        let sourceCJK = sourceLanguage.isCJK
        let targetCJK = targetLanguage.isCJK
        let model = LengthModel.between(source: sourceLanguage, target: targetLanguage)
        let split = SentenceSegmenter().segment(original)
        let blocks = original.translatableBlocks
        let pieces = TranslationPieces(translation: translation, language: targetLanguage, clauses: clauses).pieces

        let units = blocks.map { block in
            MonotoneAligner.Unit(length: LengthModel.length(of: block.plainText, isCJK: sourceCJK),
                                 profile: scanner.profile(of: block.plainText, isCJK: sourceCJK, otherIsCJK: targetCJK))
        }
        let alignerPieces = pieces.map { piece in
            MonotoneAligner.Piece(length: LengthModel.length(of: piece.text, isCJK: targetCJK),
                                  profile: scanner.profile(of: piece.text, isCJK: targetCJK, otherIsCJK: sourceCJK),
                                  boundary: piece.boundary)
        }
        let aligner = MonotoneAligner(model: model, weights: weights)
        let result = aligner.align(units: units, pieces: alignerPieces)
        let owners = Self.owners(groups: result.groups, orphans: result.orphans, pieces: pieces)
        let beads = Self.paragraphBeads(owners: owners.owner, unitCount: blocks.count, pieces: pieces)
        let assembler = TargetAssembler(translation: translation, pieces: pieces, targetCJK: targetCJK)

        var translations: [UnitID: Translation] = [:]
        var sentenceTranslations: [UnitID: Translation] = [:]
        var pairBlocks: [UnitID: Block] = [:]
        var alignments: [UnitID: UnitAlignment] = [:]
        let splitBlocks = Dictionary(split.translatableBlocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, block) in blocks.enumerated() {
            let group = owners.groups[index]
            var alignment = UnitAlignment(sourceCount: beads[index].0, targetCount: beads[index].1,
                                          confidence: result.confidence[index], attachedOrphans: owners.attached[index])
            // Sentence level, inside the paragraph.
            let sentenceBlock = splitBlocks[block.id] ?? block
            let sentenceGroups: [Range<Int>]
            if sentenceBlock.segments.count > 1, !group.isEmpty {
                let sentenceUnits = sentenceBlock.segments.map { segment in
                    MonotoneAligner.Unit(length: LengthModel.length(of: segment.plainText, isCJK: sourceCJK),
                                         profile: scanner.profile(of: segment.plainText, isCJK: sourceCJK, otherIsCJK: targetCJK))
                }
                var local = Array(alignerPieces[group])
                local[0].boundary = .paragraph
                let inner = aligner.align(units: sentenceUnits, pieces: local)
                let innerOwners = Self.owners(groups: inner.groups, orphans: inner.orphans, pieces: Array(pieces[group]))
                sentenceGroups = innerOwners.groups.map { ($0.lowerBound + group.lowerBound)..<($0.upperBound + group.lowerBound) }
                alignment.sentenceBeads = Self.sentenceBeads(groups: sentenceGroups, pieces: pieces).labels
            } else {
                sentenceGroups = [group]
            }
            let status: TranslationStatus = alignment.needsReview ? .needsReview : .translated
            let sentenceTargets = assembler.segments(for: sentenceGroups, codesOf: sentenceBlock)
            // For the memory, each bead is one pair: two sentences translated by one stay together.
            let spans = Self.joiningEmptySpans(Self.sentenceBeads(groups: sentenceGroups, pieces: pieces).spans, groups: sentenceGroups)
            var pairBlock = sentenceBlock
            pairBlock.segments = spans.map { span in
                Segment(runs: sentenceBlock.segments[span].flatMap(\.runs))
            }
            pairBlocks[block.id] = pairBlock
            let pairGroups = spans.map { span -> Range<Int> in
                let filled = sentenceGroups[span].filter { !$0.isEmpty }
                guard let first = filled.first, let last = filled.last else { return 0..<0 }
                return first.lowerBound..<last.upperBound
            }
            sentenceTranslations[block.id] = Translation(segments: assembler.segments(for: pairGroups, codesOf: sentenceBlock), status: status)
            if sentences {
                translations[block.id] = Translation(segments: sentenceTargets, status: status)
            } else {
                translations[block.id] = Translation(segments: assembler.segments(for: [group], codesOf: block), status: status)
            }
            alignments[block.id] = alignment
        }
        return Result(
            translated: TranslatedDocument(document: sentences ? split : original, targetLanguage: targetLanguage, translations: translations),
            sentencePairs: TranslatedDocument(document: Document(metadata: split.metadata, blocks: split.blocks.map { pairBlocks[$0.id] ?? $0 }),
                                              targetLanguage: targetLanguage, translations: sentenceTranslations),
            alignments: alignments, orphanCount: owners.attached.reduce(0, +))
    }

    /// Every piece's unit once orphans are attached, and how many runs of orphans each unit
    /// received: a run of orphans goes to the unit before
    /// it when it continues that unit's translation paragraph, else to the unit after it when
    /// it shares that one's paragraph, else to the one before (or after, at the start).
    static func owners(groups: [Range<Int>], orphans: [Int], pieces: [TranslationPieces.Piece])
        -> (owner: [Int], groups: [Range<Int>], attached: [Int]) {
        var owner = [Int](repeating: -1, count: pieces.count)
        for (unit, group) in groups.enumerated() { for piece in group { owner[piece] = unit } }
        var attached = [Int](repeating: 0, count: groups.count)
        var index = 0
        while index < owner.count {
            guard owner[index] < 0 else { index += 1; continue }
            var end = index
            while end < owner.count, owner[end] < 0 { end += 1 }
            let before = index > 0 ? owner[index - 1] : nil
            let after = end < owner.count ? owner[end] : nil
            let chosen: Int?
            if let before, pieces[index - 1].block == pieces[index].block {
                chosen = before
            } else if let after, pieces[end].block == pieces[end - 1].block {
                chosen = after
            } else {
                // No unit took anything at all: the first one gets it, rather than losing text.
                chosen = before ?? after ?? (groups.isEmpty ? nil : 0)
            }
            if let chosen {
                for piece in index..<end { owner[piece] = chosen }
                attached[chosen] += 1
            }
            index = end
        }
        var result = groups
        var firstOf = [Int](repeating: Int.max, count: groups.count)
        var lastOf = [Int](repeating: -1, count: groups.count)
        for (piece, unit) in owner.enumerated() where unit >= 0 {
            firstOf[unit] = min(firstOf[unit], piece)
            lastOf[unit] = max(lastOf[unit], piece)
        }
        for unit in groups.indices where lastOf[unit] >= 0 { result[unit] = firstOf[unit]..<(lastOf[unit] + 1) }
        return (owner, result, attached)
    }

    /// Paragraph beads: units and translation paragraphs that share text form one bead.
    static func paragraphBeads(owners: [Int], unitCount: Int, pieces: [TranslationPieces.Piece]) -> [(Int, Int)] {
        var blocksOf = [[Int]](repeating: [], count: unitCount)
        for (piece, unit) in owners.enumerated() where unit >= 0 {
            if blocksOf[unit].last != pieces[piece].block { blocksOf[unit].append(pieces[piece].block) }
        }
        var beads = [(Int, Int)](repeating: (1, 0), count: unitCount)
        var start = 0
        while start < unitCount {
            guard let first = blocksOf[start].first else { start += 1; continue }
            var end = start + 1
            var lastBlock = blocksOf[start].last ?? first
            var blockSet: Set<Int> = Set(blocksOf[start])
            while end < unitCount, let next = blocksOf[end].first, next <= lastBlock {
                blockSet.formUnion(blocksOf[end])
                lastBlock = max(lastBlock, blocksOf[end].last ?? next)
                end += 1
            }
            for unit in start..<end { beads[unit] = (end - start, blockSet.count) }
            start = end
        }
        return beads
    }

    /// Spans whose sentences received nothing joined to the span before (or after, at the
    /// start): a source sentence the translator merged into its neighbour's translation
    /// belongs in that neighbour's memory pair, not in a pair of its own without a target.
    static func joiningEmptySpans(_ spans: [Range<Int>], groups: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var pendingStart: Int?
        for span in spans {
            let empty = groups[span].allSatisfy(\.isEmpty)
            if empty {
                if let last = result.indices.last {
                    result[last] = result[last].lowerBound..<span.upperBound
                } else if pendingStart == nil {
                    pendingStart = span.lowerBound
                }
            } else {
                result.append((pendingStart ?? span.lowerBound)..<span.upperBound)
                pendingStart = nil
            }
        }
        if let pendingStart { result.append(pendingStart..<(spans.last?.upperBound ?? pendingStart)) }
        return result
    }

    /// Sentence beads inside one unit: source sentences and translation sentences that share
    /// text form one bead. The spans of source sentences, and each sentence's label (`2-1`…).
    static func sentenceBeads(groups: [Range<Int>], pieces: [TranslationPieces.Piece]) -> (spans: [Range<Int>], labels: [String]) {
        var labels = [String](repeating: "1-0", count: groups.count)
        var spans: [Range<Int>] = []
        var start = 0
        while start < groups.count {
            guard !groups[start].isEmpty else {
                spans.append(start..<(start + 1))
                start += 1
                continue
            }
            var end = start + 1
            var lastSentence = pieces[groups[start].upperBound - 1].sentence
            var sentences = Set(groups[start].map { pieces[$0].sentence })
            while end < groups.count, let next = groups[end].first, pieces[next].sentence <= lastSentence {
                sentences.formUnion(groups[end].map { pieces[$0].sentence })
                lastSentence = max(lastSentence, pieces[groups[end].upperBound - 1].sentence)
                end += 1
            }
            for index in start..<end { labels[index] = "\(end - start)-\(sentences.count)" }
            spans.append(start..<end)
            start = end
        }
        return (spans, labels)
    }
}
