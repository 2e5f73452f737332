import DiglotKit
import FuzzDriver

/// libFuzzer target: arbitrary bytes as a glossary (TSV, CSV or TBX, detected from the
/// content), then a matcher built from whatever loaded, run over a sentence.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
@main
enum FuzzGlossary: FuzzTarget {
    static func test(_ bytes: [UInt8]) {
        _ = GlossaryFile.parse(bytes, name: "fuzz")
        if let glossary = try? Glossary.load(bytes, name: "fuzz"), !glossary.isEmpty {
            let annotator = GlossaryAnnotator(glossary: glossary)
            let text = "美国气候特使克里 John Kerry 访华 " + (glossary.entries.first?.source ?? "")
            _ = annotator.terms(in: Segment(runs: [.text(text)]))
        }
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzGlossary.test(data, size)
}
