import Foundation

/// The default glossaries shipped with Diglot (the package's top-level `Glossary/` folder).
///
/// Their text is compiled into DiglotKit (`ShippedGlossaryData.swift`) rather than shipped
/// as a SwiftPM resource bundle, so `swift run diglot`, the test runner and an installed
/// binary copied anywhere all find them without a bundle next to the executable (SwiftPM's
/// `Bundle.module` traps when the bundle is missing). A test keeps the compiled copy equal
/// to the files in `Glossary/`; `DIGLOT_RECORD=1 swift test --filter ShippedGlossaryTests`
/// regenerates it after editing them.
public enum ShippedGlossary {
    /// File names of the shipped glossaries (`zh-en.tsv`, `en-zh.tsv`, `en-zh-TW.tsv`).
    public static var fileNames: [String] { files.keys.sorted() }

    /// The language pairs available, as `(source, target)` primary subtags (a region's file
    /// is no pair of its own).
    public static var pairs: [(source: String, target: String)] {
        fileNames.compactMap(pair(ofFileName:))
    }

    /// The shipped glossary for a language pair, compared on primary subtags (`zh-Hans` →
    /// `zh`), or nil when Diglot ships none for that pair. A target with a region that has
    /// its own usage gets that region's file merged over it (`en-zh-TW.tsv` for `zh-TW`:
    /// 川普, not 特朗普).
    public static func glossary(from source: LanguageTag, to target: LanguageTag) -> Glossary? {
        guard var glossary = loaded.glossary(named: "\(source.primary)-\(target.primary).tsv") else { return nil }
        if let region = target.region, let regional = loaded.glossary(named: "\(source.primary)-\(target.primary)-\(region).tsv") {
            glossary.merge(regional)
        }
        return glossary
    }

    /// Each shipped glossary, read once, when first asked for: a run into one language
    /// does not pay for reading the others. A file that does not load is left out; the
    /// shipped-glossary tests make sure none is.
    private static let loaded = Loaded()

    private final class Loaded: @unchecked Sendable {
        private let lock = NSLock()
        /// Guarded by `lock`.
        private var glossaries: [String: Glossary?] = [:]

        func glossary(named name: String) -> Glossary? {
            lock.withLock {
                if let read = glossaries[name] { return read }
                let read = files[name].flatMap { try? Glossary.load(Array($0.utf8), name: "Glossary/\(name)") }
                glossaries[name] = read
                return read
            }
        }
    }

    /// The text of a shipped file, byte for byte as in `Glossary/`.
    public static func contents(ofFile name: String) -> String? {
        files[name]
    }

    private static func pair(ofFileName name: String) -> (source: String, target: String)? {
        let stem = name.hasSuffix(".tsv") ? String(name.dropLast(4)) : name
        let parts = stem.split(separator: "-")
        guard parts.count == 2 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}
