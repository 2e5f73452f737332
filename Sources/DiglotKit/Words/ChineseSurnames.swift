/// The characters that are Chinese surnames (李, 王, 胡; CC-CEDICT's "surname …" headwords,
/// see `Glossary/tools/build-pinyin.py`).
///
/// A name written in Chinese for a foreigner (谢霆锋 (Nicholas Tse), 李约瑟 (Joseph Needham))
/// need not sound like the original; a surname at its start is its own, whatever the sound.
public enum ChineseSurnames {
    /// Whether a Han character (either script) is a surname.
    public static func contains(_ value: UInt32) -> Bool {
        set.contains(ScriptFolding.simplified(value))
    }

    private static let set: Swift.Set<UInt32> = Swift.Set(characters.unicodeScalars.map(\.value))
}
