import ArgumentParser
import DiglotKit

/// How a run ends: the one place where a command's diagnostics and flags become its exit code.
/// Usage errors exit 64 before a command runs; after, an error fails the run with 1 at the end.
enum ExitStatus {
    /// 1 when a diagnostic is an error or the command has another reason to fail (`failing`:
    /// a refused file, an unreadable glossary, no book to write), else 0.
    static func code(for diagnostics: [Diagnostic], failing: Bool = false) -> Int32 {
        failing || diagnostics.contains { $0.severity == .error } ? 1 : 0
    }

    /// `import`: a refused file fails the run; with `--strict`, QA errors and units still marked for review too.
    static func code(forImport diagnostics: [Diagnostic], totals: QAReport.Totals, strict: Bool) -> Int32 {
        code(for: diagnostics, failing: totals.failedFiles > 0 || strict && (totals.qaErrors > 0 || totals.unitsNeedingReview > 0))
    }

    /// Ends the command with `code`: returns for 0, else throws the `ExitCode` ArgumentParser exits with.
    static func end(_ code: Int32) throws {
        if code != 0 { throw ExitCode(code) }
    }

    /// Ends the command as `code(for:failing:)` decides.
    static func end(_ diagnostics: [Diagnostic] = [], failing: Bool = false) throws {
        try end(code(for: diagnostics, failing: failing))
    }
}
