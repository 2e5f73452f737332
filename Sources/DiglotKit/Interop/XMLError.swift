/// A failure inside libxml2 or libzip, with the place in the input when libxml2 gives one.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the one-line form used in every report.
    public var description: String { diagnostic.description }
}

extension XMLError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: file, line: line, column: column, kind: .xml, message: message) }
}
