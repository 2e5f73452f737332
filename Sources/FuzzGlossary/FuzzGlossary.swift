import DiglotKit

/// libFuzzer entry point: arbitrary bytes as a glossary (TSV, CSV or TBX, detected from the
/// content), then the matcher built from whatever loaded.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = GlossaryFile.parse(bytes, name: "fuzz")
    if let glossary = try? Glossary.load(bytes, name: "fuzz"), !glossary.isEmpty {
        let annotator = GlossaryAnnotator(glossary: glossary)
        let segment = Segment(runs: [.text("美国气候特使克里 John Kerry 访华 " + (glossary.entries.first?.source ?? ""))])
        _ = annotator.terms(in: segment)
    }
    return 0
}
