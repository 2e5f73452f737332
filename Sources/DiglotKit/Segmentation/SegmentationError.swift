import Foundation

/// A rule list that did not compile.
public struct SegmentationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var rules: String
    public var pattern: String
    public var message: String

    public var description: String { diagnostic.description }
}

extension SegmentationError: DiagnosticConvertible {
    public var diagnostic: Diagnostic {
        Diagnostic(file: "segmentation rules \(rules)", kind: .segmentation, message: "bad pattern \(pattern): \(message)")
    }
}

extension SegmentationError: LocalizedError {
    public var errorDescription: String? { description }
}
