import CFuzzerDriver
import DiglotKit

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: arbitrary bytes as an XLIFF file coming back from a translator.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
/// Exercises the secure XML parse, DOCTYPE refusal, skeleton lookup, base64 and JSON decoding.
@main
enum FuzzXLIFFSkeleton {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let skeleton = try? XLIFFSkeleton.extract(fromXLIFF: bytes, file: "fuzz.xlf") {
            _ = skeleton.document.blocks.map(\.plainText)
        }
        return 0
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzXLIFFSkeleton.testOneInput(data, size)
}
