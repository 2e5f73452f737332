import DiglotKit
import Foundation
import FuzzDriver

/// libFuzzer target: arbitrary bytes as an XLIFF file coming back from a translator, or as a
/// bare skeleton payload.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`).
/// Input starting with `<` (or a byte order mark) goes through what `diglot import` runs: the
/// secure XML parse and DOCTYPE refusal, the XLIFF 1.2 and 2.x reader, the skeleton,
/// verification, QA, and the merge into HTML and a bilingual EPUB. Anything else is taken as
/// the decoded skeleton payload itself (binary version 2 or JSON version 1), so mutations
/// reach the payload decoders directly instead of being spent on base64 text. Any outcome
/// but outputs or reported errors is a bug.
@main
enum FuzzXLIFFImport: FuzzTarget {
    static let importer = Importer(options: Importer.Options(html: true, epub: true))

    static func test(_ bytes: [UInt8]) {
        let looksLikeXML = bytes.first == UInt8(ascii: "<") || bytes.first == 0xEF || bytes.first == 0xFE || bytes.first == 0xFF
        if looksLikeXML {
            _ = importer.importFile(bytes, name: "fuzz.xlf")
        } else if let skeleton = try? XLIFFSkeleton.decode(Data(bytes).base64EncodedString(), file: "fuzz.xlf") {
            _ = skeleton.document.blocks.map(\.plainText)
        }
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzXLIFFImport.test(data, size)
}
