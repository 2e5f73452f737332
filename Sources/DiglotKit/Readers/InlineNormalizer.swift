/// Normalises a block's inline runs the way a browser renders them, CJK-aware.
///
/// Runs of collapsible whitespace become one space; whitespace at the block's edges and around
/// line breaks disappears; a source line break between two Chinese or Japanese characters
/// disappears entirely (CSS Text 3, segment break transformation), so text wrapped over lines
/// in the HTML does not get stray spaces. Spaces the author typed between Chinese words are
/// kept (headlines use them as separators). Empty paired codes are dropped and code IDs are
/// renumbered 1… in order, so IDs depend only on the block's own content.
enum InlineNormalizer {
    /// Idempotent: normalising normalised runs changes nothing (`TextFastPathEquivalenceTests`).
    /// Preformatted runs keep their whitespace; the line break that may follow `<pre>` is the
    /// caller's to drop (`trimPreformatted`), once.
    static func normalise(_ runs: [InlineRun], preformatted: Bool = false) -> [InlineRun] {
        let spaced = preformatted ? runs : collapseWhitespace(runs)
        return renumber(mergeText(dropEmptyPairs(trimEdges(spaced, keepingIndentation: preformatted))))
    }

    /// Whitespace collapsing with the segment-break rule.
    ///
    /// Works on UTF-8 bytes: the collapsible characters are ASCII, so only the scalars on either
    /// side of a collapsed line break are decoded. A text run that needs no change is kept as is.
    static func collapseWhitespace(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        output.reserveCapacity(runs.count)
        var atLineStart = true
        /// Index in `output` of the text run ending with a pending collapsed space, or -1 for
        /// the run being built; and whether the collapsed whitespace held a line break.
        var pending: (index: Int, hadBreak: Bool)?
        /// The last non-space scalar, read only when a collapsed line break ends: kept current
        /// where whitespace starts and where a run ends.
        var lastScalar: Unicode.Scalar?
        var current: [UInt8] = []

        func dropPendingSpace(_ current: inout [UInt8]) {
            guard let space = pending else { return }
            if space.index < 0 {
                if current.last == 0x20 { current.removeLast() }
            } else if case .text(let text) = output[space.index] {
                var scalars = text.unicodeScalars
                if scalars.last == " " { scalars.removeLast() }
                output[space.index] = .text(String(scalars))
            }
            pending = nil
        }

        for run in runs {
            switch run {
            case .text(let original):
                var text = original
                // Until the first change the output is the input's bytes so far, and nothing is
                // copied; most runs (and every run on the second pass) need no change.
                var isCopied = false
                text.withUTF8 { bytes in
                    func copy(upTo index: Int) {
                        guard !isCopied else { return }
                        current.removeAll(keepingCapacity: true)
                        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<index]))
                        isCopied = true
                    }
                    var index = 0
                    while index < bytes.count {
                        let byte = bytes[index]
                        if isCollapsible(byte) {
                            if index > 0, !isCollapsible(bytes[index - 1]) { lastScalar = scalar(endingAt: index, in: bytes) }
                            let isBreak = byte == 0x0A || byte == 0x0D
                            if atLineStart || pending != nil {
                                if pending != nil, isBreak { pending?.hadBreak = true }
                                copy(upTo: index)
                                index += 1
                                continue
                            }
                            pending = (-1, isBreak)
                            if byte != 0x20 || isCopied {
                                copy(upTo: index)
                                current.append(0x20)
                            }
                            index += 1
                            continue
                        }
                        if let space = pending {
                            if space.hadBreak, let last = lastScalar,
                               ScriptClass.dropsLineBreakBetween(last, scalar(startingAt: index, in: bytes)) {
                                if space.index < 0 { copy(upTo: index) }
                                dropPendingSpace(&current)
                            }
                            pending = nil
                        }
                        // Up to the next collapsible byte, which is ASCII and so on a scalar boundary.
                        var end = index + 1
                        while end < bytes.count, !isCollapsible(bytes[end]) { end += 1 }
                        if isCopied { current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end])) }
                        atLineStart = false
                        index = end
                    }
                    if let last = bytes.last, !isCollapsible(last) { lastScalar = scalar(endingAt: bytes.count, in: bytes) }
                }
                if pending?.index == -1 { pending?.index = output.count }
                output.append(.text(isCopied ? String(decoding: current, as: UTF8.self) : original))
            case .placeholder(let code) where code.kind == .lineBreak:
                var none: [UInt8] = []
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
        var none: [UInt8] = []
        dropPendingSpace(&none)
        return output
    }

    /// Whitespace that HTML collapses (`ScriptClass.isCollapsibleSpace`), as a UTF-8 byte.
    @inline(__always)
    private static func isCollapsible(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Bytes in the UTF-8 sequence that starts with `lead`.
    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The scalar whose UTF-8 sequence starts at `index` of valid UTF-8.
    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = bytes[index]
        let length = sequenceLength(lead)
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The scalar whose UTF-8 sequence ends just before `end` of valid UTF-8.
    private static func scalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }

    /// `<pre>`: keep whitespace, drop the newline right after the start tag and trailing space.
    static func trimPreformatted(_ runs: [InlineRun]) -> [InlineRun] {
        var output = runs
        if let first = output.firstIndex(where: { if case .text = $0 { true } else { false } }),
           case .text(let text) = output[first] {
            var trimmed = Substring(text)
            // "\r\n" is a single Character, so one drop removes either kind of line break.
            if trimmed.first == "\r\n" || trimmed.first == "\n" { trimmed = trimmed.dropFirst() }
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
                // A Character is whitespace when its first scalar is.
                if let first = text.unicodeScalars.first, !first.isWhiteSpace { break }
                let trimmed = text.drop(while: { $0.isWhitespace })
                if trimmed.startIndex != text.startIndex { output[index] = .text(String(trimmed)) }
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
                if endsWithSimpleNonSpace(text) { break }
                var end = text.endIndex
                while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                if end != text.endIndex { output[index] = .text(String(text[..<end])) }
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

    /// Whether the last Character is a single simple scalar that is not whitespace: it is when
    /// that scalar and the one before are simple (`SimpleCharacters`), as both then stand alone.
    private static func endsWithSimpleNonSpace(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, SimpleCharacters.contains(last), !last.isWhiteSpace else { return false }
        let lastIndex = scalars.index(before: scalars.endIndex)
        return lastIndex == scalars.startIndex || SimpleCharacters.contains(scalars[scalars.index(before: lastIndex)])
    }

    /// Drops open/close pairs with nothing between them (after whitespace handling).
    static func dropEmptyPairs(_ runs: [InlineRun]) -> [InlineRun] {
        if !hasEmptyTextOrPair(runs) { return runs }
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

    /// Whether `dropEmptyPairs` has anything to drop: only an empty text or an open code right
    /// before its close starts the removals (each later removal follows from an earlier one).
    private static func hasEmptyTextOrPair(_ runs: [InlineRun]) -> Bool {
        var previousOpenID: Int?
        for run in runs {
            switch run {
            case .text(let text):
                if text.isEmpty { return true }
                previousOpenID = nil
            case .open(let code): previousOpenID = code.id
            case .close(let code):
                if previousOpenID == code.id { return true }
                previousOpenID = nil
            case .placeholder: previousOpenID = nil
            }
        }
        return false
    }

    /// Joins adjacent text runs, appending in place (linear even for thousands of fragments).
    static func mergeText(_ runs: [InlineRun]) -> [InlineRun] {
        if !hasAdjacentTexts(runs) { return runs }
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

    /// Whether two text runs stand next to each other (`mergeText` would join them).
    private static func hasAdjacentTexts(_ runs: [InlineRun]) -> Bool {
        var previousIsText = false
        for run in runs {
            let isText = if case .text = run { true } else { false }
            if isText, previousIsText { return true }
            previousIsText = isText
        }
        return false
    }

    /// Renumbers code IDs 1… in order of first appearance.
    static func renumber(_ runs: [InlineRun]) -> [InlineRun] {
        if isNumberedInOrder(runs) { return runs }
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

    /// Whether the IDs already first appear as 1, 2, 3, … (renumbering would change nothing).
    private static func isNumberedInOrder(_ runs: [InlineRun]) -> Bool {
        var next = 1
        for run in runs {
            let id: Int
            switch run {
            case .text: continue
            case .open(let code), .close(let code), .placeholder(let code): id = code.id
            }
            // Every ID below `next` has appeared (as itself); `next` itself is a first appearance.
            if id == next { next += 1 } else if id > next || id < 1 { return false }
        }
        return true
    }
}
