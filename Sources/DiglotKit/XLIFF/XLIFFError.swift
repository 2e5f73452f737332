import Foundation

/// Why an XLIFF file could not be written or its Diglot data could not be read back.
///
/// One line, naming the file (or `<writer>`) and, when known, the unit.
public struct XLIFFError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var unit: UnitID?
    public var message: String

    public init(file: String, unit: UnitID? = nil, message: String) {
        self.file = file
        self.unit = unit
        self.message = message
    }

    public var description: String { diagnostic.description }
}

extension XLIFFError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(file: file, unit: unit.map { "\($0)" }, kind: .xliff, message: message) }
}

extension XLIFFError: LocalizedError {
    public var errorDescription: String? { description }
}
