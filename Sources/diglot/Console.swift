import DiglotKit
import Foundation

/// The CLI's three streams: results on stdout, human summaries and errors on stderr.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func info(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("error: " + text + "\n").utf8))
    }

    /// A finding of the library, prefixed by its severity: where a `Diagnostic` becomes text.
    static func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: error(diagnostic.description)
        case .warning: warning(diagnostic.description)
        }
    }

    /// Each finding in order, one line each.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { report(diagnostic) }
    }

    /// Something the user should know that did not stop the command (a glossary row skipped).
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data(("warning: " + text + "\n").utf8))
    }
}
