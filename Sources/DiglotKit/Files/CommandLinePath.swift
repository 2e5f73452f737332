import Foundation

extension URL {
    /// The file URL for a path exactly as given on the command line.
    ///
    /// `URL(fileURLWithPath:)` on Linux expands a leading `~` or `~user`, but the shell has
    /// already expanded every tilde the user meant; one that reaches diglot was quoted and
    /// names a file or directory called `~`, which `mkdir(2)` and `open(2)` then create.
    /// Expanding it here would make a `~` directory and write the files into the home folder.
    public init(commandLinePath path: String) {
        self.init(fileURLWithPath: path.hasPrefix("~") ? "./" + path : path)
    }

    /// A command-line path made absolute, with `.`/`..` and symbolic links resolved: the one
    /// spelling of a file that runs compare (an input read once, an input never overwritten).
    public static func resolvedPath(ofCommandLinePath path: String) -> String {
        URL(commandLinePath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
