import Foundation

/// Which tests run: the quick suite (README's `swift test`) always; the wide ones only when asked.
///
/// The quick suite must finish in under two minutes on a 2-core machine, so corpus-wide checks,
/// the external referees (epubcheck, the OASIS schemas, Translate Toolkit) and large inputs run
/// only with `DIGLOT_FULL_TESTS=1`, which `.ci/run` sets. A gated test is skipped visibly
/// (`.enabled(if:)`), never passed by returning early.
enum TestScope {
    /// `DIGLOT_FULL_TESTS=1`: run the wide tests too.
    static let full = ProcessInfo.processInfo.environment["DIGLOT_FULL_TESTS"] == "1"

    /// The wide tests that need `../shared` run when it is there and the full scope is on.
    static func fullWithShared(_ path: String) -> Bool {
        full && PackageRoot.shared(path) != nil
    }

    /// The referee tests run when the full scope is on and the referees are installed.
    static var referee: Bool { full && Referee.available != nil }
}
