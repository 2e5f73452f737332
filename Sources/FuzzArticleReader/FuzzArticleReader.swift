import DiglotKit
import FuzzDriver

/// libFuzzer target: arbitrary bytes through format detection and every article reader.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`). Any
/// outcome but a returned document list or a thrown `ReaderError` is a bug.
@main
enum FuzzArticleReader: FuzzTarget {
    static func test(_ bytes: [UInt8]) {
        if let documents = try? ArticleReader().read(InputSource(name: "fuzz", bytes: bytes)) {
            // Touch what writers read, so lazily computed values are exercised too.
            for document in documents {
                for block in document.blocks { _ = block.plainText; _ = block.sourceFingerprint }
            }
        }
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzArticleReader.test(data, size)
}
