/// Grows glossary candidates from the news itself: the name pairs articles write
/// (`NamePairFinder`), counted over many articles, for a terminologist to review.
///
/// Pairs are grouped by their Chinese name compared as the matcher compares text, so the
/// Simplified and Traditional forms of one name are one candidate: its source is the
/// Simplified form and the note keeps the Traditional one. Names the known glossaries
/// already have are left out. Each candidate's note says how often it was seen, the first
/// article and some context; the result is a valid glossary (`glossary check` passes).
public struct GlossaryExtractor: Sendable {
    /// One candidate entry with what was seen of it.
    public struct Candidate: Hashable, Sendable {
        /// The Chinese name, Simplified.
        public var source: String
        /// The most frequent Latin form.
        public var target: String
        public var type: TermType
        public var count: Int
        /// Forms as written that differ from `source` (Traditional).
        public var otherForms: [String]
        /// Other Latin forms seen, most frequent first.
        public var otherTargets: [String]
        public var firstArticle: String
        public var context: String

        /// The entry to write, the evidence in its note.
        public var entry: GlossaryEntry {
            var note = "\(count)× in news; first: \(firstArticle): \(context)"
            if !otherForms.isEmpty { note = "Traditional: \(otherForms.joined(separator: ", ")); " + note }
            if !otherTargets.isEmpty { note += "; also written \(otherTargets.joined(separator: ", "))" }
            return GlossaryEntry(source: source, target: target, type: type, note: Self.oneLine(note))
        }

        /// Tabs, line breaks and `|` would break a TSV row or read as alternatives.
        private static func oneLine(_ text: String) -> String {
            String(text.unicodeScalars.map { scalar -> Character in
                scalar.properties.isWhitespace ? " " : (scalar == "|" ? "/" : Character(scalar))
            })
        }
    }

    private struct Tally: Sendable {
        var source: String
        /// Whether `source` was written so in a Simplified article, not folded.
        var sourceIsWritten = false
        var count = 0
        var forms: [String] = []
        var targets: [String: Int] = [:]
        var targetOrder: [String] = []
        var types: [TermType: Int] = [:]
        var firstArticle: String
        var context: String
        var order: Int
    }

    public let known: Glossary
    public let finder: NamePairFinder
    private var tallies: [String: Tally] = [:]

    /// - Parameter known: names already agreed; they are not proposed again.
    public init(known: Glossary = Glossary(), finder: NamePairFinder = NamePairFinder()) {
        self.known = known
        self.finder = finder
    }

    /// Counts the pairs of every block of an article (its title included).
    public mutating func add(_ document: Document, name: String) {
        add(pairs(in: document), article: name, simplifiedAsWritten: Self.isSimplifiedChinese(document))
    }

    /// Whether an article is in Simplified Chinese, so the names it writes are Simplified as
    /// written: 乾隆 keeps the 乾 that folding would make 干 (乾 is mostly a Traditional form).
    public static func isSimplifiedChinese(_ document: Document) -> Bool {
        let language = document.metadata.sourceLanguage
        return language.primary == "zh" && !language.writesTraditionalChinese
    }

    /// The pairs of every block of an article, in order: the part of `add` that may run on
    /// any thread, before the pairs are counted in input order.
    public func pairs(in document: Document) -> [NamePairFinder.Pair] {
        document.blocks.flatMap { finder.pairs(in: Self.text(of: $0)) }
    }

    /// A block's text as a reader sees it: a line break after a word of a spaced script is a
    /// space (记者林慕莲（Mary<br>Hui）); after Chinese, nothing.
    static func text(of block: Block) -> String {
        var text = ""
        for segment in block.segments {
            for run in segment.runs {
                switch run {
                case .text(let string):
                    text += string
                case .placeholder(let code) where code.kind == .lineBreak:
                    if let last = text.unicodeScalars.last, last.value < 0x2E80, !last.properties.isWhitespace { text += " " }
                default:
                    break
                }
            }
        }
        return text
    }

    /// Counts the pairs of one text.
    public mutating func add(text: String, article: String, simplifiedAsWritten: Bool = false) {
        add(finder.pairs(in: text), article: article, simplifiedAsWritten: simplifiedAsWritten)
    }

    /// Counts pairs found in `article`. `simplifiedAsWritten`: the article is in Simplified
    /// Chinese, so a Chinese name as written is its Simplified form unless it holds a
    /// character only Traditional text writes (a quoted 國民黨); otherwise that form is the
    /// name folded to Simplified, until a Simplified article writes it.
    public mutating func add(_ pairs: [NamePairFinder.Pair], article: String, simplifiedAsWritten: Bool = false) {
        for pair in pairs {
            guard known.entry(forSource: pair.chinese) == nil else { continue }
            let key = TermNormaliser.key(for: pair.chinese)
            guard !key.isEmpty else { continue }
            var tally = tallies[key] ?? Tally(source: ScriptFolding.simplified(pair.chinese), firstArticle: article,
                                              context: pair.context, order: tallies.count)
            if simplifiedAsWritten, !tally.sourceIsWritten, ScriptFolding.mayBeSimplified(pair.chinese) {
                tally.source = pair.chinese
                tally.sourceIsWritten = true
                tally.forms.removeAll { $0 == pair.chinese }
            }
            tally.count += 1
            if pair.chinese != tally.source, !tally.forms.contains(pair.chinese) { tally.forms.append(pair.chinese) }
            if tally.targets[pair.latin] == nil { tally.targetOrder.append(pair.latin) }
            tally.targets[pair.latin, default: 0] += 1
            tally.types[pair.type, default: 0] += 1
            tallies[key] = tally
        }
    }

    /// The candidates seen at least `minimumCount` times, most frequent first (ties in order
    /// of first appearance).
    public func candidates(minimumCount: Int = 1) -> [Candidate] {
        tallies.values
            .filter { $0.count >= minimumCount }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }
            .map { tally in
                let targets = tally.targetOrder.enumerated().sorted { lhs, rhs in
                    let left = tally.targets[lhs.element] ?? 0
                    let right = tally.targets[rhs.element] ?? 0
                    return left != right ? left > right : lhs.offset < rhs.offset
                }.map(\.element)
                let type = TermType.allCases.filter { tally.types[$0] != nil }
                    .max { (tally.types[$0] ?? 0) < (tally.types[$1] ?? 0) } ?? .person
                return Candidate(source: tally.source, target: targets.first ?? "", type: type, count: tally.count,
                                 otherForms: tally.forms, otherTargets: Array(targets.dropFirst()),
                                 firstArticle: tally.firstArticle, context: tally.context)
            }
    }

    /// The candidates as a TSV glossary, Chinese → English.
    public func tsv(minimumCount: Int = 1) throws(GlossaryError) -> [UInt8] {
        try GlossaryWriter.write(candidates(minimumCount: minimumCount).map(\.entry),
                                 sourceLanguage: "zh", targetLanguage: "en", format: .tsv)
    }
}
