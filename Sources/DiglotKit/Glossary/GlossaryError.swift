import Foundation

/// Why a glossary could not be read or written; one line naming the file and the place.
///
/// Line and column are 1-based and count Unicode characters, so an editor's "go to line"
/// lands on the problem. Writers, which have no input position, leave them nil.
public struct GlossaryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line:column: reason`, the form every report uses.
    public var description: String { diagnostic.description }
}

extension GlossaryError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: file, line: line, column: column, kind: .glossary, message: reason) }
}

extension GlossaryError: LocalizedError {
    public var errorDescription: String? { description }
}
