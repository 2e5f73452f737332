import DiglotKit
import FuzzDriver

/// libFuzzer target: arbitrary bytes through format detection and every article reader, and
/// through the streaming feed reader used for feeds too large to read whole.
///
/// Built only with `DIGLOT_FUZZ=1` and `-sanitize=fuzzer,address` (see `Fuzz/run.sh`). Any
/// outcome but a returned document list or a thrown `ReaderError` is a bug.
@main
enum FuzzArticleReader: FuzzTarget {
    static func test(_ bytes: [UInt8]) {
        if let documents = try? ArticleReader().read(InputSource(name: "fuzz", bytes: bytes)) {
            for document in documents { touch(document) }
        }
        // Chunk sizes from 1 to 256 bytes, chosen by the input, so tags and characters are cut anywhere.
        let chunkSize = Int(bytes.last ?? 0) + 1
        guard let count = try? FeedStream.countItems(name: "fuzz", chunks: chunks(bytes, size: chunkSize)) else { return }
        try? FeedStream.forEachItem(name: "fuzz", language: nil, totalCount: count, chunks: chunks(bytes, size: chunkSize)) { item in
            if let document = item.document(at: 0) { touch(document) }
        }
    }

    /// Touches what writers read, so lazily computed values are exercised too.
    private static func touch(_ document: Document) {
        for block in document.blocks { _ = block.plainText; _ = block.sourceFingerprint }
    }

    private static func chunks(_ bytes: [UInt8], size: Int) -> FeedStream.Chunks {
        var offset = 0
        return { buffer in
            let count = min(size, buffer.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) }
            offset += count
            return count
        }
    }
}

/// The entry point libFuzzer's runtime links against; `main` hands it to the driver as well.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzArticleReader.test(data, size)
}
