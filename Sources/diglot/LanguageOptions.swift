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
        if let sourceCode { try LanguageOptions.check(sourceCode, option: "--from") }
        if let targetCodes {
            for code in targetCodes.split(separator: ",") {
                try LanguageOptions.check(String(code).trimmingCharacters(in: .whitespaces), option: "--to")
            }
        }
    }

    /// Refuses a value that is not a BCP 47 tag, saying why (`--to english`: use en).
    static func check(_ code: String, option: String) throws {
        if let problem = LanguageTag.problem(in: code) {
            throw ValidationError("\(option) \(code): \(problem).")
        }
    }
}
