import CFuzzerDriver

#if canImport(Glibc)
import Glibc
#endif

/// One libFuzzer target: `@main` on a type with `test(_:)`, and the target's own
/// `LLVMFuzzerTestOneInput` handing each input to `test(_:_:)`.
///
/// SwiftPM renames an executable's entry point, so libFuzzer's `main` cannot be used; the
/// `main` here runs libFuzzer's driver instead. Targets are built only with `DIGLOT_FUZZ=1`
/// and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
public protocol FuzzTarget {
    /// Runs one input. Returning is a pass; a crash, hang or sanitizer report is the bug found.
    static func test(_ bytes: [UInt8])
}

extension FuzzTarget {
    public static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }

    /// Copies libFuzzer's input (nil when empty) into an array and tests it; always 0, as
    /// libFuzzer requires.
    public static func test(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        test(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }
}
