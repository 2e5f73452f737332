import ArgumentParser
import DiglotKit

/// `--from` and `--to`, shared by the subcommands.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("from"), help: ArgumentHelp("Source language (BCP 47). Default: detected from the text.", valueName: "LANG"))
    var sourceCode: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Target language, or a comma-separated list: each article takes the first that differs from its source.", valueName: "LANG"))
    var targetCodes: String?

    var source: LanguageTag? { sourceCode.flatMap(LanguageTag.init) }

    var targets: [LanguageTag] {
        (targetCodes ?? "").split(separator: ",").compactMap { LanguageTag(String($0).trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        if let sourceCode, LanguageTag(sourceCode) == nil {
            throw ValidationError("--from \(sourceCode) is not a language tag (try zh-Hans, zh-Hant, en).")
        }
        for code in (targetCodes ?? "").split(separator: ",") where LanguageTag(String(code).trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError("--to \(code) is not a language tag (try en, zh-Hans).")
        }
    }
}

