import ArgumentParser
import DiglotKit

/// The `diglot` command: parses the command line and runs one subcommand.
@main
struct Diglot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot",
        abstract: "Bilingual XLIFF and EPUB for translators, newsrooms and publishers.",
        version: DiglotVersion.current,
        subcommands: [Export.self, Import.self, Align.self, Ebook.self, GlossaryCommand.self]
    )

    /// ArgumentParser's `main`, except that an error thrown while a command runs (a file that
    /// cannot be read, say) prints as `error: …` and exits 1, like every other message the
    /// commands print. Usage errors keep ArgumentParser's message and usage text.
    static func main() {
        var command: any ParsableCommand
        do {
            if let problem = SubcommandCheck.problem(in: Array(CommandLine.arguments.dropFirst()), root: Diglot.self) {
                throw problem
            }
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error where isArgumentParserError(error) {
            exit(withError: error)
        } catch {
            Console.report(.of(error))
            exit(withError: ExitCode(ExitStatus.code(for: [.of(error)], failing: true)))
        }
    }

    /// `ExitCode`, `ValidationError`, `CleanExit` and the parser's own internal errors (help
    /// asked for while running the root command): ArgumentParser prints and exits for these.
    private static func isArgumentParserError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
