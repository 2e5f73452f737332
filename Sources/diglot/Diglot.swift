import ArgumentParser
import DiglotKit

@main
struct Diglot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot",
        abstract: "Bilingual XLIFF and EPUB for translators, newsrooms and publishers.",
        subcommands: [Export.self, Import.self, Ebook.self, GlossaryCommand.self]
    )
}
