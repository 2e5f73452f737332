import DiglotKit

/// libFuzzer entry point: arbitrary bytes as an XLIFF file coming back from a translator.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`). Exercises
/// the secure XML parse, DOCTYPE refusal, skeleton lookup, base64 and JSON decoding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFFSkeleton(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let skeleton = try? XLIFFSkeleton.extract(fromXLIFF: bytes, file: "fuzz.xlf") {
        _ = skeleton.document.blocks.map(\.plainText)
    }
    return 0
}
