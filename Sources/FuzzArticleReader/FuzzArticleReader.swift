import CFuzzerDriver
import DiglotKit

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: arbitrary bytes through format detection and every article reader.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`). Any
/// outcome but a returned document list or a thrown `ReaderError` is a bug.
@main
enum FuzzArticleReader {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let documents = try? ArticleReader().read(InputSource(name: "fuzz", bytes: bytes)) {
            // Touch what writers read, so lazily computed values are exercised too.
            for document in documents {
                for block in document.blocks { _ = block.plainText; _ = block.sourceFingerprint }
            }
        }
        return 0
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzArticleReader.testOneInput(data, size)
}
