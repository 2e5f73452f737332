import ArgumentParser
import DiglotKit
import Foundation

/// `--glossary` (repeatable) and `--no-default-glossary`, shared by the commands that apply
/// a glossary. Later files override earlier ones for the same source term; the glossary
/// shipped for the language pair comes first, so any file overrides it.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file (TSV, CSV or TBX); repeat to add more, later files win.", valueName: "file"))
    var glossaries: [String] = []

    @Flag(name: .customLong("no-default-glossary"), help: "Do not apply the glossary shipped for the language pair.")
    var noDefaultGlossary = false

    /// The files, loaded in order, for commands that merge them per language pair themselves.
    /// Prints each file's problems and exits 1 when a file cannot be used.
    func loadFiles() throws -> [Glossary] {
        var loaded: [Glossary] = []
        var failed = false
        for path in glossaries {
            guard let bytes = GlossaryFiles.read(path) else {
                failed = true
                continue
            }
            do {
                loaded.append(try Glossary.load(bytes, name: path))
            } catch {
                Console.report(.of(error))
                failed = true
            }
        }
        try ExitStatus.end(failing: failed)
        return loaded
    }

    /// The shipped glossary for the pair (unless turned off) with every file merged over it.
    /// TBX termbases are read in the pair's direction; a TSV/CSV file whose header names
    /// other languages is refused. Prints each file's problems and exits 1 when a file
    /// cannot be used.
    func glossary(from source: LanguageTag, to target: LanguageTag) throws -> Glossary {
        var result = Glossary(sourceLanguage: source, targetLanguage: target)
        if !noDefaultGlossary, let shipped = ShippedGlossary.glossary(from: source, to: target) {
            result.merge(shipped)
        }
        var failed = false
        for path in glossaries {
            guard let bytes = GlossaryFiles.read(path) else {
                failed = true
                continue
            }
            let file = GlossaryFile.parse(bytes, name: path, languages: (source, target))
            do {
                let glossary = try file.glossary()
                guard file.fits(source: source, target: target) else {
                    let found = "\(file.sourceLanguage?.rawValue ?? "?") → \(file.targetLanguage?.rawValue ?? "?")"
                    Console.error("\(path): the glossary is \(found), not \(source) → \(target); not used")
                    failed = true
                    continue
                }
                result.merge(glossary)
            } catch {
                Console.report(.of(error))
                failed = true
            }
        }
        try ExitStatus.end(failing: failed)
        return result.written(for: target)
    }
}
