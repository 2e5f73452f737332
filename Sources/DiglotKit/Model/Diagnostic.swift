/// One thing Diglot has to tell about an input or an output, from any layer: where it is,
/// which unit it concerns, how serious it is, what kind of problem, and what to do.
///
/// Every error type of the library describes itself as a diagnostic (`DiagnosticConvertible`),
/// so the one-line form — `file:line:column: unit U: message` — is written in one place, and
/// the command line decides severity, wording prefix and exit code from the value, not from
/// the text.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        /// The input or output named was not used or not written.
        case error
        /// The work went on, but someone should look.
        case warning
    }

    /// Which layer found it: the kind of input or output it is about.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An article, page, feed or text file that could not be read.
        case input
        /// XML that libxml2 refused, or a container libzip could not build.
        case xml
        /// An XLIFF file that could not be written or whose Diglot data is unreadable.
        case xliff
        /// A returned XLIFF file that cannot be merged as it is.
        case `import`
        /// A glossary file.
        case glossary
        /// An EPUB that could not be written.
        case epub
        /// A pair of texts that could not be aligned.
        case alignment
        /// Sentence segmentation rules.
        case segmentation
        /// A path that cannot be read or written.
        case file
    }

    /// The file (or input name) concerned.
    public var file: String
    /// 1-based position of the article in a feed, when the finding is about one of its items.
    public var item: Int?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column within `line`, when known.
    public var column: Int?
    /// The XLIFF unit concerned, when there is one.
    public var unit: String?
    public var severity: Severity
    public var kind: Kind
    /// What is wrong and how to fix it.
    public var message: String

    public init(file: String, item: Int? = nil, line: Int? = nil, column: Int? = nil, unit: String? = nil,
                severity: Severity = .error, kind: Kind, message: String) {
        self.file = file
        self.item = item
        self.line = line
        self.column = column
        self.unit = unit
        self.severity = severity
        self.kind = kind
        self.message = message
    }

    /// `file item N:line:column`, with only the parts that are known (a column needs a line).
    public var place: String {
        var place = file
        if let item { place += " item \(item)" }
        if let line, line > 0 {
            place += ":\(line)"
            if let column, column > 0 { place += ":\(column)" }
        }
        return place
    }

    /// `place: unit U: message`, the one-line form of every report.
    public var description: String {
        guard !place.isEmpty else { return message }
        if let unit { return "\(place): unit \(unit): \(message)" }
        return "\(place): \(message)"
    }
}

/// An error that can say what it is as a `Diagnostic`.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic {
    /// The diagnostic of any error: its own when it has one, else its text as an error of
    /// `kind` about `file`.
    public static func of(_ error: any Error, file: String = "", kind: Kind = .input) -> Diagnostic {
        if let convertible = error as? any DiagnosticConvertible { return convertible.diagnostic }
        return Diagnostic(file: file, kind: kind, message: "\(error)")
    }
}
