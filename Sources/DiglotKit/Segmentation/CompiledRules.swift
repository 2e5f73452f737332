import Foundation

/// A rule list with its regular expressions compiled once.
struct CompiledRules: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    private let expressions: [(isBreak: Bool, regex: NSRegularExpression)]

    init(_ rules: SegmentationRules) throws(SegmentationError) {
        var expressions: [(Bool, NSRegularExpression)] = []
        for rule in rules.rules {
            let pattern = rule.after.isEmpty ? "(?:\(rule.before))" : "(?:\(rule.before))(?=\(rule.after))"
            do {
                expressions.append((rule.isBreak, try NSRegularExpression(pattern: pattern)))
            } catch {
                throw SegmentationError(rules: rules.name, pattern: pattern, message: "\(error)")
            }
        }
        self.expressions = expressions
    }

    private static let chinese = try? CompiledRules(.chinese)
    private static let english = try? CompiledRules(.english)

    static func builtIn(for language: LanguageTag) -> CompiledRules {
        let rules = SegmentationRules.forLanguage(language).name == "zh" ? chinese : english
        // The built-in patterns are fixed data covered by tests; an empty list only means no splitting.
        return rules ?? CompiledRules(empty: ())
    }

    private init(empty: Void) { expressions = [] }

    /// Break positions (UTF-16 offsets into `text`), after trailing whitespace, excluding the
    /// ends of the text and positions strictly inside a forbidden range.
    func breaks(in text: String, forbidden: [Range<Int>]) -> [Int] {
        let string = text as NSString
        let whole = NSRange(location: 0, length: string.length)
        var decided: [Int: Bool] = [:]
        for (isBreak, regex) in expressions {
            regex.enumerateMatches(in: text, options: [.withTransparentBounds], range: whole) { match, _, _ in
                guard let match else { return }
                let position = match.range.location + match.range.length
                if decided[position] == nil { decided[position] = isBreak }
            }
        }
        var breaks: Set<Int> = []
        for (position, isBreak) in decided where isBreak {
            var moved = position
            while moved < string.length, let scalar = Unicode.Scalar(string.character(at: moved)),
                  scalar.isWhiteSpace {
                moved += 1
            }
            guard moved > 0, moved < string.length else { continue }
            guard !forbidden.contains(where: { $0.lowerBound < moved && moved < $0.upperBound }) else { continue }
            breaks.insert(moved)
        }
        return Self.withoutEmptySentences(breaks.sorted(), in: string)
    }

    /// Drops breaks that would leave a segment without a letter or digit (a stray quote, a
    /// lone 。 or ". . ."): such a piece joins the sentence before it, or the one after it
    /// when it opens the text. Translators cannot do anything with a segment like that.
    private static func withoutEmptySentences(_ breaks: [Int], in string: NSString) -> [Int] {
        func hasContent(_ range: Range<Int>) -> Bool {
            string.substring(with: NSRange(location: range.lowerBound, length: range.count))
                .contains { $0.isLetter || $0.isNumber }
        }
        var kept: [Int] = []
        for (index, position) in breaks.enumerated() {
            let end = index + 1 < breaks.count ? breaks[index + 1] : string.length
            guard hasContent(position..<end) else { continue }
            if kept.isEmpty && !hasContent(0..<position) { continue }
            kept.append(position)
        }
        return kept
    }
}
