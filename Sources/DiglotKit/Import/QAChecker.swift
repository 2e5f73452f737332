/// Looks at every translated unit of a verified import and reports what an editor should check.
///
/// Checks, per unit: no usable target; in sentence mode, a sentence missing from the target
/// (a deleted `<mrk mtype="seg">` or segment `<target>`) and one left as the copied source
/// while the others are translated; a target marked for review; codes missing,
/// duplicated or badly nested (from the verification); glossary terms of the source whose
/// agreed translation is absent, and forbidden variants present; numbers of the source
/// missing from the target (lenient, see `NumberExtractor`); a target identical to a source
/// that has something language-specific in it; quotes and brackets the target leaves
/// unbalanced where the source did not. Lenient by design: a false alarm on every page
/// teaches editors to ignore the report.
public struct QAChecker: Sendable {
    public init() {}

    /// Findings for every translatable unit of `merged`, the merge of `verified`.
    public func issues(in merged: TranslatedDocument, verified: VerifiedImport) -> [QAIssue] {
        let document = merged.document
        let target = merged.targetLanguage
        let source = document.metadata.sourceLanguage
        var issues: [QAIssue] = []
        for block in document.translatableBlocks {
            let unit = block.id.rawValue
            func report(_ severity: QAIssue.Severity, _ code: QAIssue.Code, _ message: String) {
                issues.append(QAIssue(unit: unit, severity: severity, code: code, message: message))
            }
            let translated = merged.target(of: block)
            let translation = merged.translations[block.id]
            let targetText = translation.map { Segment(runs: $0.runs).plainText } ?? ""
            guard let translation, translation.status != .untranslated,
                  !targetText.isBlank else {
                report(.error, .untranslated, "no translation; the source (\"\(ImportVerifier.excerpt(block.plainText))\") is shown instead")
                continue
            }
            let deleted = verified.deletedSentences[block.id] ?? []
            for index in deleted where index < block.segments.count {
                report(.error, .missingSentence, "sentence \(index + 1) of \(block.segments.count) is missing from the target (deleted, or left out while the others were translated); its source (\"\(ImportVerifier.excerpt(block.segments[index].plainText))\") is shown instead — translate it")
            }
            if translated.pieces.contains(where: \.isSourceFallback),
               !emptySentences(block, translation).allSatisfy(deleted.contains) || deleted.isEmpty {
                report(.error, .untranslated, "some sentences have no translation; their source is shown instead")
            }
            for index in copiedSentences(block, translation, source: source, target: target) {
                report(.error, .untranslated, "sentence \(index + 1) of \(block.segments.count) is still the source (\"\(ImportVerifier.excerpt(block.segments[index].plainText))\") while the others are translated; translate it")
            }
            if translation.status == .needsReview {
                report(.warning, .needsReview, "the target is marked for review (fuzzy, draft or memory pre-fill); confirm it in the CAT tool")
            }
            for problem in verified.codeProblems[block.id] ?? [] {
                let code: QAIssue.Code = switch problem.kind {
                case .missing: .missingCode
                case .duplicated: .duplicatedCode
                case .overlapping, .closedBeforeOpened, .broken, .invented: .misorderedCode
                }
                report(.error, code, problem.message)
            }
            glossaryIssues(block: block, target: targetText, report: report)
            numberIssues(source: block.plainText, target: targetText, report: report)
            if isIdentical(block.plainText, targetText), hasLanguageSpecificText(block.plainText, source: source, target: target) {
                report(.warning, .identicalToSource, "the target is the source unchanged (a copy nobody translated?)")
            }
            for problem in PunctuationBalance.problems(in: targetText) where !PunctuationBalance.problems(in: block.plainText).contains(problem) {
                report(.warning, .unbalancedPunctuation, problem)
            }
        }
        return issues
    }

    /// Positions of the sentences with source text whose target is empty, when the
    /// translation's segments line up with the block's.
    private func emptySentences(_ block: Block, _ translation: Translation) -> [Int] {
        guard translation.segments.count == block.segments.count else { return [] }
        return block.segments.indices.filter {
            !block.segments[$0].plainText.isBlank && Segment(runs: translation.segments[$0]).plainText.isBlank
        }
    }

    /// Positions of sentences left as the copied source while another sentence of the unit
    /// is translated: a copy a translator skipped, not a name or number that stays as it is.
    private func copiedSentences(_ block: Block, _ translation: Translation, source: LanguageTag, target: LanguageTag) -> [Int] {
        guard block.segments.count > 1, translation.segments.count == block.segments.count else { return [] }
        var copied: [Int] = []
        var anyTranslated = false
        for index in block.segments.indices {
            let original = block.segments[index].plainText
            let translated = Segment(runs: translation.segments[index]).plainText
            guard !translated.isBlank else { continue }
            if original.removingWhiteSpace == translated.removingWhiteSpace {
                if hasLanguageSpecificText(original, source: source, target: target) { copied.append(index) }
            } else {
                anyTranslated = true
            }
        }
        return anyTranslated ? copied : []
    }

    private func glossaryIssues(block: Block, target: String,
                                report: (QAIssue.Severity, QAIssue.Code, String) -> Void) {
        let normalisedTarget = TermNormaliser.key(for: target)
        var checked: Set<GlossaryEntry> = []
        for occurrence in block.segments.flatMap(\.terms) where occurrence.entry.type != .exclude {
            let entry = occurrence.entry
            guard checked.insert(entry).inserted else { continue }
            // Any of the alternatives ("renminbi | yuan") is the agreed translation.
            let agreed = entry.translations.map { TermNormaliser.key(for: $0) }.filter { !$0.isEmpty }
            guard !agreed.isEmpty else { continue }
            let hasAgreed = agreed.contains { contains(normalisedTarget, $0) }
            if !hasAgreed {
                let wanted = entry.translations.map { "\"\($0)\"" }.joined(separator: " or ")
                report(.warning, .glossaryTermMissing, "the source has \"\(entry.source)\" but the target lacks its agreed translation \(wanted)")
            }
            // A forbidden variant counts only outside the agreed translation ("Kerry" inside "John Kerry" is fine).
            guard !entry.forbidden.isEmpty else { continue }
            var withoutAgreed = normalisedTarget
            for key in agreed.sorted(by: { $0.count > $1.count }) {
                withoutAgreed = withoutAgreed.replacingOccurrences(of: key, with: " ")
            }
            for variant in entry.forbidden {
                let key = TermNormaliser.key(for: variant)
                guard !key.isEmpty, !agreed.contains(key), contains(withoutAgreed, key) else { continue }
                report(.error, .forbiddenTerm, "\"\(variant)\" is a forbidden translation of \"\(entry.source)\"; use \"\(entry.target)\"")
            }
        }
    }

    /// Substring search that respects word boundaries for Latin-script terms.
    func contains(_ text: String, _ term: String) -> Bool {
        if !term.isEmpty, text.hasSimpleCharacters, term.hasSimpleCharacters { return containsInSimpleText(text, term) }
        return containsByFoundation(text, term)
    }

    /// `contains` by Foundation's search, which compares under canonical equivalence.
    func containsByFoundation(_ text: String, _ term: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: term, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let needsBoundary = term.unicodeScalars.first.map { TermNormaliser.isSpacedWordCharacter($0.value) } ?? false
            let isBoundary = { (character: Character?) in
                guard let character else { return true }
                return !(character.isLetter || character.isNumber) || !character.unicodeScalars.allSatisfy { TermNormaliser.isSpacedWordCharacter($0.value) }
            }
            if !needsBoundary || (isBoundary(before) && isBoundary(after)) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// `contains` on the UTF-8 of simple text (`SimpleCharacters`: one scalar per Character,
    /// already NFC), where canonical equivalence is byte equality and a match starts on a
    /// scalar because the term starts with a lead byte. The neighbours are the scalars
    /// around the match, each a Character of its own.
    func containsInSimpleText(_ text: String, _ term: String) -> Bool {
        let needsBoundary = term.unicodeScalars.first.map { TermNormaliser.isSpacedWordCharacter($0.value) } ?? false
        func isBoundary(_ value: UInt32?) -> Bool {
            guard let value, let scalar = Unicode.Scalar(value) else { return true }
            let character = Character(scalar)
            return !(character.isLetter || character.isNumber) || !TermNormaliser.isSpacedWordCharacter(value)
        }
        var text = text, term = term
        return text.withUTF8 { haystack in
            term.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                var start = 0
                while start + needle.count <= haystack.count {
                    guard haystack[start] == first,
                          UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) else {
                        start += 1
                        continue
                    }
                    let end = start + needle.count
                    if !needsBoundary { return true }
                    var previous = start - 1
                    while previous > 0, haystack[previous] & 0xC0 == 0x80 { previous -= 1 }
                    let before = start == 0 ? nil : UTF8Scalar.decode(haystack, at: previous).value
                    let after = end == haystack.count ? nil : UTF8Scalar.decode(haystack, at: end).value
                    if isBoundary(before) && isBoundary(after) { return true }
                    start = end
                }
                return false
            }
        }
    }

    private func numberIssues(source: String, target: String, report: (QAIssue.Severity, QAIssue.Code, String) -> Void) {
        let wanted = NumberExtractor.digitValues(in: source)
        guard !wanted.isEmpty else { return }
        let found = NumberExtractor.allValues(in: target)
        var unmatched: [String] = []
        for readings in wanted where !readings.contains(where: found.contains) {
            guard let first = readings.first else { continue }
            // Percentages and per-mille written as fractions are rare; accept ×100 as well.
            if found.contains(first * 100) { continue }
            let text = "\(first)"
            if !unmatched.contains(text) { unmatched.append(text) }
        }
        guard !unmatched.isEmpty else { return }
        report(.warning, .numberMissing, "number\(unmatched.count == 1 ? "" : "s") \(unmatched.joined(separator: ", ")) of the source not found in the target")
    }

    private func isIdentical(_ source: String, _ target: String) -> Bool {
        source.collapsingWhiteSpace == target.collapsingWhiteSpace
    }

    /// Whether a text could not stay as it is in the target language: it has letters of a
    /// script the target does not use, or, in the same script, a few words of running text.
    private func hasLanguageSpecificText(_ text: String, source: LanguageTag, target: LanguageTag) -> Bool {
        let cjk = text.unicodeScalars.contains { $0.value >= 0x2E80 && $0.properties.isAlphabetic }
        if cjk { return !target.isCJK || source.primary != target.primary }
        let words = text.split { !($0.isLetter) }.filter { $0.count > 1 }
        if source.isCJK != target.isCJK { return words.count >= 3 }
        return words.count >= 4
    }
}
