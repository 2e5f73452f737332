/// Reads plain text: paragraphs separated by blank lines or, in a file without a blank line,
/// one paragraph per line.
///
/// Plain text is how translations and kept-back article pairs often travel (a newsroom's
/// copy, a corpus line file). A paragraph wrapped over several lines is joined the way a
/// browser joins them: one space between Latin words, nothing between Chinese characters.
/// The first paragraph is the headline when it looks like one (one short line with no
/// sentence-ending punctuation); every paragraph is a unit either way.
public struct PlainTextReader: DocumentReader {
    public var format: InputFormat { .plainText }

    public init() {}

    /// The longest first line still taken for a headline, in Characters.
    static let headlineLength = 200

    public func read(_ input: SniffedInput) throws(ReaderError) -> [Document] {
        let source = input.source
        let text = String(decoding: try input.text().utf8, as: UTF8.self)
        let paragraphs = Self.paragraphs(in: text)
        var body = paragraphs.map { ExtractedBlock(role: .paragraph, runs: InlineNormalizer.normalise([.text($0.text)])) }
            .filter { !$0.plainText.isEmpty }
        var title: String?
        if body.count > 1, let first = paragraphs.first, first.lines == 1, Self.looksLikeHeadline(body[0].plainText) {
            title = body[0].plainText
            body.removeFirst()
        }
        let metadata = ArticleMetadata(title: title, sourceLanguage: "und", origin: source.name)
        let document = try DocumentAssembler(input: source.name).document(title: title, blocks: body, metadata: metadata,
                                                                         forcedLanguage: source.language)
        return [document]
    }

    /// One paragraph of the file and how many lines it spans.
    struct Paragraph: Equatable {
        var text: String
        var lines: Int
    }

    /// Paragraphs separated by blank lines when the text has one, else one per line. Line
    /// ends may be LF, CRLF or CR; a line of only white space is blank.
    static func paragraphs(in text: String) -> [Paragraph] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let isBlank: (Substring) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        let firstText = lines.firstIndex { !isBlank($0) } ?? lines.endIndex
        let lastText = lines.lastIndex { !isBlank($0) } ?? lines.startIndex
        let hasBlankLine = firstText < lastText && lines[firstText...lastText].contains(where: isBlank)
        guard hasBlankLine else {
            return lines.filter { !isBlank($0) }.map { Paragraph(text: String($0), lines: 1) }
        }
        var paragraphs: [Paragraph] = []
        var current: [Substring] = []
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { paragraphs.append(Paragraph(text: current.joined(separator: "\n"), lines: current.count)) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(Paragraph(text: current.joined(separator: "\n"), lines: current.count)) }
        return paragraphs
    }

    /// A short line that does not end like a sentence.
    static func looksLikeHeadline(_ text: String) -> Bool {
        guard TextClassifier.hasAtMost(headlineLength, charactersIn: text), let last = text.last else { return false }
        return !".。!！?？…:：;；,，\"”’'」』)）".contains(last)
    }

    /// Whether bytes that are no other format are text: no NUL byte and not UTF-16 without a
    /// byte-order mark (those get their own errors from the article reader).
    static func looksLikeText(_ head: [UInt8]) -> Bool {
        !head.contains(0) && !TextEncodingSniffer.looksLikeUTF16WithoutBOM(head)
    }
}
