import Foundation

/// Turns one input into documents. Readers never segment, annotate or translate.
///
/// An article file gives one document; a feed gives one per item that has text. A reader
/// reads what `SniffedInput` decided (encoding, byte-order mark, a feed item's header) and
/// never looks at the bytes for those again.
public protocol DocumentReader: Sendable {
    /// The format this reader handles, the one `SniffedInput` detected before `read` is called.
    var format: InputFormat { get }
    func read(_ input: SniffedInput) throws(ReaderError) -> [Document]
    /// The input opened for reading article by article; by default every article read at once.
    func open(_ input: SniffedInput) throws(ReaderError) -> OpenedInput
}

extension DocumentReader {
    public func open(_ input: SniffedInput) throws(ReaderError) -> OpenedInput {
        OpenedInput(name: input.name, documents: try read(input))
    }

    /// Reads `source` as this reader's format, whatever detection would call it.
    public func read(_ source: InputSource) throws(ReaderError) -> [Document] {
        try read(SniffedInput(source, as: format))
    }

    /// Opens `source` as this reader's format, whatever detection would call it.
    public func open(_ source: InputSource) throws(ReaderError) -> OpenedInput {
        try open(SniffedInput(source, as: format))
    }
}

/// Bytes of one input together with the name used in messages and output file names.
public struct InputSource: Sendable {
    /// File name or path as the user gave it (`-` for standard input).
    public var name: String
    public var bytes: [UInt8]
    /// Source language forced by `--from`; when nil the reader detects it from the text.
    public var language: LanguageTag?

    public init(name: String, bytes: [UInt8], language: LanguageTag? = nil) {
        self.name = name
        self.bytes = bytes
        self.language = language
    }
}

/// The input formats Diglot reads, recognised from content, never from the file name.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// `<!--epoch-ms-->`, `[title](url)`, a dashed rule, then the HTML body (see `Samples/`).
    case feedItem
    /// An HTML page or fragment.
    case html
    /// RSS 2.0, RSS 1.0 (RDF) or Atom.
    case feed
    /// Plain text: paragraphs separated by blank lines, else one per line.
    case plainText
}

/// Why an input could not be read; one line, naming the input.
public struct ReaderError: Error, Hashable, Sendable, CustomStringConvertible {
    public var input: String
    public var line: Int?
    /// Column within `line`, when the parser reports one.
    public var column: Int?
    public var reason: String

    public init(input: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.input = input
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `input:line:column: reason`, written by `Diagnostic` like every other error's.
    public var description: String { diagnostic.description }
}

extension ReaderError {
    /// The reader's error for text that could not be decoded: same input, same reason.
    init(_ error: TextDecodingError) {
        self.init(input: error.input, reason: error.reason)
    }
}

extension ReaderError: LocalizedError {
    public var errorDescription: String? { description }
}
