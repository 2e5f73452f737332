/// Output stems that never collide: the first input named `story` in a directory keeps
/// `story`, the next ones get `story-2`, `story-3`, … in input order.
///
/// Stems are compared without letter case, so two outputs never differ only by case (one
/// file on a case-insensitive disk). The rule is the same for every command; what differs is
/// only where outputs go: export and align write into one directory, import writes next to
/// each XLIFF unless given a directory, so two XLIFF files of one name in two folders keep it.
public struct UniqueStems: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The stem to use for `stem` in `directory` (any string identifying it).
    public mutating func claim(_ stem: String, in directory: String = "") -> String {
        let key = directory + "/" + stem.lowercased()
        let count = (used[key] ?? 0) + 1
        used[key] = count
        return count == 1 ? stem : "\(stem)-\(count)"
    }

    /// The stem of each input of a batch written into one directory; standard input is `stdin`.
    public static func forInputs(_ names: [String]) -> [String] {
        var stems = UniqueStems()
        return names.map { stems.claim($0 == "-" ? "stdin" : OutputNaming.stem(ofInput: $0)) }
    }
}
