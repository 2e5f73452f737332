/// One translatable block laid out for an XLIFF writer, independent of the XLIFF version.
///
/// Both writers need the same decisions: which codes can be written as a paired element
/// (`<g>`, `<pc>`) and which must become isolated start/end markers (`<bx/>`/`<ex/>`,
/// `<sc/>`/`<ec/>`) because they open in one segment and close in another; where glossary
/// terms sit in the text; and which whitespace between sentences is kept out of the
/// segments (1.2: text between the `<mrk mtype="seg">`s, 2.x: `<ignorable>`), so that a
/// translator's segment does not end in a space and the merge can still restore it.
struct UnitContent {
    /// A piece of inline content in writing order.
    enum Item: Hashable {
        case text(String)
        /// A glossary hit; `number` counts hits within the unit from 1 (the `<mrk>` ids).
        case term(String, entry: GlossaryEntry, number: Int)
        case pairedStart(InlineCode)
        case pairedEnd(InlineCode)
        /// A start whose end is not in the same container; `linked` when the end is
        /// elsewhere in the unit (1.2 `rid`, 2.x `startRef` without `isolated`).
        case isolatedStart(InlineCode, linked: Bool)
        case isolatedEnd(InlineCode, linked: Bool)
        case standalone(InlineCode)
    }

    /// A segment, or whitespace between two segments.
    enum Part: Hashable {
        case segment(number: Int, items: [Item])
        case gap(String)
    }

    /// The whole block as one container (1.2 `<source>`).
    let whole: [Item]
    /// Segments and the whitespace between them (1.2 `<seg-source>`, 2.x `<segment>`s).
    let parts: [Part]
    /// Distinct glossary entries of the block in order of first appearance, with the
    /// number of the first hit (the target of 2.x `gls:glossEntry ref`).
    let glossary: [(entry: GlossaryEntry, firstHit: Int)]
    /// Every code of the block in order of first appearance, for 2.x `<originalData>`, with
    /// whether its start (open or placeholder) and its end (close) occur.
    let codes: [(code: InlineCode, hasStart: Bool, hasEnd: Bool)]

    init(block: Block) {
        // Number the hits once, in segment and text order, so both containers agree.
        var hitNumbers: [[Int: [(TermOccurrence, Int)]]] = []
        var nextHit = 1
        var glossary: [(entry: GlossaryEntry, firstHit: Int)] = []
        // Each entry once per unit, however often it hits (with a dictionary glossary 的, 是
        // and 在 hit in nearly every sentence).
        var listed = GlossaryEntryIndex(minimumCapacity: block.segments.reduce(0) { $0 + $1.terms.count })
        for segment in block.segments {
            var byRun: [Int: [(TermOccurrence, Int)]] = [:]
            for occurrence in UnitContent.shownHits(of: segment) {
                byRun[occurrence.runIndex, default: []].append((occurrence, nextHit))
                if listed.insert(occurrence.entry).inserted {
                    glossary.append((occurrence.entry, nextHit))
                }
                nextHit += 1
            }
            hitNumbers.append(byRun)
        }
        self.glossary = glossary

        var codes: [(code: InlineCode, hasStart: Bool, hasEnd: Bool)] = []
        for run in block.runs {
            switch run {
            case .open(let code), .placeholder(let code):
                if let index = codes.firstIndex(where: { $0.code.id == code.id }) {
                    codes[index].hasStart = true
                } else {
                    codes.append((code, true, false))
                }
            case .close(let code):
                if let index = codes.firstIndex(where: { $0.code.id == code.id }) {
                    codes[index].hasEnd = true
                } else {
                    codes.append((code, false, true))
                }
            case .text: break
            }
        }
        self.codes = codes

        // The whole block as one container.
        var wholeRuns: [InlineRun] = []
        var wholeHits: [Int: [(TermOccurrence, Int)]] = [:]
        for (index, segment) in block.segments.enumerated() {
            for (runIndex, hits) in hitNumbers[index] { wholeHits[wholeRuns.count + runIndex] = hits }
            wholeRuns += segment.runs
        }
        let wholeRoles = UnitContent.pairing(of: wholeRuns)
        let wholeLinks = UnitContent.linkedIsolatedCodes([(wholeRuns, wholeRoles)])
        self.whole = UnitContent.items(runs: wholeRuns, roles: wholeRoles, hits: wholeHits, linked: wholeLinks)

        // A single segment is the whole block: same runs, pairing, links and hit numbers.
        guard block.segments.count > 1 else {
            self.parts = [.segment(number: 1, items: whole)]
            return
        }
        // Segment by segment: pairing within each segment, links across the unit.
        let roles = block.segments.map { UnitContent.pairing(of: $0.runs) }
        let links = UnitContent.linkedIsolatedCodes(zip(block.segments, roles).map { ($0.runs, $1) })
        var parts: [Part] = []
        for (index, segment) in block.segments.enumerated() {
            var items = UnitContent.items(runs: segment.runs, roles: roles[index], hits: hitNumbers[index], linked: links)
            var gap = ""
            if index < block.segments.count - 1, case .text(let last)? = items.last {
                let kept = String(last.reversed().drop(while: \.isWhitespace).reversed())
                if kept.count < last.count {
                    gap = String(last.dropFirst(kept.count))
                    items.removeLast()
                    if !kept.isEmpty { items.append(.text(kept)) }
                }
            }
            parts.append(.segment(number: index + 1, items: items))
            if !gap.isEmpty { parts.append(.gap(gap)) }
        }
        // XLIFF 2 requires a segment in every unit, even for a block with no content.
        self.parts = parts.isEmpty ? [.segment(number: 1, items: [])] : parts
    }

    /// The hits a translator sees: not blocking entries, only on text runs, inside the run's
    /// text and not overlapping an earlier hit. Anything else (a damaged document) is left
    /// unmarked rather than producing a marker without text or a dangling reference.
    private static func shownHits(of segment: Segment) -> [TermOccurrence] {
        // The annotator leaves hits in text order; sorting (stable) is only needed otherwise.
        let precedes = { (left: TermOccurrence, right: TermOccurrence) in
            (left.runIndex, left.range.lowerBound) < (right.runIndex, right.range.lowerBound)
        }
        let isSorted = zip(segment.terms, segment.terms.dropFirst()).allSatisfy { !precedes($1, $0) }
        let sorted = isSorted ? segment.terms : segment.terms.sorted(by: precedes)
        var shown: [TermOccurrence] = []
        // Scalar counts per run, computed once: counting for every hit made a long paragraph
        // with many hits quadratic (a 1 MB paragraph took minutes).
        var scalarCounts: [Int: Int] = [:]
        for occurrence in sorted where occurrence.entry.type != .exclude {
            guard segment.runs.indices.contains(occurrence.runIndex),
                  case .text(let text) = segment.runs[occurrence.runIndex],
                  occurrence.range.lowerBound >= 0, !occurrence.range.isEmpty else { continue }
            let scalarCount = scalarCounts[occurrence.runIndex] ?? text.scalarCount
            scalarCounts[occurrence.runIndex] = scalarCount
            guard occurrence.range.upperBound <= scalarCount else { continue }
            if let previous = shown.last, previous.runIndex == occurrence.runIndex,
               previous.range.upperBound > occurrence.range.lowerBound { continue }
            shown.append(occurrence)
        }
        return shown
    }

    /// How each run of a container is written.
    enum Role: Hashable {
        case text
        case paired
        case isolated
        case standalone
    }

    /// Decides, for one container, which open/close runs form properly nested pairs.
    ///
    /// A stack discipline: a close matching the innermost open start forms a pair; any other
    /// close, and any open left at the end, is isolated. Badly nested input therefore still
    /// gives well-formed XML.
    static func pairing(of runs: [InlineRun]) -> [Role] {
        var roles = [Role](repeating: .text, count: runs.count)
        var stack: [(codeID: Int, runIndex: Int)] = []
        for (index, run) in runs.enumerated() {
            switch run {
            case .text:
                roles[index] = .text
            case .placeholder:
                roles[index] = .standalone
            case .open(let code):
                roles[index] = .isolated
                stack.append((code.id, index))
            case .close(let code):
                if let top = stack.last, top.codeID == code.id {
                    roles[top.runIndex] = .paired
                    roles[index] = .paired
                    stack.removeLast()
                } else {
                    if let deeper = stack.lastIndex(where: { $0.codeID == code.id }) {
                        stack.remove(at: deeper)
                    }
                    roles[index] = .isolated
                }
            }
        }
        return roles
    }

    /// Code IDs whose isolated start and isolated end each occur exactly once in the unit,
    /// start first: only those are written as a linked pair.
    private static func linkedIsolatedCodes(_ containers: [(runs: [InlineRun], roles: [Role])]) -> Set<Int> {
        var starts: [Int: [Int]] = [:]
        var ends: [Int: [Int]] = [:]
        var position = 0
        for container in containers {
            for (index, run) in container.runs.enumerated() {
                defer { position += 1 }
                guard container.roles[index] == .isolated else { continue }
                switch run {
                case .open(let code): starts[code.id, default: []].append(position)
                case .close(let code): ends[code.id, default: []].append(position)
                default: break
                }
            }
        }
        var linked: Set<Int> = []
        for (id, startPositions) in starts {
            if startPositions.count == 1, let endPositions = ends[id], endPositions.count == 1,
               startPositions[0] < endPositions[0] {
                linked.insert(id)
            }
        }
        return linked
    }

    private static func items(runs: [InlineRun], roles: [Role], hits: [Int: [(TermOccurrence, Int)]],
                              linked: Set<Int>) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(runs.count)
        for (index, run) in runs.enumerated() {
            switch run {
            case .text(let text):
                if let runHits = hits[index] {
                    appendTextItems(text, hits: runHits, to: &items)
                } else if !text.isEmpty {
                    items.append(.text(text))
                }
            case .placeholder(let code):
                items.append(.standalone(code))
            case .open(let code):
                items.append(roles[index] == .paired ? .pairedStart(code) : .isolatedStart(code, linked: linked.contains(code.id)))
            case .close(let code):
                items.append(roles[index] == .paired ? .pairedEnd(code) : .isolatedEnd(code, linked: linked.contains(code.id)))
            }
        }
        return items
    }

    /// Splits a text run around its glossary hits (Unicode scalar offsets, sorted and not
    /// overlapping, as `shownHits` leaves them).
    ///
    /// One walk over the scalars, cutting substrings by index: with a dictionary glossary a
    /// run has a hit every word or two, and rebuilding each piece scalar by scalar was a
    /// measurable part of the export.
    private static func appendTextItems(_ text: String, hits: [(TermOccurrence, Int)], to items: inout [Item]) {
        guard !hits.isEmpty else {
            if !text.isEmpty { items.append(.text(text)) }
            return
        }
        let scalars = text.unicodeScalars
        var cursor = scalars.startIndex
        var cursorOffset = 0
        func index(atOffset offset: Int) -> String.Index {
            while cursorOffset < offset {
                scalars.formIndex(after: &cursor)
                cursorOffset += 1
            }
            return cursor
        }
        var pieceStart = scalars.startIndex
        for (occurrence, number) in hits {
            let lower = index(atOffset: occurrence.range.lowerBound)
            if pieceStart < lower { items.append(.text(String(scalars[pieceStart..<lower]))) }
            let upper = index(atOffset: occurrence.range.upperBound)
            items.append(.term(String(scalars[lower..<upper]), entry: occurrence.entry, number: number))
            pieceStart = upper
        }
        if pieceStart < scalars.endIndex { items.append(.text(String(scalars[pieceStart...]))) }
    }
}
