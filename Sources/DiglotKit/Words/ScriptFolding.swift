/// Folds Traditional Chinese characters to their Simplified forms, one character for one.
///
/// Glossary matching and word segmentation compare text after this fold, so a glossary
/// written in one script matches text in the other (新華社 as 新华社) without listing both
/// forms. The table comes from CC-CEDICT's two headword columns (see
/// `Glossary/tools/build-lexicon.py`); it maps characters, not phrases, which keeps every
/// offset of the text as it is — a mark still covers the characters as written. Characters
/// that are ordinary Simplified text in their own right (么, 座, 沈) are left alone.
public enum ScriptFolding {
    /// The Simplified form of a scalar value, or the value itself.
    @inline(__always)
    public static func simplified(_ value: UInt32) -> UInt32 {
        if value >= firstIndexed && value < endIndexed {
            let mapped = table.basic[Int(value - firstIndexed)]
            return mapped == 0 ? value : mapped
        }
        if value < 0x2_0000 && value < 0xF900 { return value }
        return table.others[value] ?? value
    }

    /// The Simplified form of a character, or the character itself.
    public static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(simplified(scalar.value)) ?? scalar
    }

    /// `text` with every Traditional character replaced by its Simplified form.
    public static func simplified(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(Unicode.Scalar(simplified(scalar.value)) ?? scalar)
        }
        return String(view)
    }

    /// Whether `text` may be Simplified as written: every character the fold would change
    /// is one that Simplified words still write (乾隆, 名著, 瞭望), none only Traditional text
    /// writes (國).
    public static func mayBeSimplified(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { simplified($0.value) == $0.value || keptInSimplified.contains($0.value) }
    }

    private static let keptInSimplified = Set(keptInSimplifiedWords.unicodeScalars.map(\.value))

    /// Whether a scalar is a Han character (the unified ideographs, their extensions and
    /// the compatibility block): the characters Chinese words are made of.
    @inline(__always)
    public static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x2_0000...0x3_FFFF: true
        default: false
        }
    }

    private static let firstIndexed: UInt32 = 0x3400
    private static let endIndexed: UInt32 = 0xA000

    /// The pairs as a direct table for U+3400…U+9FFF (0 = unchanged) and a dictionary for
    /// the rest, built once on first use from the generated `pairs`.
    private static let table: (basic: [UInt32], others: [UInt32: UInt32]) = {
        var basic = [UInt32](repeating: 0, count: Int(endIndexed - firstIndexed))
        var others: [UInt32: UInt32] = [:]
        var pending: UInt32?
        for scalar in pairs.unicodeScalars {
            guard let traditional = pending else {
                pending = scalar.value
                continue
            }
            pending = nil
            if traditional >= firstIndexed && traditional < endIndexed {
                basic[Int(traditional - firstIndexed)] = scalar.value
            } else {
                others[traditional] = scalar.value
            }
        }
        return (basic, others)
    }()
}
