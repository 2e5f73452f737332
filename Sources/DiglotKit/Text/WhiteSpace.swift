extension Unicode.Scalar {
    /// Unicode's White_Space property, the answer `properties.isWhitespace` gives, without its
    /// property-table lookup (which was a sixth of an ebook build's instructions): tab through
    /// carriage return, space, next line, no-break space, ogham space mark, the spaces
    /// U+2000–U+200A, line and paragraph separators, narrow no-break space, medium
    /// mathematical space and ideographic space. A test compares it on every scalar.
    @inline(__always)
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x85: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Empty or nothing but white space. Scalar by scalar, so no grapheme breaking; a
    /// combining mark on a space counts as text.
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }
}

extension String {
    /// The text with every white-space scalar taken out. Works on the UTF-8 bytes, copying
    /// the runs between white space; text without any is returned as it is.
    var removingWhiteSpace: String {
        var text = self
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let length = WhiteSpace.length(at: index, in: bytes)
                if length == 0 {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += length
                runStart = index
            }
            guard runStart > 0 else { return self }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `removingWhiteSpace == other.removingWhiteSpace`, without building either string when
    /// the answer shows on the bytes: the same bytes outside white space are equal text, and
    /// different ASCII is different text. Other text is compared as Strings (canonically).
    func equalsIgnoringWhiteSpace(_ other: String) -> Bool {
        var left = self, right = other
        let answer: Bool? = left.withUTF8 { a in
            right.withUTF8 { b in
                var i = 0, j = 0
                while true {
                    while i < a.count, case let length = WhiteSpace.length(at: i, in: a), length > 0 { i += length }
                    while j < b.count, case let length = WhiteSpace.length(at: j, in: b), length > 0 { j += length }
                    if i == a.count || j == b.count { break }
                    guard a[i] == b[j] else {
                        // Decide on the rest: ASCII never composes with what precedes it, so
                        // different ASCII rests can only be different text.
                        return a[i...].contains { $0 >= 0x80 } || b[j...].contains { $0 >= 0x80 } ? nil : false
                    }
                    i += 1
                    j += 1
                }
                if i == a.count && j == b.count { return true }
                return nil
            }
        }
        return answer ?? (removingWhiteSpace == other.removingWhiteSpace)
    }

    /// The words of the text (split at whitespace `Character`s) joined by single spaces:
    /// `split(whereSeparator: \.isWhitespace).joined(separator: " ")`, usually on bytes.
    ///
    /// Text whose scalars are each a whole `Character` (`SimpleCharacters`) is split on its UTF-8
    /// bytes, leaving text that needs no change untouched; other text is split Character by
    /// Character as before, since a whitespace Character can carry combining marks.
    var collapsingWhiteSpace: String {
        let text = self
        guard text.hasSimpleCharacters else { return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        var utf8 = text
        let collapsed: [UInt8]? = utf8.withUTF8 { bytes in
            // Most texts already have single spaces between words only: check before copying.
            guard WhiteSpace.needsCollapsing(bytes) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var changed = false
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let spaceLength = SimpleCharacters.whitespaceLength(at: index, in: bytes)
                if spaceLength > 0 {
                    // A separator other than one space between two words changes the text.
                    changed = changed || pendingSpace || output.isEmpty || bytes[index] != 0x20
                    pendingSpace = true
                    index += spaceLength
                    continue
                }
                var end = index + 1
                while end < bytes.count, !SimpleCharacters.mayStartWhitespace(bytes[end]) { end += 1 }
                if pendingSpace, !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
            return changed || pendingSpace ? output : nil
        }
        return collapsed.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}

/// White space found in UTF-8 bytes.
enum WhiteSpace {
    /// The byte length of the White_Space scalar that starts at `index`, or 0. A
    /// continuation byte never starts one, so any position in valid UTF-8 may be asked.
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 ? 1 : 0 }
        switch byte {
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            switch (byte, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0                       // U+1680
            case (0xE2, 0x80):                                                      // U+2000–U+200A, U+2028, U+2029, U+202F
                return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0                       // U+205F
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0                       // U+3000
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Whether simple-character text has whitespace other than single spaces between words.
    static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true  // whitespace at the start changes the text
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard SimpleCharacters.mayStartWhitespace(byte) else {
                previousWasSpace = false
                index += 1
                continue
            }
            let spaceLength = SimpleCharacters.whitespaceLength(at: index, in: bytes)
            if spaceLength == 0 {
                previousWasSpace = false
                index += 1
                continue
            }
            if previousWasSpace || byte != 0x20 { return true }
            previousWasSpace = true
            index += spaceLength
        }
        return previousWasSpace && !bytes.isEmpty
    }
}
