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

    public var description: String {
        if let line { return "\(input):\(line): \(reason)" }
        return "\(input): \(reason)"
    }
}
