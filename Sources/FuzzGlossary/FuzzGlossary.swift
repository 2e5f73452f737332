import CFuzzerDriver
import DiglotKit

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: arbitrary bytes as a glossary (TSV, CSV or TBX, detected from the
/// content), then a matcher built from whatever loaded, run over a sentence.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
@main
enum FuzzGlossary {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        _ = GlossaryFile.parse(bytes, name: "fuzz")
        if let glossary = try? Glossary.load(bytes, name: "fuzz"), !glossary.isEmpty {
            let annotator = GlossaryAnnotator(glossary: glossary)
            let text = "美国气候特使克里 John Kerry 访华 " + (glossary.entries.first?.source ?? "")
            _ = annotator.terms(in: Segment(runs: [.text(text)]))
        }
        return 0
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzGlossary.testOneInput(data, size)
}
