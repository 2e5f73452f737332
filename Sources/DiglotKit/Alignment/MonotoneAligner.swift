import Foundation

/// Cuts a sequence of translation pieces into one contiguous group per source unit, in
/// order: the dynamic programme behind `diglot align`, at paragraph and at sentence level.
///
/// A unit takes any number of consecutive pieces (none: a 1–0 bead); a piece may also be
/// left to no unit (0–1), which the caller attaches to a neighbour and flags, so no text of
/// the translation is ever dropped. The cost of a group is its Gale–Church length cost
/// (`LengthModel`) minus what its anchors share with the unit, plus penalties for cutting
/// inside a sentence or not cutting at a paragraph break of the translation. Only cuts near
/// the diagonal (cumulative length of the source against that of the translation) are
/// searched, so the work grows linearly with the document; a band that proves too narrow
/// is widened and searched again.
struct MonotoneAligner: Sendable {
    /// Where a piece starts relative to the one before it.
    enum Boundary: Int, Sendable {
        /// The first piece, or one after a paragraph break of the translation.
        case paragraph
        /// After the end of a sentence.
        case sentence
        /// Inside a sentence, after a comma, colon or semicolon.
        case clause
    }

    /// One source unit: its length (`LengthModel.length`) and anchors.
    struct Unit: Sendable {
        var length: Double
        var profile: AnchorProfile
    }

    /// One piece of the translation.
    struct Piece: Sendable {
        var length: Double
        var profile: AnchorProfile
        var boundary: Boundary
    }

    /// What each unit received.
    struct Result: Sendable {
        /// Pieces of each unit, contiguous and in order; together with `orphans` they cover
        /// every piece exactly once.
        var groups: [Range<Int>]
        /// Pieces that matched no unit, in order.
        var orphans: [Int]
        /// Per unit, a confidence between 0 and 1.
        var confidence: [Double]
    }

    var model: LengthModel
    var weights = AlignmentWeights()

    func align(units: [Unit], pieces: [Piece]) -> Result {
        let n = units.count
        let m = pieces.count
        guard n > 0 else { return Result(groups: [], orphans: Array(0..<m), confidence: []) }
        guard m > 0 else { return Result(groups: Array(repeating: 0..<0, count: n), orphans: [], confidence: Array(repeating: 0, count: n)) }
        var width = weights.bandWidth
        while true {
            if let result = align(units: units, pieces: pieces, width: width) { return result }
            if width >= m + n { break }
            width *= 3
        }
        // Unreachable in practice: the full band always has a path (every piece an orphan).
        return Result(groups: Array(repeating: 0..<0, count: n), orphans: Array(0..<m), confidence: Array(repeating: 0, count: n))
    }

    /// One search within `width` pieces of the diagonal; nil when no path fits the band.
    private func align(units: [Unit], pieces: [Piece], width: Int) -> Result? {
        let n = units.count
        let m = pieces.count
        var pieceEnds = [0.0]
        pieceEnds.reserveCapacity(m + 1)
        for piece in pieces { pieceEnds.append((pieceEnds.last ?? 0) + piece.length) }
        var unitEnds = [0.0]
        for unit in units { unitEnds.append((unitEnds.last ?? 0) + unit.length) }
        let totalUnits = max(unitEnds[n], 1)
        let totalPieces = max(pieceEnds[m], 1)
        // The diagonal: for each number of units, the piece count with the same share of length.
        var low = [Int](repeating: 0, count: n + 1)
        var high = [Int](repeating: m, count: n + 1)
        var cursor = 0
        for i in 0...n {
            let share = unitEnds[i] / totalUnits * totalPieces
            while cursor < m, pieceEnds[cursor + 1] <= share { cursor += 1 }
            low[i] = max(0, cursor - width)
            high[i] = min(m, cursor + width)
        }
        low[0] = 0
        high[n] = m
        for i in 1...n { low[i] = max(low[i], low[i - 1]) }
        for i in stride(from: n - 1, through: 0, by: -1) { high[i] = min(high[i], high[i + 1]) }
        for i in 0...n where low[i] > high[i] { return nil }

        // cost[i][j - low[i]]: best cost with i units placed and j pieces used.
        var cost = (0...n).map { [Double](repeating: .infinity, count: high[$0] - low[$0] + 1) }
        var back = (0...n).map { [Int32](repeating: -1, count: high[$0] - low[$0] + 1) }
        // back >= 0: the previous row's piece count (a group); -2: an orphan in this row.
        cost[0][0] = 0
        let boundaryCosts = pieces.map { weights.cutCost($0.boundary) }
        for i in 0...n {
            // Orphans within the row.
            for j in (low[i] + 1)..<(high[i] + 1) {
                // A run of orphans pays the fixed cost once (its pieces may be clauses of one addition).
                let continues = back[i][j - 1 - low[i]] == -2 && pieces[j - 1].boundary != .paragraph
                let candidate = cost[i][j - 1 - low[i]] + orphanCost(pieces[j - 1], continuing: continues)
                if candidate < cost[i][j - low[i]] {
                    cost[i][j - low[i]] = candidate
                    back[i][j - low[i]] = -2
                }
            }
            guard i < n else { break }
            let unit = units[i]
            let scores = pairScores(unit: unit, pieces: pieces, range: low[i]..<high[i + 1])
            let unitCap = unit.profile.anchors.reduce(0.0) { $0 + weights.gain($1.kind) }
            let unitMissTotal = unit.profile.anchors.reduce(0.0) { $0 + weights.miss($1.kind) }
            let maximumLength = unit.length * model.ratio * 4 + 40
            for j in low[i]...high[i] {
                let start = cost[i][j - low[i]]
                guard start.isFinite else { continue }
                var unitGain = 0.0
                var pieceGain = 0.0
                var pieceMiss = 0.0
                var covered = 0.0
                var insideBreaks = 0.0
                var end = j
                while end <= high[i + 1] {
                    if end >= low[i + 1] {
                        let k = end - j
                        let length = pieceEnds[end] - pieceEnds[j]
                        var total = start + model.cost(source: unit.length, target: length)
                        total -= min(unitGain, unitCap) + pieceGain
                        total += pieceMiss + max(0, unitMissTotal - covered) + insideBreaks
                        if k == 0 { total += weights.emptyUnit } else if end < m { total += boundaryCosts[end] }
                        let slot = end - low[i + 1]
                        if total < cost[i + 1][slot] {
                            cost[i + 1][slot] = total
                            back[i + 1][slot] = Int32(j)
                        }
                    }
                    guard end < m, end < high[i + 1] else { break }
                    if end > j, pieces[end].boundary == .paragraph { insideBreaks += weights.unusedParagraphBreak }
                    let score = scores[end - low[i]]
                    unitGain += score.unitGain
                    pieceGain += score.pieceGain
                    pieceMiss += score.pieceMiss
                    covered += score.covered
                    end += 1
                    if pieceEnds[end] - pieceEnds[j] > maximumLength, end - j > 1 { break }
                }
            }
        }
        guard cost[n][m - low[n]].isFinite else { return nil }
        // Trace back.
        var groups = [Range<Int>](repeating: 0..<0, count: n)
        var orphans: [Int] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let pointer = back[i][j - low[i]]
            if pointer == -2 {
                orphans.append(j - 1)
                j -= 1
            } else {
                let start = Int(pointer)
                groups[i - 1] = start..<j
                i -= 1
                j = start
            }
        }
        orphans.reverse()
        let margins = boundaryMargins(units: units, groups: groups, pieces: pieces, pieceEnds: pieceEnds)
        let confidence = (0..<n).map { index in
            let margin = min(margins[index], margins[index + 1])
            return confidenceOf(unit: units[index], group: groups[index], pieces: pieces, pieceEnds: pieceEnds, margin: margin)
        }
        return Result(groups: groups, orphans: orphans, confidence: confidence)
    }

    /// For each cut between two units (index `i` is the cut before unit `i`), how much more the
    /// alignment would cost with that cut one piece earlier or later: a small margin means the
    /// evidence barely decided where the paragraph ends. Infinite at the ends of the text and
    /// next to empty groups (their own marks say enough).
    private func boundaryMargins(units: [Unit], groups: [Range<Int>], pieces: [Piece], pieceEnds: [Double]) -> [Double] {
        var margins = [Double](repeating: .infinity, count: units.count + 1)
        for index in 1..<max(1, units.count) {
            let left = groups[index - 1]
            let right = groups[index]
            guard !left.isEmpty, !right.isEmpty, left.upperBound == right.lowerBound else { continue }
            let current = groupCost(units[index - 1], left, pieces, pieceEnds) + groupCost(units[index], right, pieces, pieceEnds)
            var best = Double.infinity
            for cut in [left.upperBound - 1, left.upperBound + 1] where cut > left.lowerBound && cut < right.upperBound {
                let alternative = groupCost(units[index - 1], left.lowerBound..<cut, pieces, pieceEnds)
                    + groupCost(units[index], cut..<right.upperBound, pieces, pieceEnds)
                best = min(best, alternative - current)
            }
            margins[index] = best
        }
        return margins
    }

    /// The cost the search gives one unit taking `group`, cut after it included.
    private func groupCost(_ unit: Unit, _ group: Range<Int>, _ pieces: [Piece], _ pieceEnds: [Double]) -> Double {
        let length = pieceEnds[group.upperBound] - pieceEnds[group.lowerBound]
        var total = model.cost(source: unit.length, target: length)
        var unitGain = 0.0, covered = 0.0, pieceGain = 0.0, pieceMiss = 0.0
        for index in group {
            let piece = pieces[index]
            if index > group.lowerBound, piece.boundary == .paragraph { total += weights.unusedParagraphBreak }
            for anchor in unit.profile.anchors where piece.profile.matches(anchor) {
                unitGain += weights.gain(anchor.kind)
                covered += weights.miss(anchor.kind)
            }
            for anchor in piece.profile.anchors {
                if unit.profile.matches(anchor) { pieceGain += weights.gain(anchor.kind) } else { pieceMiss += weights.miss(anchor.kind) }
            }
        }
        let unitCap = unit.profile.anchors.reduce(0.0) { $0 + weights.gain($1.kind) }
        let unitMissTotal = unit.profile.anchors.reduce(0.0) { $0 + weights.miss($1.kind) }
        total += pieceMiss + max(0, unitMissTotal - covered) - min(unitGain, unitCap) - pieceGain
        if group.isEmpty { total += weights.emptyUnit } else if group.upperBound < pieces.count { total += weights.cutCost(pieces[group.upperBound].boundary) }
        return total
    }

    private func orphanCost(_ piece: Piece, continuing: Bool) -> Double {
        (continuing ? 0 : weights.orphan) + weights.orphanPerUnit * piece.length / model.ratio
            + piece.profile.anchors.reduce(0.0) { $0 + weights.miss($1.kind) }
    }

    /// What one unit and one piece share.
    struct PairScore {
        var unitGain = 0.0
        var pieceGain = 0.0
        var pieceMiss = 0.0
        var covered = 0.0
    }

    private func pairScores(unit: Unit, pieces: [Piece], range: Range<Int>) -> [PairScore] {
        range.map { index in
            let piece = pieces[index]
            var score = PairScore()
            for anchor in unit.profile.anchors where piece.profile.matches(anchor) {
                score.unitGain += weights.gain(anchor.kind)
                score.covered += weights.miss(anchor.kind)
            }
            for anchor in piece.profile.anchors {
                if unit.profile.matches(anchor) { score.pieceGain += weights.gain(anchor.kind) } else { score.pieceMiss += weights.miss(anchor.kind) }
            }
            return score
        }
    }

    /// Length agreement and anchor agreement of a unit's group, between 0 and 1.
    private func confidenceOf(unit: Unit, group: Range<Int>, pieces: [Piece], pieceEnds: [Double], margin: Double) -> Double {
        guard !group.isEmpty else { return 0 }
        let length = pieceEnds[group.upperBound] - pieceEnds[group.lowerBound]
        let lengthAgreement = model.probability(source: unit.length, target: length)
        var matched = 0.0
        var missed = 0.0
        for anchor in unit.profile.anchors {
            if group.contains(where: { pieces[$0].profile.matches(anchor) }) { matched += weights.gain(anchor.kind) } else { missed += weights.miss(anchor.kind) }
        }
        let anchorAgreement = (matched + 1) / (matched + missed + 1)
        var confidence = 0.4 * lengthAgreement + 0.6 * anchorAgreement
        // A cut the evidence barely preferred: the margin (in nats) scales the confidence.
        confidence *= 1 - exp(-max(0, margin) / weights.marginScale)
        return min(1, max(0, confidence))
    }
}
