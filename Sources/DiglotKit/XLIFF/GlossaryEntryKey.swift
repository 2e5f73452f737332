/// A glossary entry as a set or dictionary key, hashed and compared byte for byte.
///
/// `GlossaryEntry`'s own `Hashable` follows `String`, which brings non-ASCII text to NFC to
/// hash or compare it. With a dictionary-sized glossary nearly every Chinese word is a hit, and
/// finding each unit's distinct entries and the skeleton's entry table paid that price on
/// every hit. The hits of one export come from one glossary, so the same entry always has
/// the same bytes: byte identity is what "the same entry" means here.
struct GlossaryEntryKey: Hashable {
    let entry: GlossaryEntry

    init(_ entry: GlossaryEntry) { self.entry = entry }

    /// The source's bytes and the other fields' sizes: cheap, and enough to spread the entries
    /// of a glossary (whose sources are mostly distinct); equality then compares everything.
    func hash(into hasher: inout Hasher) {
        let source = entry.source.utf8
        hasher.combine(source.count)
        let hashed: Void? = source.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in source { hasher.combine(byte) }
        }
        hasher.combine(entry.target.utf8.count)
        hasher.combine(entry.note?.utf8.count ?? -1)
        hasher.combine(entry.type)
        hasher.combine(entry.caseSensitive)
        hasher.combine(entry.forbidden.count)
    }

    static func == (lhs: GlossaryEntryKey, rhs: GlossaryEntryKey) -> Bool {
        let left = lhs.entry
        let right = rhs.entry
        if left.sharesStorage(with: right) { return true }
        guard left.type == right.type, left.caseSensitive == right.caseSensitive,
              left.forbidden.count == right.forbidden.count,
              sameBytes(left.source, right.source), sameBytes(left.target, right.target)
        else { return false }
        switch (left.note, right.note) {
        case (nil, nil): break
        case (let leftNote?, let rightNote?): guard sameBytes(leftNote, rightNote) else { return false }
        default: return false
        }
        return zip(left.forbidden, right.forbidden).allSatisfy(sameBytes)
    }

    /// Byte equality; copies of one entry share one box (checked first), and entries made
    /// separately often share their strings' storage, which makes that a pointer comparison.
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        let compared: Bool?? = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.baseAddress == rightBytes.baseAddress || leftBytes.elementsEqual(rightBytes)
            }
        }
        return (compared ?? nil) ?? left.utf8.elementsEqual(right.utf8)
    }
}
