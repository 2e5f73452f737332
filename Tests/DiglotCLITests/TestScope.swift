import Foundation

/// Which CLI tests run: the quick suite (README's `swift test`) always; the wide ones (large
/// inputs, interrupted batches, the external referees) only with `DIGLOT_FULL_TESTS=1`, which
/// `.ci/run` sets. A gated test is skipped visibly (`.enabled(if:)`), never passed by returning.
enum TestScope {
    /// `DIGLOT_FULL_TESTS=1`: run the wide tests too.
    static let full = ProcessInfo.processInfo.environment["DIGLOT_FULL_TESTS"] == "1"

    /// The referee tests run when the full scope is on and `../shared/referee` is installed.
    static var referee: Bool { full && PathToReferee.folder != nil }
}
