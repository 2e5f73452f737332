import Foundation

/// Which CLI tests run: the quick ones always; the wide ones (referees, `../shared`) only with
/// `DIGLOT_FULL_TESTS=1`, as in the library's tests. A gated test is skipped visibly.
enum TestScope {
    /// `DIGLOT_FULL_TESTS=1`: run the wide tests too.
    static let full = ProcessInfo.processInfo.environment["DIGLOT_FULL_TESTS"] == "1"

    /// `../shared/referee/check-xliff`, when installed.
    static let xliffReferee: URL? = {
        let url = DiglotBinary.packageRoot.appendingPathComponent("../shared/referee/check-xliff").standardizedFileURL
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// The referee tests run when the full scope is on and the referees are installed.
    static var referee: Bool { full && xliffReferee != nil }
}
