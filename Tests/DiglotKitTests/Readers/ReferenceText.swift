import Foundation
@testable import DiglotKit

/// The text routines as they were before the performance work, kept verbatim as oracles:
/// `TextFastPathEquivalenceTests` checks that the fast versions answer exactly as these do.
enum ReferenceText {
    // MARK: TextClassifier

    static func isTranslatable(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: ScriptClass.isLetter) else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if isLink(trimmed) { return false }
        if isDateLine(trimmed) { return false }
        if isIdentifier(trimmed) { return false }
        if isPhotoCredit(trimmed) { return false }
        // No fast path of its own: the rule itself.
        if TextClassifier.isBylineWithDate(trimmed) { return false }
        return true
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return false }
        let lowered = text.lowercased()
        if [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp4", ".mp3"].contains(where: lowered.hasSuffix) { return true }
        return text.count >= 8 && text.contains(where: \.isNumber) && text.contains(where: \.isLetter)
            && text.filter(\.isNumber).count * 5 >= text.count
    }

    static func isPhotoCredit(_ text: String) -> Bool {
        guard text.count <= 90, !text.contains(where: { "。！？!?；;".contains($0) }) else { return false }
        let core = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()（）[] ."))
        guard let last = core.replacingOccurrences(of: " via ", with: "/").split(whereSeparator: { "/—–|,".contains($0) }).last?
            .trimmingCharacters(in: .whitespaces) else { return false }
        let agency = last.hasPrefix("via ") ? String(last.dropFirst(4)) : last
        guard TextClassifier.pictureAgencies.contains(agency) || agency.hasSuffix(" via getty images") else { return false }
        return core == agency || core.contains("—") || core.contains("–") || core.contains("/") || core.contains(" via ")
    }

    static func isLink(_ text: String) -> Bool {
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace }) else { return false }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
            || lowered.hasPrefix("ftp://") || lowered.hasPrefix("mailto:") { return true }
        if lowered.hasPrefix("/"), lowered.count > 1 {
            return !lowered.unicodeScalars.contains(where: ScriptClass.isWideNonSpacing)
        }
        if let at = lowered.firstIndex(of: "@"), lowered[lowered.index(after: at)...].contains("."), at != lowered.startIndex {
            return lowered.allSatisfy { $0.isASCII }
        }
        return false
    }

    static func isDateLine(_ text: String) -> Bool {
        var digits = 0
        var word = ""
        func wordIsDateWord() -> Bool { word.isEmpty || TextClassifier.englishDateWords.contains(word) }
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType != nil, !ScriptClass.isHan(scalar) {
                digits += 1
                guard wordIsDateWord() else { return false }
                word = ""
            } else if scalar.isASCII, ScriptClass.isLetter(scalar) {
                word += String(scalar).lowercased()
            } else {
                guard wordIsDateWord() else { return false }
                word = ""
                if ScriptClass.isLetter(scalar), !TextClassifier.chineseDateCharacters.unicodeScalars.contains(scalar) { return false }
            }
        }
        return digits > 0 && wordIsDateWord()
    }

    // MARK: ChromeRules

    static let edgeCharacters: CharacterSet = {
        var set = CharacterSet.whitespacesAndNewlines
        set.formUnion(.punctuationCharacters)
        set.formUnion(.symbols)
        set.remove(charactersIn: "©")
        return set
    }()

    static func isChromeText(_ text: String, rules: ChromeRules = .standard) -> Bool {
        guard text.utf8.count <= rules.maximumFooterLength * 4 else { return false }
        let lowered = text.lowercased()
        let core = lowered.trimmingCharacters(in: edgeCharacters)
        if core.isEmpty { return false }
        if rules.exactTexts.contains(core) { return true }
        let length = core.unicodeScalars.count
        guard length <= rules.maximumFooterLength else { return false }
        let start = lowered.drop(while: { $0.isWhitespace || $0 == "（" || $0 == "(" || $0 == "【" || $0 == "[" })
        if rules.prefixes.contains(where: { start.hasPrefix($0) }) { return true }
        guard length <= rules.maximumPromptLength else { return false }
        return rules.keywordSets.contains { set in set.allSatisfy { core.includes($0) } }
    }

    static func attributeMarksChrome(_ value: String, rules: ChromeRules = .standard) -> Bool {
        let lowered = value.lowercased()
        if rules.attributeSubstrings.contains(where: { lowered.includes($0) }) { return true }
        let tokens = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return tokens.contains { rules.attributeTokens.contains(String($0)) }
    }

    static func isReadMoreLink(text: String, rules: ChromeRules = .standard) -> Bool {
        guard text.utf8.count <= 64 else { return false }
        let core = text.lowercased().trimmingCharacters(in: edgeCharacters)
        return rules.readMoreLinkTexts.contains(core) || rules.readMoreLinkPrefixes.contains(where: core.hasPrefix)
    }

    // MARK: UnitIDAllocator

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: InlineNormalizer

    static func collapseWhitespace(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        output.reserveCapacity(runs.count)
        var atLineStart = true
        /// Index in `output` of the text run ending with a pending collapsed space, or -1 for
        /// the run being built; and whether the collapsed whitespace held a line break.
        var pending: (index: Int, hadBreak: Bool)?
        var lastScalar: Unicode.Scalar?

        func dropPendingSpace(_ current: inout String.UnicodeScalarView) {
            guard let space = pending else { return }
            if space.index < 0 {
                if current.last == " " { current.removeLast() }
            } else if case .text(let text) = output[space.index] {
                var scalars = text.unicodeScalars
                if scalars.last == " " { scalars.removeLast() }
                output[space.index] = .text(String(scalars))
            }
            pending = nil
        }

        for run in runs {
            switch run {
            case .text(let text):
                var current = String.UnicodeScalarView()
                for scalar in text.unicodeScalars {
                    if ScriptClass.isCollapsibleSpace(scalar) {
                        if atLineStart { continue }
                        if pending != nil {
                            if ScriptClass.isLineBreak(scalar) { pending?.hadBreak = true }
                            continue
                        }
                        pending = (-1, ScriptClass.isLineBreak(scalar))
                        current.append(" ")
                        continue
                    }
                    if let space = pending {
                        if space.hadBreak, let last = lastScalar, ScriptClass.dropsLineBreakBetween(last, scalar) {
                            dropPendingSpace(&current)
                        }
                        pending = nil
                    }
                    current.append(scalar)
                    lastScalar = scalar
                    atLineStart = false
                }
                if pending?.index == -1 { pending?.index = output.count }
                output.append(.text(String(current)))
            case .placeholder(let code) where code.kind == .lineBreak:
                var none = String.UnicodeScalarView()
                dropPendingSpace(&none)
                output.append(run)
                atLineStart = true
                lastScalar = nil
            case .placeholder:
                // An inline image is content: spaces on either side of it are separate.
                output.append(run)
                atLineStart = false
                lastScalar = nil
                pending = nil
            case .open, .close:
                output.append(run)
            }
        }
        var none = String.UnicodeScalarView()
        dropPendingSpace(&none)
        return output
    }

    /// Removes whitespace (including no-break and ideographic spaces) and line breaks at both edges.
    static func trimEdges(_ runs: [InlineRun], keepingIndentation: Bool = false) -> [InlineRun] {
        var output = runs
        var index = 0
        while !keepingIndentation, index < output.count {
            if case .text(let text) = output[index] {
                let trimmed = text.drop(while: { $0.isWhitespace })
                output[index] = .text(String(trimmed))
                if !trimmed.isEmpty { break }
            } else if case .placeholder(let code) = output[index], code.kind == .lineBreak {
                output.remove(at: index)
                continue
            } else if case .placeholder = output[index] {
                break
            }
            index += 1
        }
        index = output.count - 1
        while index >= 0 {
            if case .text(let text) = output[index] {
                var end = text.endIndex
                while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                output[index] = .text(String(text[..<end]))
                if end > text.startIndex { break }
            } else if case .placeholder(let code) = output[index], code.kind == .lineBreak {
                output.remove(at: index)
            } else if case .placeholder = output[index] {
                break
            }
            index -= 1
        }
        return output
    }

    static func dropEmptyPairs(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        for run in runs {
            if case .text(let text) = run, text.isEmpty { continue }
            if case .close(let code) = run, case .open(let opened)? = output.last, opened.id == code.id {
                output.removeLast()
                continue
            }
            output.append(run)
        }
        return output
    }

    static func mergeText(_ runs: [InlineRun]) -> [InlineRun] {
        var output: [InlineRun] = []
        var pending: String?
        for run in runs {
            if case .text(let text) = run {
                if pending == nil { pending = text } else { pending?.append(text) }
                continue
            }
            if let text = pending { output.append(.text(text)); pending = nil }
            output.append(run)
        }
        if let text = pending { output.append(.text(text)) }
        return output
    }

    // MARK: UnitIDAllocator

    /// The first ID a fresh allocator gives.
    static func firstUnitID(role: BlockRole, text: String) -> String {
        "\(role.name)-\(Fingerprint.of(role.name + "\u{1F}" + collapsingWhitespace(text)).hex.prefix(8))"
    }

    static func renumber(_ runs: [InlineRun]) -> [InlineRun] {
        var mapping: [Int: Int] = [:]
        func newID(_ old: Int) -> Int {
            if let id = mapping[old] { return id }
            let id = mapping.count + 1
            mapping[old] = id
            return id
        }
        return runs.map { run in
            switch run {
            case .text: return run
            case .open(var code): code.id = newID(code.id); return .open(code)
            case .close(var code): code.id = newID(code.id); return .close(code)
            case .placeholder(var code): code.id = newID(code.id); return .placeholder(code)
            }
        }
    }

    // MARK: TextStatistics

    static func statistics(_ text: String) -> TextStatistics {
        var statistics = TextStatistics()
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { inWord = false; continue }
            statistics.characters += 1
            if TextStatistics.isCJK(scalar) {
                statistics.words += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { statistics.words += 1 }
                inWord = true
            } else if scalar == "'" || scalar == "’" || scalar == "-" {
                continue
            } else {
                inWord = false
            }
        }
        return statistics
    }

    // MARK: LanguageDetector

    static func guessLatinLanguage(_ text: String) -> LanguageTag {
        var votes = [Int](repeating: 0, count: LatinLanguage.functionWords.count)
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).prefix(2_000) {
            let token = String(word)
            for (index, (_, words)) in LatinLanguage.functionWords.enumerated() where words.contains(token) { votes[index] += 1 }
        }
        let letters = LatinLanguage.letterVotes(text.lowercased().precomposedStringWithCanonicalMapping)
        return LatinLanguage.decide(wordVotes: votes, letterVotes: letters)
    }

    // MARK: Bylines and links

    static func strippingBylinePrefixes(_ text: String) -> String {
        var name = text
        var lowered = name.lowercased()
        for prefix in TextClassifier.bylinePrefixes where lowered.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
            lowered = name.lowercased()
        }
        return name
    }

    static func comparisonKey(_ url: String) -> String? {
        var text = Substring(url.trimming(.whitespacesAndNewlines))
        if let hash = text.firstIndex(of: "#") {
            guard text.index(after: hash) == text.endIndex else { return nil }
            text = text[..<hash]
        }
        if let query = text.firstIndex(of: "?") {
            let kept = text[text.index(after: query)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }
            text = text[..<query] + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
        }
        for scheme in ["https://", "http://", "//"] where text.lowercased().hasPrefix(scheme) { text = text.dropFirst(scheme.count); break }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        guard let slash = text.firstIndex(of: "/"), text.index(after: slash) < text.endIndex else { return nil }
        return text.lowercased()
    }

    static func isAbsolute(_ link: String) -> Bool {
        let lowered = link.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("//")
    }

    // MARK: Import QA

    static func punctuationProblems(in text: String) -> [String] {
        let pairs: [(open: Character, close: Character)] = [
            ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"), ("【", "】"),
            ("(", ")"), ("（", "）"), ("[", "]"), ("［", "］"), ("{", "}"),
        ]
        var problems: [String] = []
        for pair in pairs {
            var depth = 0
            var closedEarly = false
            for character in text {
                if character == pair.open { depth += 1 }
                if character == pair.close {
                    depth -= 1
                    if depth < 0 { closedEarly = true; depth = 0 }
                }
            }
            if depth > 0 { problems.append("\"\(pair.open)\" opened but not closed with \"\(pair.close)\"") }
            if closedEarly { problems.append("\"\(pair.close)\" closes without an opening \"\(pair.open)\"") }
        }
        let straight = text.filter { $0 == "\"" }.count
        if straight % 2 == 1 { problems.append("an odd number of straight quotes (\")") }
        return problems
    }
}
