/// The anchors of one text and every key the other side's anchors may look up in it.
struct AnchorProfile: Sendable {
    /// Anchors that should find a partner in the translation.
    var anchors: [Anchor] = []
    /// Sorted keys present in the text (numbers, stems, quotes), for the other side's anchors.
    var keys: [AnchorKey] = []

    /// Whether the text holds `key`.
    func contains(_ key: AnchorKey) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// Whether any of the anchor's keys is in the text.
    func matches(_ anchor: Anchor) -> Bool { anchor.keys.contains(where: contains) }
}
