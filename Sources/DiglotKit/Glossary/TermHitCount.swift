/// How many times one glossary entry was found.
public struct TermHitCount: Hashable, Sendable, Codable {
    public var entry: GlossaryEntry
    public var count: Int

    public init(entry: GlossaryEntry, count: Int) {
        self.entry = entry
        self.count = count
    }
}
