/// Why a pair could not be aligned; one line naming the input.
public struct AlignmentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var input: String
    public var line: Int?
    public var reason: String

    public init(input: String, line: Int? = nil, reason: String) {
        self.input = input
        self.line = line
        self.reason = reason
    }

    public var description: String { diagnostic.description }
}

extension AlignmentError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: input, line: line, kind: .alignment, message: reason) }
}
