import ArgumentParser
import DiglotKit
import Foundation

extension DiglotBench {
    /// `diglot-bench align`: scores `diglot align` on the real pairs of `../shared/parallel`.
    ///
    /// Each document's original keeps its lines as paragraphs; the translation's lines are
    /// regrouped by random merges (each line break removed with probability `--merge`, seeded),
    /// as happens between editions. Every character of the translation belongs to the
    /// original line it translates; the score is the character-level F1 of the aligner's
    /// attribution (white space not counted), beside the baseline that splits the translation
    /// in proportion to the original's paragraph lengths alone. Then one 1,000-paragraph pair
    /// (documents joined) is timed.
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "align", abstract: "Score and time paragraph alignment on ../shared/parallel.")

        @Option(help: "Probability that a line break of the translation is removed.")
        var merge = 0.5

        @Option(help: "Seed of the random merges.")
        var seed: UInt64 = 15

        @Option(help: "Override a weight, NAME=VALUE (tuning). Repeatable.")
        var weight: [String] = []

        @Flag(help: "Do not cut sentences at commas.")
        var noClauses = false

        @Flag(help: "Group the lines of both sides into paragraphs of 1–5 lines first (seeded), for paragraph-level pairs.")
        var paragraphs = false

        @Flag(help: "Print the length ratio and variance measured on the line pairs.")
        var calibrate = false

        @Flag(help: "Print the table as Markdown.")
        var markdown = false

        @Flag(help: "List each document's score.")
        var verbose = false

        func run() throws {
            let shared = try BenchCorpus.locateShared()
            let parallel = shared.appendingPathComponent("parallel")
            // The first alignment of a process parses the shipped anchor dictionary.
            let clock = ContinuousClock()
            let firstUse = clock.measure {
                let one = try? PlainTextReader().read(InputSource(name: "a", bytes: Array("欧洲议会。".utf8)))
                let two = try? PlainTextReader().read(InputSource(name: "b", bytes: Array("The European Parliament.".utf8)))
                if let one = one?.first, let two = two?.first {
                    _ = DocumentAligner().align(original: one, translation: two, targetLanguage: "en", sentences: false)
                }
            }
            var aligner = DocumentAligner()
            aligner.clauses = !noClauses
            for item in weight {
                let parts = item.split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1]), aligner.weights.set(String(parts[0]), to: value) else {
                    throw ValidationError("--weight takes NAME=VALUE with a known name, not \(item)")
                }
            }
            let collections: [(name: String, original: String, translation: String)] = [
                ("wmt22_zh-en_news", "zh", "en"), ("wmt22_en-zh_news", "en", "zh"), ("pdc_ft_sample", "en", "zh"),
                ("wmt22_zh-en_news", "en", "zh"), ("wmt22_en-zh_news", "zh", "en"), ("pdc_ft_sample", "zh", "en"),
            ]
            var rows: [[String]] = []
            var reviews: [String] = []
            var allPairs: [String: [(String, String)]] = [:]
            for collection in collections {
                let folder = parallel.appendingPathComponent(collection.name)
                let documents = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                var score = AlignmentScore()
                var baseline = AlignmentScore()
                var generator = SplitMix(seed: seed)
                for name in documents {
                    let directory = folder.appendingPathComponent(name)
                    guard var original = try? lines(directory.appendingPathComponent(collection.original + ".txt")),
                          var translation = try? lines(directory.appendingPathComponent(collection.translation + ".txt")),
                          original.count == translation.count, !original.isEmpty else { continue }
                    if paragraphs {
                        let grouped = Self.groupIntoParagraphs(original, translation, generator: &generator,
                                                               originalCJK: LanguageTag(stringLiteral: collection.original).isCJK)
                        original = grouped.0
                        translation = grouped.1
                    }
                    allPairs[collection.original + ">" + collection.translation, default: []] += zip(original, translation).map { ($0, $1) }
                    let pair = RegroupedPair(original: original, translation: translation, mergeProbability: merge, generator: &generator)
                    let documentScore = try pair.score(aligner: aligner, originalLanguage: LanguageTag(stringLiteral: collection.original),
                                                       translationLanguage: LanguageTag(stringLiteral: collection.translation))
                    score.add(documentScore)
                    baseline.add(pair.proportionalBaseline())
                    if verbose { print("\(collection.name)/\(name) \(collection.original)>\(collection.translation): \(format(documentScore.f1, digits: 4))") }
                }
                reviews.append("\(collection.name) (\(collection.original) → \(collection.translation)): " + score.review.summary)
                rows.append(["\(collection.name) (\(collection.original) → \(collection.translation))", "\(score.documents)",
                             "\(score.characters)", format(score.f1, digits: 4), format(baseline.f1, digits: 4)])
            }
            let header = ["collection (original → translation)", "documents", "characters", "F1 diglot align", "F1 length split"]
            if markdown {
                print("| " + header.joined(separator: " | ") + " |")
                print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
                for row in rows { print("| " + row.joined(separator: " | ") + " |") }
            } else {
                for row in [header] + rows { print(row.joined(separator: "\t")) }
            }
            for line in reviews { print(line) }
            if calibrate {
                for (direction, pairs) in allPairs.sorted(by: { $0.key < $1.key }) {
                    let languages = direction.split(separator: ">").map { LanguageTag(stringLiteral: String($0)) }
                    let statistics = AlignmentCalibration.lengthStatistics(pairs: pairs, source: languages[0], target: languages[1])
                    print("calibration \(direction): \(pairs.count) pairs, ratio \(format(statistics.ratio, digits: 4)), variance \(format(statistics.variance, digits: 4))")
                }
            }
            print("first alignment in a process (parses the anchor dictionary): \(format(seconds(firstUse), digits: 3)) s")
            try timeLargePair(parallel: parallel, aligner: aligner)
        }

        /// Joins FT documents until the original has 1,000 paragraphs and times one alignment.
        private func timeLargePair(parallel: URL, aligner: DocumentAligner) throws {
            let folder = parallel.appendingPathComponent("pdc_ft_sample")
            var original: [String] = []
            var translation: [String] = []
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            outer: while true {
                for name in names {
                    let directory = folder.appendingPathComponent(name)
                    guard let english = try? lines(directory.appendingPathComponent("en.txt")),
                          let chinese = try? lines(directory.appendingPathComponent("zh.txt")), english.count == chinese.count else { continue }
                    original += english
                    translation += chinese
                    if original.count >= 1_000 { break outer }
                }
            }
            original = Array(original.prefix(1_000))
            translation = Array(translation.prefix(1_000))
            var generator = SplitMix(seed: seed)
            let pair = RegroupedPair(original: original, translation: translation, mergeProbability: merge, generator: &generator)
            var elapsed = Duration.zero
            let score = try pair.score(aligner: aligner, originalLanguage: "en", translationLanguage: "zh", elapsed: &elapsed)
            print("1,000-paragraph pair (FT, en → zh, \(pair.translationParagraphs.count) translation paragraphs): "
                  + "read and aligned in \(format(seconds(elapsed), digits: 3)) s, F1 \(format(score.f1, digits: 4))")
        }

        /// Consecutive lines joined into paragraphs of 1–5 lines, the same on both sides.
        static func groupIntoParagraphs(_ original: [String], _ translation: [String], generator: inout SplitMix,
                                        originalCJK: Bool) -> ([String], [String]) {
            var groupedOriginal: [String] = []
            var groupedTranslation: [String] = []
            var start = 0
            while start < original.count {
                let size = Int(generator.next() % 5) + 1
                let end = min(original.count, start + size)
                groupedOriginal.append(original[start..<end].joined(separator: originalCJK ? "" : " "))
                groupedTranslation.append(translation[start..<end].joined(separator: originalCJK ? " " : ""))
                start = end
            }
            return (groupedOriginal, groupedTranslation)
        }

        private func lines(_ url: URL) throws -> [String] {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }
}

/// A duration in seconds.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// One document's original lines and its translation regrouped into fewer paragraphs.
struct RegroupedPair {
    let original: [String]
    /// Translation paragraphs, each a list of (line index, text).
    let translationParagraphs: [[(line: Int, text: String)]]

    init(original: [String], translation: [String], mergeProbability: Double, generator: inout SplitMix) {
        self.original = original
        var paragraphs: [[(line: Int, text: String)]] = []
        for (index, line) in translation.enumerated() {
            if index > 0, Double(generator.next() >> 11) / Double(1 << 53) < mergeProbability {
                paragraphs[paragraphs.count - 1].append((index, line))
            } else {
                paragraphs.append([(index, line)])
            }
        }
        translationParagraphs = paragraphs
    }

    /// The translation as the plain text the aligner reads: merged lines joined with a space
    /// (nothing between Chinese), paragraphs separated by a line break.
    func translationText(cjk: Bool) -> String {
        translationParagraphs.map { paragraph in paragraph.map(\.text).joined(separator: cjk ? "" : " ") }.joined(separator: "\n")
    }

    /// The gold attribution: for each non-space character of the translation, its line.
    var goldLines: [Int] {
        translationParagraphs.flatMap { paragraph in
            paragraph.flatMap { line in line.text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { _ in line.line } }
        }
    }

    func score(aligner: DocumentAligner, originalLanguage: LanguageTag, translationLanguage: LanguageTag) throws -> DocumentScore {
        try score(aligner: aligner, originalLanguage: originalLanguage, translationLanguage: translationLanguage, elapsed: nil)
    }

    /// Scores the alignment; `elapsed`, when given, receives the time spent reading and aligning.
    func score(aligner: DocumentAligner, originalLanguage: LanguageTag, translationLanguage: LanguageTag,
               elapsed: UnsafeMutablePointer<Duration>?) throws -> DocumentScore {
        let clock = ContinuousClock()
        let start = clock.now
        let originalSource = InputSource(name: "original.txt", bytes: Array(original.joined(separator: "\n").utf8), language: originalLanguage)
        let translationSource = InputSource(name: "translation.txt", bytes: Array(translationText(cjk: translationLanguage.isCJK).utf8),
                                            language: translationLanguage)
        let originalDocument = try PlainTextReader().read(originalSource)[0]
        let translationDocument = try PlainTextReader().read(translationSource)[0]
        let result = aligner.align(original: originalDocument, translation: translationDocument,
                                   targetLanguage: translationLanguage, sentences: false)
        elapsed?.pointee = clock.now - start
        // Original lines → unit order (lines that made no unit have none).
        let blocks = originalDocument.translatableBlocks
        var lineUnit = [Int](repeating: -1, count: original.count)
        var cursor = 0
        for (line, text) in original.enumerated() {
            let normalised = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if cursor < blocks.count, blocks[cursor].plainText == normalised || blocks[cursor].plainText.replacingOccurrences(of: " ", with: "") == normalised.replacingOccurrences(of: " ", with: "") {
                lineUnit[line] = cursor
                cursor += 1
            }
        }
        let gold = goldLines.map { lineUnit[$0] }
        var predicted: [Int] = []
        for (index, block) in blocks.enumerated() {
            let text = result.translated.translations[block.id]?.plainText ?? ""
            predicted += text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { _ in index }
        }
        guard predicted.count == gold.count else {
            throw BenchError("the aligned targets hold \(predicted.count) characters, the translation \(gold.count)")
        }
        let correct = zip(predicted, gold).filter { $0 == $1 && $0 >= 0 }.count
        // A unit is wrong when under 90 % of its target's characters, or of its line's, are right.
        var review = ReviewCounts()
        var predictedCount = [Int](repeating: 0, count: blocks.count)
        var goldCount = [Int](repeating: 0, count: blocks.count)
        var rightCount = [Int](repeating: 0, count: blocks.count)
        for (unit, line) in zip(predicted, gold) {
            predictedCount[unit] += 1
            if line >= 0 { goldCount[line] += 1 }
            if unit == line { rightCount[unit] += 1 }
        }
        for (index, block) in blocks.enumerated() {
            let wrong = Double(rightCount[index]) < 0.9 * Double(max(predictedCount[index], goldCount[index]))
            review.add(wrong: wrong, flagged: result.alignments[block.id]?.needsReview ?? true)
        }
        return DocumentScore(correct: correct, predicted: predicted.count, gold: gold.count, review: review)
    }

    /// The length baseline: each translation paragraph cut among the original lines it
    /// translates in proportion to their lengths (knowing which lines those are, which the
    /// aligner is not told).
    func proportionalBaseline() -> DocumentScore {
        let lengths = original.map { Double($0.unicodeScalars.filter { !$0.properties.isWhitespace }.count) }
        var correct = 0
        var total = 0
        for paragraph in translationParagraphs {
            let gold = paragraph.flatMap { line in line.text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { _ in line.line } }
            let lines = paragraph.map(\.line)
            let sum = max(lines.reduce(0.0) { $0 + lengths[$1] }, 1)
            var predicted: [Int] = []
            var cumulative = 0.0
            for (position, line) in lines.enumerated() {
                cumulative += lengths[line]
                let end = position == lines.count - 1 ? gold.count : Int((cumulative / sum * Double(gold.count)).rounded())
                while predicted.count < end { predicted.append(line) }
            }
            correct += zip(predicted, gold).filter { $0 == $1 }.count
            total += gold.count
        }
        return DocumentScore(correct: correct, predicted: total, gold: total)
    }
}

/// Character counts of one document's alignment.
/// Units by whether they are wrong and whether the aligner flagged them for review.
struct ReviewCounts {
    var wrongFlagged = 0
    var wrongUnflagged = 0
    var rightFlagged = 0
    var rightUnflagged = 0

    mutating func add(wrong: Bool, flagged: Bool) {
        switch (wrong, flagged) {
        case (true, true): wrongFlagged += 1
        case (true, false): wrongUnflagged += 1
        case (false, true): rightFlagged += 1
        case (false, false): rightUnflagged += 1
        }
    }

    mutating func add(_ other: ReviewCounts) {
        wrongFlagged += other.wrongFlagged
        wrongUnflagged += other.wrongUnflagged
        rightFlagged += other.rightFlagged
        rightUnflagged += other.rightUnflagged
    }

    var summary: String {
        let wrong = wrongFlagged + wrongUnflagged
        let flagged = wrongFlagged + rightFlagged
        return "\(wrong) wrong units of \(wrong + rightFlagged + rightUnflagged), \(wrongFlagged) of them flagged for review; "
            + "\(flagged) flagged in all"
    }
}

struct DocumentScore {
    var correct: Int
    var predicted: Int
    var gold: Int
    var review = ReviewCounts()

    var f1: Double {
        let precision = Double(correct) / Double(max(predicted, 1))
        let recall = Double(correct) / Double(max(gold, 1))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// Character counts summed over documents (micro average).
struct AlignmentScore {
    var documents = 0
    var correct = 0
    var predicted = 0
    var gold = 0
    var characters: Int { gold }

    var review = ReviewCounts()

    mutating func add(_ score: DocumentScore) {
        review.add(score.review)
        documents += 1
        correct += score.correct
        predicted += score.predicted
        gold += score.gold
    }

    var f1: Double { DocumentScore(correct: correct, predicted: predicted, gold: gold).f1 }
}

/// SplitMix64, so the random merges reproduce.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
