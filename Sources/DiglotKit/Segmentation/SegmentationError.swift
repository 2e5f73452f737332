import Foundation

/// A rule list that did not compile.
public struct SegmentationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var rules: String
    public var pattern: String
    public var message: String

    public var description: String { "segmentation rules \(rules): bad pattern \(pattern): \(message)" }
}

extension SegmentationError: LocalizedError {
    public var errorDescription: String? { description }
}
