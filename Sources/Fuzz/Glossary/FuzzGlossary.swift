import DiglotKit
import FuzzDriver

/// libFuzzer target: arbitrary bytes as a glossary (TSV, CSV or TBX, detected from the
/// content), then a matcher built from whatever loaded, run over a sentence; and the same
/// bytes as text, matched with the shipped glossaries (word boundaries, name context) and
/// searched for name pairs as `glossary extract` does.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
@main
enum FuzzGlossary: FuzzTarget {
    static let shipped = [("zh", "en"), ("en", "zh")].compactMap { pair in
        ShippedGlossary.glossary(from: pair.0, to: pair.1).map { TermMatcher(glossary: $0) }
    }
    static let finder = NamePairFinder()

    static func test(_ bytes: [UInt8]) {
        _ = GlossaryFile.parse(bytes, name: "fuzz")
        if let glossary = try? Glossary.load(bytes, name: "fuzz"), !glossary.isEmpty {
            let annotator = GlossaryAnnotator(glossary: glossary)
            let text = "美国气候特使克里 John Kerry 访华 " + (glossary.entries.first?.source ?? "")
            _ = annotator.terms(in: Segment(runs: [.text(text)]))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for matcher in shipped { _ = matcher.matches(in: text) }
        _ = finder.pairs(in: text)
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzGlossary.test(data, size)
}
