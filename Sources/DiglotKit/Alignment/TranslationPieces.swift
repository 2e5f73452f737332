/// The translation cut into the pieces the aligner places: its paragraphs' sentences and,
/// inside a sentence, clauses, each remembering where it came from.
///
/// Clauses let a paragraph boundary of the original fall inside a sentence of the
/// translation (a translator who joined two short paragraphs into one sentence); the
/// aligner charges for such a cut, so it happens only where the anchors ask for it.
struct TranslationPieces: Sendable {
    /// One piece: a stretch of one translation block's plain text.
    struct Piece: Sendable {
        /// Index of the block in the translation document.
        var block: Int
        /// UTF-16 offsets within the block's plain text.
        var range: Range<Int>
        var text: String
        var boundary: MonotoneAligner.Boundary
        /// Index of the sentence the piece belongs to, counted over the whole translation.
        var sentence: Int
    }

    var pieces: [Piece] = []

    /// The blocks of `translation` with text, in order, cut into sentences (by the rules for
    /// `language`) and clauses.
    init(translation: Document, language: LanguageTag, clauses: Bool) {
        let segmenter = SentenceSegmenter()
        var sentenceNumber = 0
        for (blockIndex, block) in translation.blocks.enumerated() {
            if case .separator = block.role { continue }
            let text = block.plainText
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            var offset = 0
            var first = true
            for sentence in segmenter.sentences(in: text, language: language) {
                let parts = clauses ? Self.clauses(of: sentence) : [sentence]
                for (partIndex, part) in parts.enumerated() {
                    let length = part.utf16.count
                    defer { offset += length }
                    guard part.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                        // White space alone joins the piece before.
                        if let last = pieces.indices.last, pieces[last].block == blockIndex {
                            pieces[last].range = pieces[last].range.lowerBound..<(offset + length)
                            pieces[last].text += part
                        }
                        continue
                    }
                    let boundary: MonotoneAligner.Boundary = first ? .paragraph : (partIndex == 0 ? .sentence : .clause)
                    pieces.append(Piece(block: blockIndex, range: offset..<(offset + length), text: part,
                                        boundary: boundary, sentence: sentenceNumber))
                    first = false
                }
                sentenceNumber += 1
            }
        }
    }

    /// A sentence cut after each comma, semicolon or colon that has text on both sides (and,
    /// in Latin script, a space after it); the pieces join back to the sentence.
    static func clauses(of sentence: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var scalars = sentence.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            current.unicodeScalars.append(scalar)
            pending = scalars.next()
            let isWide = "，；：、".unicodeScalars.contains(scalar)
            let isNarrow = ",;:".unicodeScalars.contains(scalar) && pending == " "
            if isWide || isNarrow {
                if isNarrow, let space = pending {
                    current.unicodeScalars.append(space)
                    pending = scalars.next()
                }
                if scalar.value == 0x3001 { continue }
                if current.unicodeScalars.filter(ScriptClass.isLetter).count >= 2 {
                    parts.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty {
            if current.unicodeScalars.contains(where: ScriptClass.isLetter) || parts.isEmpty {
                parts.append(current)
            } else if let last = parts.indices.last {
                parts[last] += current
            }
        }
        return parts
    }
}
