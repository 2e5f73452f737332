import DiglotKit

/// libFuzzer entry point: arbitrary bytes through format detection and every article reader.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`); libFuzzer
/// supplies `main`. Any outcome but a returned document list or a thrown `ReaderError` is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let documents = try? ArticleReader().read(InputSource(name: "fuzz", bytes: bytes)) {
        // Touch what writers read, so lazily computed values are exercised too.
        for document in documents {
            for block in document.blocks { _ = block.plainText; _ = block.sourceFingerprint }
        }
    }
    return 0
}
