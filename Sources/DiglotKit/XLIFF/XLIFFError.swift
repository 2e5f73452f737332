import Foundation

/// Why an XLIFF file could not be written or its Diglot data could not be read back.
///
/// One line, naming the file (or `<writer>`), the place in it when the parser gave one, and,
/// when known, the unit. The place stays typed (`line`, `column`) so the diagnostic carries
/// it; it is never written into `file`.
public struct XLIFFError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line where libxml2 stopped, for a file that is not well-formed XML.
    public var line: Int?
    /// 1-based column within `line`, when libxml2 gives one.
    public var column: Int?
    public var unit: UnitID?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, unit: UnitID? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.unit = unit
        self.message = message
    }

    public var description: String { diagnostic.description }
}

extension XLIFFError: DiagnosticConvertible {
    public var diagnostic: Diagnostic {
        Diagnostic(file: file, line: line, column: column, unit: unit.map { "\($0)" }, kind: .xliff, message: message)
    }
}

extension XLIFFError: LocalizedError {
    public var errorDescription: String? { description }
}
