import Foundation

/// Why an EPUB could not be written; one line.
public enum EPUBError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The book has no chapters.
    case emptyBook
    /// An XHTML or package document could not be written.
    case markup(XMLError)
    /// The zip container could not be built.
    case container(XMLError)

    public var description: String {
        switch self {
        case .emptyBook: "the book has no chapters; give at least one article"
        case .markup(let error): "cannot write the EPUB's XHTML: \(error)"
        case .container(let error): "cannot zip the EPUB: \(error)"
        }
    }

    public var errorDescription: String? { description }
}

extension EPUBError: DiagnosticConvertible {
    /// A book has no input position: the message stands alone.
    public var diagnostic: Diagnostic { Diagnostic(file: "", kind: .epub, message: description) }
}
