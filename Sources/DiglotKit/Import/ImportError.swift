import Foundation

/// Why a returned XLIFF file cannot be merged: one line naming the file, the place and,
/// when it concerns one unit, the unit — and what to do about it.
public struct ImportError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var unit: String?
    public var message: String

    public init(file: String, line: Int? = nil, unit: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.unit = unit
        self.message = message
    }

    public var description: String { diagnostic.description }
}

extension ImportError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: file, line: line, unit: unit, kind: .import, message: message) }
}

extension ImportError: LocalizedError {
    public var errorDescription: String? { description }
}
