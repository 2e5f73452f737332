/// Publications written in title marks before their original: 《金融時報》（Financial Times）,
/// 《经济学人》(The Economist). A book's or a film's title is no glossary entry; a newspaper's,
/// a magazine's or a journal's is, and the original says which it is.
extension NamePairFinder {
    /// The title inside the 《…》 (or 〈…〉) that ends just before `end`, and where it starts: two
    /// to twenty Han characters, digits or name separators; nil otherwise.
    static func titleInMarks(endingAt end: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
        guard end > 0, let closing = [UInt32(0x300B): UInt32(0x300A), 0x3009: 0x3008][scalars[end - 1].value] else { return nil }
        var start = end - 1
        while start > 0, end - start <= 21, scalars[start - 1].value != closing {
            let value = scalars[start - 1].value
            guard ScriptFolding.isHan(value) || isSeparator(value) || (0x30...0x39).contains(value) else { return nil }
            start -= 1
        }
        guard start > 0, scalars[start - 1].value == closing, end - 1 - start >= 2 else { return nil }
        return (string(Array(scalars[start..<(end - 1)])), start)
    }

    /// What a title in marks names: a periodical (org) by its original or by its Chinese
    /// ending (解放报 (Libération), 疯狂杂志 (Mad)), a document by an acronym (term); nil for
    /// a book's, a film's or a game's title.
    static func titleType(chinese: String, latin: String) -> TermType? {
        let simplified = ScriptFolding.simplified(chinese)
        if periodicalEnds.contains(where: simplified.hasSuffix) { return .org }
        if !latin.contains(" "), isAcronym(latin[...]) { return .term }
        return namesPublication(latin) ? .org : nil
    }

    /// How the Chinese names of periodicals end (日报, 周刊, 杂志).
    static let periodicalEnds = ["报", "刊", "杂志"]

    /// Whether an original names a newspaper, a magazine or a journal: an organisation's word
    /// (Times, Journal, Post), a word of the press (Economist, Review, Tribune) or a journal
    /// known by one word (Nature, Science).
    static func namesPublication(_ latin: String) -> Bool {
        if namesOrganisation(latin) { return true }
        let words = latin.split(separator: " ").map(String.init)
        if words.contains(where: pressWords.contains) { return true }
        return journalTitles.contains(words.filter { $0 != "The" }.joined(separator: " "))
    }

    /// Words that make a title a periodical's (The Economist, Harvard Business Review).
    static let pressWords: Set<String> = [
        "Economist", "Magazine", "Review", "Herald", "Tribune", "Guardian", "Telegraph", "Gazette", "Observer",
        "Chronicle", "Spectator", "Atlantic", "Mirror", "Independent", "Monitor", "Weekly", "Quarterly", "Newsweek",
        "Forbes", "Fortune", "Lancet", "Bulletin", "Courier", "Express", "Examiner", "Inquirer", "Standard",
    ]

    /// Journals and magazines known by one word alone.
    static let journalTitles: Set<String> = ["Nature", "Science", "Cell", "Time", "Wired", "Caixin"]
}
