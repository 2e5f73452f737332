import ArgumentParser
import DiglotKit

/// `--files-from LIST`: inputs read from a file instead of the command line, one path per
/// line or separated by NUL bytes (`find … -print0`). For batches of thousands of files:
/// swift-argument-parser's time grows with the square of the argument count (16,000 paths
/// take 8 s to parse), and the shell's limit on a command line is near.
struct InputListOptions: ParsableArguments {
    @Option(name: .customLong("files-from"), help: ArgumentHelp(
        "Also read inputs from LIST: one path per line, or NUL-separated (find -print0); - is standard input.",
        valueName: "LIST"))
    var lists: [String] = []

    /// Refuses standard input named both as a list and as an input (`-`).
    func validate(alongside inputs: [String]) throws {
        if inputs.contains("-") && lists.contains("-") {
            throw ValidationError("Standard input can hold the --files-from list or an article, not both.")
        }
    }

    /// The paths the lists name, in order. Paths are taken as written: spaces are kept, and
    /// only empty lines, lines of spaces and tabs, and a carriage return before a line feed are dropped.
    func paths() throws -> [String] {
        var paths: [String] = []
        for list in lists {
            let bytes = try BoundedFile.read(list == "-" ? "/dev/stdin" : list)
            let separator: UInt8 = bytes.contains(0) ? 0 : 0x0A
            for entry in bytes.split(separator: separator) {
                var path = String(decoding: entry, as: UTF8.self)
                if separator == 0x0A, path.hasSuffix("\r") { path.removeLast() }
                // A line of only spaces or tabs is a slip of the editor, never a file someone meant.
                if !path.allSatisfy({ $0 == " " || $0 == "\t" }) { paths.append(path) }
            }
        }
        return paths
    }
}
