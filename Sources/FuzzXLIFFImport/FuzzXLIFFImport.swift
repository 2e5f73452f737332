import CFuzzerDriver
import DiglotKit

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: arbitrary bytes as an XLIFF file coming back from a translator.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
/// Runs what `diglot import` runs: the secure XML parse and DOCTYPE refusal, the XLIFF 1.2 and
/// 2.x reader, the skeleton decoder, verification against the skeleton, QA, and the merge into
/// HTML and a bilingual EPUB. Any outcome but outputs or reported errors is a bug.
@main
enum FuzzXLIFFImport {
    static let importer = Importer(options: Importer.Options(html: true, epub: true))

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        _ = importer.importFile(bytes, name: "fuzz.xlf")
        return 0
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzXLIFFImport.testOneInput(data, size)
}
