/// Writes Simplified Chinese in Traditional characters: a glossary's Chinese targets, shown to
/// a translator who writes Traditional Chinese (zh-Hant, zh-TW, zh-HK).
///
/// A word whose characters CC-CEDICT converts otherwise than one by one is converted whole
/// (头发 → 頭髮, 台湾 → 台灣, 皇后 stays), longest word first; every other character takes its
/// most frequent Traditional form (国 → 國, 约 → 約). The tables come from
/// `Glossary/tools/build-traditional-forms.py`. Text already in Traditional characters is left
/// as it is.
public enum TraditionalForms {
    /// `text` in Traditional characters, or `text` itself when it holds a character only
    /// Traditional text writes (國): it is written in Traditional already.
    public static func converting(_ text: String) -> String {
        guard !isTraditional(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (length, phrase) = phrase(startingAt: index, in: scalars) {
                view.append(contentsOf: phrase.unicodeScalars)
                index += length
            } else {
                let value = scalars[index].value
                view.append(tables.characters[value].flatMap(Unicode.Scalar.init) ?? scalars[index])
                index += 1
            }
        }
        return String(view)
    }

    /// Whether a text holds a character that only Traditional text writes (國, 灣).
    public static func isTraditional(_ text: String) -> Bool {
        text.unicodeScalars.contains { ScriptFolding.isHan($0.value) && ScriptFolding.simplified($0.value) != $0.value }
    }

    /// The longest word of the phrase table at `start`, with its length in scalars.
    private static func phrase(startingAt start: Int, in scalars: [Unicode.Scalar]) -> (Int, String)? {
        var length = min(tables.longestPhrase, scalars.count - start)
        while length >= 2 {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: scalars[start..<(start + length)])
            if let phrase = tables.phrases[String(key)] { return (length, phrase) }
            length -= 1
        }
        return nil
    }

    private struct Tables {
        var characters: [UInt32: UInt32] = [:]
        var phrases: [String: String] = [:]
        var longestPhrase = 0
    }

    /// Built once, on first use, from the generated strings.
    private static let tables: Tables = {
        var tables = Tables()
        var pending: UInt32?
        for scalar in characterPairs.unicodeScalars {
            if let simplified = pending {
                tables.characters[simplified] = scalar.value
                pending = nil
            } else {
                pending = scalar.value
            }
        }
        for line in phraseLines.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            tables.phrases[String(fields[0])] = String(fields[1])
            tables.longestPhrase = max(tables.longestPhrase, fields[0].unicodeScalars.count)
        }
        return tables
    }()
}
