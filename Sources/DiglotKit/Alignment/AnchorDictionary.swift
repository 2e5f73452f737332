/// Chinese words with the English stems they translate to: the aligner's bilingual anchors.
///
/// Derived from CC-CEDICT by `Glossary/tools/build-anchor-dictionary.py` (`AnchorDictionaryData.swift`)
/// and extended at run time with glossary terms. A Chinese text is scanned by forward maximum
/// matching (longest headword first, six characters down to two), which needs no segmenter
/// and finds the names and terms news pairs share; an English text is looked up by its
/// word stems (`AnchorKey.word`).
struct AnchorDictionary: Sendable {
    /// Headwords (2–6 Han characters, packed) to anchor keys.
    private(set) var entries: [PackedHan: [AnchorKey]]
    /// The longest headword, in characters.
    private(set) var longest: Int

    /// The shipped CC-CEDICT anchors, parsed once.
    static let shipped: AnchorDictionary = {
        var entries: [PackedHan: [AnchorKey]] = [:]
        entries.reserveCapacity(60_000)
        var longest = 0
        // Headwords are unique in the generated file: each line is stored as it is.
        for line in cedictEntries.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let head = Array(String(decoding: line[..<tab], as: UTF8.self).unicodeScalars)
            guard let packed = PackedHan(head[...]) else { continue }
            entries[packed] = line[line.index(after: tab)...].split(separator: UInt8(ascii: " "))
                .map { AnchorKey.stem(Substring(String(decoding: $0, as: UTF8.self))) }
            longest = max(longest, head.count)
        }
        return AnchorDictionary(entries: entries, longest: longest)
    }()

    /// Adds `head` (a Chinese word) with the anchor keys of its English translation.
    mutating func add<Head: StringProtocol>(head: Head, keys: [AnchorKey]) {
        let scalars = Array(head.unicodeScalars)
        guard !keys.isEmpty, let packed = PackedHan(scalars[...]) else { return }
        var known = entries[packed] ?? []
        for key in keys where !known.contains(key) { known.append(key) }
        entries[packed] = known
        longest = max(longest, scalars.count)
    }

    /// A copy with glossary entries added: the Chinese side of each entry mapped to the stems
    /// of its English side, whichever way the glossary runs.
    func adding(_ glossaries: [Glossary]) -> AnchorDictionary {
        var result = self
        for glossary in glossaries {
            for entry in glossary.entries {
                let (chinese, english) = entry.source.unicodeScalars.contains(where: ScriptClass.isHan) ? (entry.source, entry.target) : (entry.target, entry.source)
                guard chinese.unicodeScalars.contains(where: ScriptClass.isHan), !english.unicodeScalars.contains(where: ScriptClass.isHan) else { continue }
                let head = chinese.unicodeScalars.filter(ScriptClass.isHan)
                guard head.count >= 2, head.count <= PackedHan.capacity else { continue }
                var keys: [AnchorKey] = []
                AnchorScanner.forEachWord(in: english) { word in
                    if word.count >= 3, !AnchorScanner.isStopWord(word) { keys.append(.word(word)) }
                }
                var text = ""
                text.unicodeScalars.append(contentsOf: head)
                result.add(head: text, keys: Array(keys.prefix(4)))
            }
        }
        return result
    }

    /// The entry at `scalars[start...]` with the longest headword, and its length.
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> (keys: [AnchorKey], length: Int)? {
        var length = min(longest, scalars.count - start)
        while length >= 2 {
            if let packed = PackedHan(scalars[start..<(start + length)]), let keys = entries[packed] { return (keys, length) }
            length -= 1
        }
        return nil
    }
}
