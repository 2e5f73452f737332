/// Builds a unit's target from the pieces of the translation it received, with the
/// translation's inline markup where the original has a counterpart.
///
/// A code of the translation is kept when both its ends fall inside the unit and the
/// original unit has an unused code of the same kind (for links, one with the same address
/// first, then the next link in order); it then takes that code's ID, so the importer
/// restores the original element. Other markup is dropped, its text kept.
struct TargetAssembler: Sendable {
    let translation: Document
    let pieces: [TranslationPieces.Piece]
    let targetCJK: Bool

    /// One run list per group of pieces (a unit's segments), in order.
    func segments(for groups: [Range<Int>], codesOf block: Block) -> [[InlineRun]] {
        var available = Self.codes(of: block.runs)
        return groups.enumerated().map { index, group in
            var runs: [InlineRun] = []
            var start = group.lowerBound
            while start < group.upperBound {
                var end = start + 1
                while end < group.upperBound, pieces[end].block == pieces[start].block { end += 1 }
                let block = translation.blocks[pieces[start].block]
                let slice = Self.slice(block.runs, pieces[start].range.lowerBound..<pieces[end - 1].range.upperBound)
                if !runs.isEmpty, !targetCJK { runs.append(.text(" ")) }
                runs.append(contentsOf: slice)
                start = end
            }
            runs = Self.remap(runs, onto: &available)
            runs = Self.trimmed(runs)
            if !targetCJK, index < groups.count - 1, !runs.isEmpty { runs.append(.text(" ")) }
            return Self.merged(runs)
        }
    }

    /// The runs between two UTF-16 offsets of the plain text; codes kept only when both ends
    /// (or the placeholder) fall inside.
    static func slice(_ runs: [InlineRun], _ range: Range<Int>) -> [InlineRun] {
        var result: [InlineRun] = []
        var offset = 0
        for run in runs {
            switch run {
            case .text(let text):
                let utf16 = Array(text.utf16)
                let low = max(range.lowerBound, offset)
                let high = min(range.upperBound, offset + utf16.count)
                if low < high { result.append(.text(String(decoding: utf16[(low - offset)..<(high - offset)], as: UTF16.self))) }
                offset += utf16.count
            case .open, .placeholder:
                if offset >= range.lowerBound, offset < range.upperBound { result.append(run) }
            case .close:
                if offset > range.lowerBound, offset <= range.upperBound { result.append(run) }
            }
        }
        // Drop halves whose partner fell outside.
        var opened: Set<Int> = []
        var closed: Set<Int> = []
        for run in result {
            if case .open(let code) = run { opened.insert(code.id) }
            if case .close(let code) = run { closed.insert(code.id) }
        }
        return result.filter { run in
            switch run {
            case .open(let code), .close(let code): opened.contains(code.id) && closed.contains(code.id)
            default: true
            }
        }
    }

    /// The original's codes, in order: paired codes once, placeholders once.
    static func codes(of runs: [InlineRun]) -> [InlineCode] {
        runs.compactMap { run in
            switch run {
            case .open(let code), .placeholder(let code): code
            default: nil
            }
        }
    }

    /// Gives the translation's codes the IDs of corresponding original codes, dropping the
    /// ones without a counterpart; `available` loses the codes used.
    static func remap(_ runs: [InlineRun], onto available: inout [InlineCode]) -> [InlineRun] {
        var mapping: [Int: InlineCode] = [:]
        var result: [InlineRun] = []
        func counterpart(of code: InlineCode) -> InlineCode? {
            let sameKind = available.indices.filter { available[$0].kind == code.kind }
            let chosen = code.kind == .link || code.kind == .image
                ? sameKind.first { available[$0].attribute("href") == code.attribute("href") && available[$0].attribute("src") == code.attribute("src") }
                    ?? sameKind.first
                : sameKind.first
            guard let chosen else { return nil }
            return available.remove(at: chosen)
        }
        for run in runs {
            switch run {
            case .text: result.append(run)
            case .open(let code):
                if let original = counterpart(of: code) {
                    mapping[code.id] = original
                    result.append(.open(original))
                }
            case .close(let code):
                if let original = mapping[code.id] { result.append(.close(original)) }
            case .placeholder(let code):
                if let original = counterpart(of: code) { result.append(.placeholder(original)) }
            }
        }
        return result
    }

    /// White space trimmed at both ends of the run list.
    static func trimmed(_ runs: [InlineRun]) -> [InlineRun] {
        var result = runs
        if let first = result.firstIndex(where: { if case .text = $0 { true } else { false } }), case .text(let text) = result[first] {
            result[first] = .text(String(text.drop(while: \.isWhitespace)))
        }
        if let last = result.lastIndex(where: { if case .text = $0 { true } else { false } }), case .text(let text) = result[last] {
            var trimmed = Substring(text)
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            result[last] = .text(String(trimmed))
        }
        return merged(result)
    }

    /// Adjacent text runs joined, empty ones removed.
    static func merged(_ runs: [InlineRun]) -> [InlineRun] {
        var result: [InlineRun] = []
        for run in runs {
            if case .text(let text) = run {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(run)
        }
        return result
    }
}
