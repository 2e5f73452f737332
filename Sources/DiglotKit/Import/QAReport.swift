import Foundation

/// The outcome of one `diglot import` run, per file: written outputs, blocking errors and
/// QA findings. Printed as a table for people and encoded as JSON (`--report`) for machines.
public struct QAReport: Hashable, Sendable, Codable {
    /// One returned XLIFF file.
    public struct FileReport: Hashable, Sendable, Codable {
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
        /// Problems that stopped the merge.
        public var errors: [String]
        public var issues: [QAIssue]

        public init(file: String, article: String? = nil, targetLanguage: String? = nil, merged: Bool = false,
                    outputs: [String] = [], units: Int = 0, translatedUnits: Int = 0, untranslatedUnits: Int = 0,
                    errors: [String] = [], issues: [QAIssue] = []) {
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
    }

    public var files: [FileReport]

    public init(files: [FileReport] = []) { self.files = files }

    public var qaErrorCount: Int { files.reduce(0) { $0 + $1.issues.filter { $0.severity == .error }.count } }
    public var qaWarningCount: Int { files.reduce(0) { $0 + $1.issues.filter { $0.severity == .warning }.count } }
    public var failedFiles: [FileReport] { files.filter { !$0.merged } }

    /// Pretty, sorted-keys JSON.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// A readable table grouped by article: one header line per file, then one line per
    /// finding (severity, unit, check, message), then a summary line.
    public func table() -> String {
        var lines: [String] = []
        for file in files {
            var header = "== " + file.file
            if let article = file.article { header += " — " + ImportVerifier.excerpt(article) }
            lines.append(header)
            if file.merged {
                lines.append("   merged: \(file.translatedUnits) of \(file.units) units translated"
                    + (file.untranslatedUnits > 0 ? ", \(file.untranslatedUnits) shown in the source language" : "")
                    + (file.outputs.isEmpty ? "" : " → " + file.outputs.joined(separator: ", ")))
            } else {
                lines.append("   NOT MERGED: no output written for this file")
            }
            for error in file.errors { lines.append("   FAILED  " + error) }
            let unitWidth = min(24, file.issues.map(\.unit.count).max() ?? 0)
            let codeWidth = file.issues.map(\.code.rawValue.count).max() ?? 0
            for issue in file.issues.sorted(by: { ($1.severity, $0.unit) < ($0.severity, $1.unit) }) {
                let severity = issue.severity == .error ? "error  " : "warning"
                lines.append("   \(severity) \(pad(issue.unit, unitWidth))  \(pad(issue.code.rawValue, codeWidth))  \(issue.message)")
            }
        }
        let failed = failedFiles.count
        lines.append("\(files.count - failed) of \(files.count) file\(files.count == 1 ? "" : "s") merged; "
            + "QA: \(qaErrorCount) error\(qaErrorCount == 1 ? "" : "s"), \(qaWarningCount) warning\(qaWarningCount == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
