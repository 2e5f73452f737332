import Foundation

/// The outcome of one `diglot import` run, per file: written outputs, blocking errors and
/// QA findings. Printed as a table for people and encoded as JSON (`--report`) for machines.
///
/// Only encoded, never decoded: the JSON gives each blocking error as its one-line text, and a
/// `Diagnostic` is not parsed back from its text.
public struct QAReport: Hashable, Sendable, Encodable {
    /// One returned XLIFF file.
    public struct FileReport: Hashable, Sendable, Encodable {
        public var file: String
        /// The article's headline (source), when the file could be read.
        public var article: String?
        public var targetLanguage: String?
        /// Whether the file was merged and its outputs written.
        public var merged: Bool
        public var outputs: [String]
        public var units: Int
        public var translatedUnits: Int
        public var untranslatedUnits: Int
        /// Problems that stopped the merge, typed; the table and the JSON give their one-line forms.
        public var errors: [Diagnostic]
        public var issues: [QAIssue]

        public init(file: String, article: String? = nil, targetLanguage: String? = nil, merged: Bool = false,
                    outputs: [String] = [], units: Int = 0, translatedUnits: Int = 0, untranslatedUnits: Int = 0,
                    errors: [Diagnostic] = [], issues: [QAIssue] = []) {
            self.file = file
            self.article = article
            self.targetLanguage = targetLanguage
            self.merged = merged
            self.outputs = outputs
            self.units = units
            self.translatedUnits = translatedUnits
            self.untranslatedUnits = untranslatedUnits
            self.errors = errors
            self.issues = issues
        }

        private enum CodingKeys: String, CodingKey {
            case file, article, targetLanguage, merged, outputs, units, translatedUnits, untranslatedUnits, errors, issues
        }

        /// The `--report` entry: every field as the synthesised encoding gave it (a nil optional
        /// left out), each blocking error as its one-line form (`Diagnostic.description`), as
        /// printed on standard error.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encodeIfPresent(article, forKey: .article)
            try container.encodeIfPresent(targetLanguage, forKey: .targetLanguage)
            try container.encode(merged, forKey: .merged)
            try container.encode(outputs, forKey: .outputs)
            try container.encode(units, forKey: .units)
            try container.encode(translatedUnits, forKey: .translatedUnits)
            try container.encode(untranslatedUnits, forKey: .untranslatedUnits)
            try container.encode(errors.map(\.description), forKey: .errors)
            try container.encode(issues, forKey: .issues)
        }
    }

    public var files: [FileReport]

    public init(files: [FileReport] = []) { self.files = files }

    public var qaErrorCount: Int { totals.qaErrors }
    public var qaWarningCount: Int { totals.qaWarnings }
    public var failedFiles: [FileReport] { files.filter { !$0.merged } }

    /// Pretty, sorted-keys JSON.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// A readable table grouped by article: each file's section (`FileReport.table()`), then
    /// the summary line.
    public func table() -> String {
        (files.map { $0.table() } + [totals.summary]).joined(separator: "\n")
    }

    /// The counts of every file, for the summary line.
    public var totals: Totals { files.reduce(into: Totals()) { $0.add($1) } }
}

extension QAReport.FileReport {
    /// Findings of one check listed per file in the table; the rest are counted on one line
    /// (the JSON report has them all). A file nobody has translated yet would otherwise print
    /// a line for every paragraph.
    public static let tableLinesPerCheck = 20

    /// This file's section of the table: a header line, whether it was merged, one line per
    /// blocking error, then the findings (severity, unit, check, message), errors first, each
    /// severity in document order, at most `tableLinesPerCheck` of one check.
    public func table() -> String {
        var header = "== " + file
        if let article { header += " — " + ImportVerifier.excerpt(article) }
        var lines = [header]
        if merged {
            lines.append("   merged: \(translatedUnits) of \(units) units translated"
                + (untranslatedUnits > 0 ? ", \(untranslatedUnits) shown in the source language" : "")
                + (outputs.isEmpty ? "" : " → " + outputs.joined(separator: ", ")))
        } else {
            lines.append("   NOT MERGED: no output written for this file")
        }
        for error in errors { lines.append("   FAILED  " + error.description) }
        let unitWidth = min(24, issues.map(\.unit.count).max() ?? 0)
        let codeWidth = issues.map(\.code.rawValue.count).max() ?? 0
        var listed: [QAIssue.Code: Int] = [:]
        var unlisted: [(code: QAIssue.Code, count: Int)] = []
        // The checker reports in document order; keep it within each severity.
        let ordered = issues.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
        for issue in ordered.map(\.element) {
            guard listed[issue.code, default: 0] < Self.tableLinesPerCheck else {
                if let index = unlisted.firstIndex(where: { $0.code == issue.code }) { unlisted[index].count += 1 }
                else { unlisted.append((issue.code, 1)) }
                continue
            }
            listed[issue.code, default: 0] += 1
            let severity = issue.severity == .error ? "error  " : "warning"
            lines.append("   \(severity) \(pad(issue.unit, unitWidth))  \(pad(issue.code.rawValue, codeWidth))  \(issue.message)")
        }
        for (code, count) in unlisted {
            lines.append("   … \(count) more \(code.rawValue) (every finding is in the JSON report)")
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension QAReport {
    /// Counts over the files seen so far: all the summary line and the exit status need.
    ///
    /// `diglot import` adds each file as it finishes and drops its report, so a batch's memory
    /// does not grow with the number of files.
    public struct Totals: Hashable, Sendable {
        public private(set) var files = 0
        public private(set) var failedFiles = 0
        public private(set) var qaErrors = 0
        public private(set) var qaWarnings = 0
        /// Units still marked for review (fuzzy, unapproved, memory pre-fill): warnings that
        /// `--strict` fails on too, since such a target is a suggestion, not a translation.
        public private(set) var unitsNeedingReview = 0

        public init() {}

        public mutating func add(_ file: FileReport) {
            files += 1
            if !file.merged { failedFiles += 1 }
            unitsNeedingReview += file.issues.filter { $0.code == .needsReview }.count
            for issue in file.issues {
                switch issue.severity {
                case .error: qaErrors += 1
                case .warning: qaWarnings += 1
                }
            }
        }

        /// The table's last line.
        public var summary: String {
            "\(files - failedFiles) of \(files) file\(files == 1 ? "" : "s") merged; "
                + "QA: \(qaErrors) error\(qaErrors == 1 ? "" : "s"), \(qaWarnings) warning\(qaWarnings == 1 ? "" : "s")"
        }
    }

    /// Encodes a report one file at a time into the same bytes `json()` gives for all of them.
    ///
    /// Each entry is cut from the encoding of a one-file report, so it carries the indentation
    /// and escaping the whole report would give it; `opening`, the entries joined by
    /// `separator`, then `closing` are exactly `json()`, an empty report included.
    public struct JSONStream: Sendable {
        public static let opening = Array("{\n  \"files\" : [\n".utf8)
        public static let separator = Array(",\n".utf8)
        public static let closing = Array("\n  ]\n}\n".utf8)

        private var entries = 0

        public init() {}

        /// The bytes that come before `file`'s entry (the opening or a separator), then the entry.
        public mutating func next(_ file: FileReport) throws -> [UInt8] {
            let whole = try QAReport(files: [file]).json()
            guard whole.count > Self.opening.count + Self.closing.count,
                  whole.starts(with: Self.opening), whole.reversed().starts(with: Self.closing.reversed()) else {
                throw EncodingError.invalidValue(file, EncodingError.Context(
                    codingPath: [], debugDescription: "JSONEncoder laid out the report in an unexpected way"))
            }
            let entry = whole[Self.opening.count..<(whole.count - Self.closing.count)]
            defer { entries += 1 }
            return (entries == 0 ? Self.opening : Self.separator) + entry
        }

        /// The bytes after the last entry; for a report without files, the whole of it.
        public func end() -> [UInt8] {
            (entries == 0 ? Self.opening : []) + Self.closing
        }
    }
}
