/// Normalises a block's inline runs the way a browser renders them, CJK-aware.
///
/// Runs of collapsible whitespace become one space; whitespace at the block's edges and around
/// line breaks disappears; a source line break between two Chinese or Japanese characters
/// disappears entirely (CSS Text 3, segment break transformation), so text wrapped over lines
/// in the HTML does not get stray spaces. Spaces the author typed between Chinese words are
/// kept (headlines use them as separators). Empty paired codes are dropped and code IDs are
/// renumbered 1… in order, so IDs depend only on the block's own content.
enum InlineNormalizer {
    static func normalise(_ runs: [InlineRun], preformatted: Bool = false) -> [InlineRun] {
        let spaced = preformatted ? trimPreformatted(runs) : collapseWhitespace(runs)
        return renumber(mergeText(dropEmptyPairs(trimEdges(spaced, keepingIndentation: preformatted))))
    }

    /// Whitespace collapsing with the segment-break rule.
    static func collapseWhitespace(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        output.reserveCapacity(runs.count)
        var atLineStart = true
        /// Index in `output` of the text run ending with a pending collapsed space, or -1 for
        /// the run being built; and whether the collapsed whitespace held a line break.
        var pending: (index: Int, hadBreak: Bool)?
        var lastScalar: Unicode.Scalar?

        func dropPendingSpace(_ current: inout String.UnicodeScalarView) {
            guard let space = pending else { return }
            if space.index < 0 {
                if current.last == " " { current.removeLast() }
            } else if case .text(let text) = output[space.index] {
                var scalars = text.unicodeScalars
                if scalars.last == " " { scalars.removeLast() }
                output[space.index] = .text(String(scalars))
            }
            pending = nil
        }

        for run in runs {
            switch run {
            case .text(let text):
                var current = String.UnicodeScalarView()
                for scalar in text.unicodeScalars {
                    if ScriptClass.isCollapsibleSpace(scalar) {
                        if atLineStart { continue }
                        if pending != nil {
                            if ScriptClass.isLineBreak(scalar) { pending?.hadBreak = true }
                            continue
                        }
                        pending = (-1, ScriptClass.isLineBreak(scalar))
                        current.append(" ")
                        continue
                    }
                    if let space = pending {
                        if space.hadBreak, let last = lastScalar, ScriptClass.dropsLineBreakBetween(last, scalar) {
                            dropPendingSpace(&current)
                        }
                        pending = nil
                    }
                    current.append(scalar)
                    lastScalar = scalar
                    atLineStart = false
                }
                if pending?.index == -1 { pending?.index = output.count }
                output.append(.text(String(current)))
            case .placeholder(let code) where code.kind == .lineBreak:
                var none = String.UnicodeScalarView()
                dropPendingSpace(&none)
                output.append(run)
                atLineStart = true
                lastScalar = nil
            case .placeholder:
                // An inline image is content: spaces on either side of it are separate.
                output.append(run)
                atLineStart = false
                lastScalar = nil
                pending = nil
            case .open, .close:
                output.append(run)
            }
        }
        var none = String.UnicodeScalarView()
        dropPendingSpace(&none)
        return output
    }

    /// `<pre>`: keep whitespace, drop the newline right after the start tag and trailing space.
    static func trimPreformatted(_ runs: [InlineRun]) -> [InlineRun] {
        var output = runs
        if let first = output.firstIndex(where: { if case .text = $0 { true } else { false } }),
           case .text(let text) = output[first] {
            var trimmed = Substring(text)
            if trimmed.hasPrefix("\r\n") { trimmed = trimmed.dropFirst(2) } else if trimmed.hasPrefix("\n") { trimmed = trimmed.dropFirst() }
            output[first] = .text(String(trimmed))
        }
        return output
    }

    /// Removes whitespace (including no-break and ideographic spaces) and line breaks at both edges.
    static func trimEdges(_ runs: [InlineRun], keepingIndentation: Bool = false) -> [InlineRun] {
        var output = runs
        var index = 0
        while !keepingIndentation, index < output.count {
            if case .text(let text) = output[index] {
                let trimmed = text.drop(while: { $0.isWhitespace })
                output[index] = .text(String(trimmed))
                if !trimmed.isEmpty { break }
            } else if case .placeholder(let code) = output[index], code.kind == .lineBreak {
                output.remove(at: index)
                continue
            } else if case .placeholder = output[index] {
                break
            }
            index += 1
        }
        index = output.count - 1
        while index >= 0 {
            if case .text(let text) = output[index] {
                var end = text.endIndex
                while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                output[index] = .text(String(text[..<end]))
                if end > text.startIndex { break }
            } else if case .placeholder(let code) = output[index], code.kind == .lineBreak {
                output.remove(at: index)
            } else if case .placeholder = output[index] {
                break
            }
            index -= 1
        }
        return output
    }

    /// Drops open/close pairs with nothing between them (after whitespace handling).
    static func dropEmptyPairs(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        output.reserveCapacity(runs.count)
        for run in runs {
            if case .text(let text) = run, text.isEmpty { continue }
            if case .close(let code) = run, case .open(let opened)? = output.last, opened.id == code.id {
                output.removeLast()
                continue
            }
            output.append(run)
        }
        return output
    }

    /// Joins adjacent text runs, appending in place (linear even for thousands of fragments).
    static func mergeText(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        output.reserveCapacity(runs.count)
        var pending: String?
        for run in runs {
            if case .text(let text) = run {
                if pending == nil { pending = text } else { pending?.append(text) }
                continue
            }
            if let text = pending { output.append(.text(text)); pending = nil }
            output.append(run)
        }
        if let text = pending { output.append(.text(text)) }
        return output
    }

    /// Renumbers code IDs 1… in order of first appearance.
    static func renumber(_ runs: [InlineRun]) -> [InlineRun] {
        var mapping: [Int: Int] = [:]
        func newID(_ old: Int) -> Int {
            if let id = mapping[old] { return id }
            let id = mapping.count + 1
            mapping[old] = id
            return id
        }
        return runs.map { run in
            switch run {
            case .text: return run
            case .open(var code): code.id = newID(code.id); return .open(code)
            case .close(var code): code.id = newID(code.id); return .close(code)
            case .placeholder(var code): code.id = newID(code.id); return .placeholder(code)
            }
        }
    }
}
