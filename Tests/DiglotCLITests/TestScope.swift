import Foundation

/// Which CLI tests run: the quick ones always; those that call the referees only with
/// `DIGLOT_FULL_TESTS=1` (as in `Tests/DiglotKitTests/Support/TestScope.swift`), skipped visibly.
enum TestScope {
    /// `DIGLOT_FULL_TESTS=1`: run the wide tests too.
    static let full = ProcessInfo.processInfo.environment["DIGLOT_FULL_TESTS"] == "1"

    /// The referee tests run when the full scope is on and the referees are installed.
    static var referee: Bool { full && PathToReferee.folder != nil }
}
