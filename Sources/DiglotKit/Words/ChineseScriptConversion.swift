/// Writes Chinese in the other script: a glossary's Chinese targets, shown in the script the
/// translator writes (Traditional for zh-Hant, zh-TW, zh-HK; Simplified for zh-Hans, zh-CN).
///
/// A word whose characters CC-CEDICT converts otherwise than one by one is converted whole
/// (头发 → 頭髮, 皇后 stays; 乾隆 stays, 反覆 → 反复), longest word first; every other character
/// takes its most frequent form in the other script (国 → 國, 約 → 约). The tables come from
/// `Glossary/tools/build-script-conversion.py`. Text already in the wanted script is left as
/// it is.
public enum ChineseScriptConversion {
    /// `text` in Traditional characters, or `text` itself when it holds a character only
    /// Traditional text writes (`isTraditional`: it is Traditional already).
    public static func traditional(_ text: String) -> String {
        guard !isTraditional(text) else { return text }
        return convert(text, words: tables.traditionalWords, longest: tables.longestTraditionalWord) {
            tables.traditionalCharacters[$0] ?? $0
        }
    }

    /// `text` in Simplified characters, or `text` itself when it holds no character only
    /// Traditional text writes.
    public static func simplified(_ text: String) -> String {
        guard isTraditional(text) else { return text }
        return convert(text, words: tables.simplifiedWords, longest: tables.longestSimplifiedWord) {
            ScriptFolding.simplified($0)
        }
    }

    /// Whether a text holds a character that only Traditional text writes (國, 灣).
    public static func isTraditional(_ text: String) -> Bool {
        text.unicodeScalars.contains { ScriptFolding.isHan($0.value) && ScriptFolding.simplified($0.value) != $0.value }
    }

    /// The longest listed word at each position, else each character's form. Words are
    /// looked up only within a run of Han characters.
    private static func convert(_ text: String, words: [String: String], longest: Int,
                                character: (UInt32) -> UInt32) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        var index = 0
        var hanRunEnd = 0
        scanning: while index < scalars.count {
            guard ScriptFolding.isHan(scalars[index].value) else {
                view.append(scalars[index])
                index += 1
                continue
            }
            if hanRunEnd <= index {
                hanRunEnd = index
                while hanRunEnd < scalars.count, ScriptFolding.isHan(scalars[hanRunEnd].value) { hanRunEnd += 1 }
            }
            var length = min(longest, hanRunEnd - index)
            while length >= 2 {
                var key = String.UnicodeScalarView()
                key.append(contentsOf: scalars[index..<(index + length)])
                if let word = words[String(key)] {
                    view.append(contentsOf: word.unicodeScalars)
                    index += length
                    continue scanning
                }
                length -= 1
            }
            view.append(Unicode.Scalar(character(scalars[index].value)) ?? scalars[index])
            index += 1
        }
        return String(view)
    }

    private struct Tables {
        var traditionalCharacters: [UInt32: UInt32] = [:]
        var traditionalWords: [String: String] = [:]
        var longestTraditionalWord = 0
        var simplifiedWords: [String: String] = [:]
        var longestSimplifiedWord = 0
    }

    /// Built once, on first use, from the generated strings.
    private static let tables: Tables = {
        var tables = Tables()
        var pending: UInt32?
        for scalar in traditionalCharacterPairs.unicodeScalars {
            if let simplified = pending {
                tables.traditionalCharacters[simplified] = scalar.value
                pending = nil
            } else {
                pending = scalar.value
            }
        }
        (tables.traditionalWords, tables.longestTraditionalWord) = words(in: traditionalWordLines)
        (tables.simplifiedWords, tables.longestSimplifiedWord) = words(in: simplifiedWordLines)
        return tables
    }()

    /// "word<TAB>form" lines as a table, with the longest word's length in scalars.
    private static func words(in lines: String) -> ([String: String], Int) {
        var table: [String: String] = [:]
        var longest = 0
        for line in lines.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            table[String(fields[0])] = String(fields[1])
            longest = max(longest, fields[0].unicodeScalars.count)
        }
        return (table, longest)
    }
}
