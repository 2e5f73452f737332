/// Numbers the distinct glossary entries of one document in order of first appearance.
///
/// Distinct means byte for byte (`GlossaryEntryKey`). Copies of one entry share one box, so
/// an entry seen before is found by the box's identity — a pointer hashed — and the bytes are
/// hashed once per box. The index keeps every box it has an identity of alive, so an identity
/// is never reused by another entry while it is in use.
struct GlossaryEntryIndex {
    private var byBox: [ObjectIdentifier: Int] = [:]
    /// Each box `byBox` knows, held so its identity stays its own.
    private var boxes: [GlossaryEntry] = []
    private var byKey: [GlossaryEntryKey: Int] = [:]
    /// The distinct entries, in order of first appearance.
    private(set) var entries: [GlossaryEntry] = []

    init(minimumCapacity: Int = 0) {
        byBox.reserveCapacity(minimumCapacity)
    }

    /// The number of `entry`, and whether this is its first appearance.
    mutating func insert(_ entry: GlossaryEntry) -> (index: Int, inserted: Bool) {
        let box = entry.storageIdentity
        if let index = byBox[box] { return (index, false) }
        boxes.append(entry)
        let key = GlossaryEntryKey(entry)
        if let index = byKey[key] {
            byBox[box] = index
            return (index, false)
        }
        let index = entries.count
        entries.append(entry)
        byKey[key] = index
        byBox[box] = index
        return (index, true)
    }
}
