import Foundation

/// Which CLI tests run: the quick suite (README's `swift test`) always; the wide ones (large
/// inputs, interrupted batches, the external referees) only with `DIGLOT_FULL_TESTS=1`, which
/// `.ci/run` sets. A gated test is skipped visibly (`.enabled(if:)`), never passed by returning.
enum TestScope {
    /// `DIGLOT_FULL_TESTS=1`: run the wide tests too.
    static let full = ProcessInfo.processInfo.environment["DIGLOT_FULL_TESTS"] == "1"

    /// `../shared/referee/check-xliff`, when installed.
    static let xliffReferee: URL? = {
        let url = DiglotBinary.packageRoot.appendingPathComponent("../shared/referee/check-xliff").standardizedFileURL
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// The referee tests run when the full scope is on and the referees are installed.
    static var referee: Bool { full && xliffReferee != nil && PathToReferee.folder != nil }
}
