import Foundation
import Testing
@testable import DiglotKit

@Suite struct SkeletonDecoderTests {
    // MARK: Version 1 (JSON) payloads

    /// Files exported before version 2 (kept as fixtures, written by that release) still give
    /// their document, with the fingerprints stored in them. The first is Chinese, split into
    /// sentences, with glossary hits; the second English, with links and hits.
    @Test(arguments: [("rfi-0025-sentences-1.2.xlf", false), ("economist-0005-2.1.xlf", true)])
    func readsVersion1Files(_ name: String, hasCodes: Bool) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/XLIFF/SkeletonV1"))
        let bytes = Array(try Data(contentsOf: url))
        let skeleton = try XLIFFSkeleton.extract(fromXLIFF: bytes, file: name)
        #expect(skeleton.version == 1)
        let document = skeleton.document
        #expect(document.translatableBlocks.count >= 2)
        #expect(document.blocks.contains { $0.segments.contains { !$0.terms.isEmpty } })
        #expect(document.blocks.contains { $0.runs.contains { if case .open = $0 { true } else { false } } } == hasCodes)
        #expect(document.metadata.published != nil)
        // The stored fingerprints are the ones in the units and agree with the decoded source.
        let text = String(decoding: bytes, as: UTF8.self)
        for block in document.translatableBlocks {
            let stored = try #require(skeleton.fingerprints[block.id.rawValue])
            #expect(stored == block.sourceFingerprint.hex)
            #expect(text.contains("diglot-fp:\(stored)\"") || text.contains("diglot:fingerprint=\"\(stored)\""))
        }
        // The importer's reader accepts it as before.
        let imported = try XLIFFReader().read(bytes, file: name)
        #expect(imported.skeleton == skeleton)
        // Written again as version 2, the same document comes back.
        var upgraded = skeleton
        upgraded.version = XLIFFSkeleton.currentVersion
        #expect(try XLIFFSkeleton.decode(try upgraded.encoded()).document == document)
    }

    /// Version 1 payloads of real articles, made with the JSON form, decode to the same model.
    @Test func readsVersion1PayloadsOfRealArticles() throws {
        for source in try SkeletonSamples.sources(corpusStride: 20) {
            for document in try SkeletonSamples.prepared(source, sentences: true) {
                var skeleton = XLIFFSkeleton(document: document, targetLanguage: SkeletonSamples.targetLanguage(of: document))
                skeleton.version = XLIFFSkeleton.jsonVersion
                let payload = try skeleton.encoded()
                #expect(Base64.decode(payload)?.first == UInt8(ascii: "{"))
                #expect(try XLIFFSkeleton.decode(payload) == skeleton)
            }
        }
    }

    // MARK: Damage

    /// Every truncation of a real payload is refused.
    @Test func refusesEveryTruncation() throws {
        let payload = try Self.payload()
        for length in 0..<payload.count {
            Self.expectDamage(Array(payload[..<length]))
        }
    }

    /// Every single flipped bit is refused: in the structure, in a string (by the checksum),
    /// or in the checksum itself.
    @Test func refusesEveryFlippedBit() throws {
        let payload = try Self.payload()
        for index in payload.indices {
            for bit in 0..<8 {
                var damaged = payload
                damaged[index] ^= 1 << bit
                Self.expectDamage(damaged)
            }
        }
    }

    /// Forged counts and lengths are refused before anything is allocated for them.
    @Test(arguments: [UInt64(1) << 62, UInt64.max, 1_000_000, 200])
    func refusesForgedCounts(_ count: UInt64) throws {
        let header = SkeletonFormat.magic + [2, 2] + Array("en".utf8) + [0, 2] + Array("zh".utf8) + [0]
        for forged in [
            header + Self.leb128(count),                  // entry count
            header + [0] + Self.leb128(count),            // block count
            Array(header.dropLast()) + Self.leb128(count), // origin length
            header + [1] + Self.leb128(count),            // entry source length
            header + [0, 1, 1, 0x70, 2, 1] + Self.leb128(count), // segment count
        ] {
            let error = Self.expectDamage(forged + Array(repeating: 0, count: 64))
            #expect(error?.message.contains("exceeds") == true || error?.message.contains("checksum") == true, "\(error?.message ?? "")")
        }
    }

    /// A count is checked against the smallest size of its items, not just one byte each.
    @Test func refusesCountsThatCannotFit() {
        let header = SkeletonFormat.magic + [2, 2] + Array("en".utf8) + [0, 2] + Array("zh".utf8) + [0, 0]
        let error = Self.expectDamage(header + [20] + Array(repeating: 0, count: 60 + SkeletonFormat.checksumSize))
        #expect(error?.message.contains("a count of 20 exceeds the 60 bytes left") == true, "\(error?.message ?? "")")
    }

    @Test func refusesOverlongNumbers() {
        let payload = SkeletonFormat.magic + Array(repeating: 0xFF, count: 11) + [0x01] + Array(repeating: 0, count: 16)
        let error = Self.expectDamage(payload)
        #expect(error?.message.contains("64 bits") == true)
    }

    /// Damage behind a valid checksum (a tool that recomputes it, or a forger) is still
    /// caught by the structure checks.
    @Test func refusesBadValuesBehindAValidChecksum() throws {
        let block = Block(id: UnitID(rawValue: "p"), role: .paragraph, segments: [Segment(runs: [.text("é"), .placeholder(InlineCode(id: 1, kind: .lineBreak, element: "br"))],
                          terms: [TermOccurrence(runIndex: 0, range: 0..<1, entry: GlossaryEntry(source: "é", target: "e"))])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "fr", origin: "o"), blocks: [block])
        let payload = SkeletonEncoder.payload(of: document, targetLanguage: "en")
        func patched(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
            var bytes = Array(payload.dropLast(SkeletonFormat.checksumSize))
            change(&bytes)
            let checksum = bytes.withUnsafeBufferPointer(SkeletonFormat.checksum)
            return bytes + (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
        }
        func offset(of needle: [UInt8], from start: Int = 0) throws -> Int {
            try #require((start...(payload.count - needle.count)).first { Array(payload[$0..<$0 + needle.count]) == needle })
        }
        let entryAt = try offset(of: [2, 0xC3, 0xA9, 1, Array("e".utf8)[0]])
        let blockAt = try offset(of: [1, Array("p".utf8)[0], SkeletonFormat.RoleTag.paragraph])
        let cases: [(String, (inout [UInt8]) -> Void)] = [
            ("UTF-8", { $0[entryAt + 2] = 0xFF }),                                   // é → C3 FF
            ("UTF-8", { $0[entryAt + 1] = 0xED; $0[entryAt + 2] = 0xA0 }),           // a surrogate half
            ("term type", { $0[entryAt + 5] = 9 }),
            ("entry flags", { $0[entryAt + 6] = 0x80 }),
            ("metadata flags", { $0[4 + 1 + 3] = 0x40 }),
            ("block role", { $0[blockAt + 2] = 12 }),
            ("yes/no", { $0[blockAt + 3] = 2 }),
            ("run tag", { $0[blockAt + 6] = 5 }),
            ("inline code kind", { $0[blockAt + 12] = UInt8(SkeletonFormat.inlineKinds.count) }),
            ("reversed", { $0[$0.count - 3] = 4 }),                                  // range 0..<1 → 2..<1
            ("entry 1 of 1", { $0[$0.count - 1] = 1 }),
            ("unexpected bytes", { $0.append(0) }),
            ("version", { $0[4] = 1 }),
            ("newer", { $0[4] = 3 }),
        ]
        for (expected, change) in cases {
            let error = Self.expectDamage(patched(change))
            #expect(error?.message.contains(expected) == true, "\(expected): \(error?.message ?? "decoded")")
        }
        // The unpatched payload, checksum recomputed the same way, is fine.
        #expect(try XLIFFSkeleton.decode(Base64.encode(patched { _ in })).document == document)
    }

    @Test func closeReferencesMustHaveAnOpen() throws {
        let link = XLIFFTestDocuments.link(1, "https://example.com")
        let block = Block(id: UnitID(rawValue: "p"), role: .paragraph, segments: [Segment(runs: [.open(link), .close(link)])], isTranslatable: true)
        let document = Document(metadata: ArticleMetadata(sourceLanguage: "en", origin: ""), blocks: [block])
        var bytes = Array(SkeletonEncoder.payload(of: document, targetLanguage: "zh").dropLast(SkeletonFormat.checksumSize))
        // The last run is tag 4 with code id 1 (zigzag 2): point it at code 7 instead.
        #expect(Array(bytes.suffix(3)) == [SkeletonFormat.RunTag.closeOfLastOpen, 2, 0])
        bytes[bytes.count - 2] = 14
        let checksum = bytes.withUnsafeBufferPointer(SkeletonFormat.checksum)
        let error = Self.expectDamage(bytes + (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) })
        #expect(error?.message.contains("not opened") == true)
    }

    /// Seeded random mutations with the checksum recomputed, so they reach the structure
    /// checks: each must decode or throw, never crash or hang.
    @Test func survivesMutationsBehindAValidChecksum() throws {
        let payload = Array(try Self.payload().dropLast(SkeletonFormat.checksumSize))
        var generator = SeededGenerator(seed: 0x5EED)
        var refused = 0
        for _ in 0..<3000 {
            var bytes = payload
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: SkeletonFormat.magic.count..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes[index] = [0x00, 0x7F, 0x80, 0xFF][Int.random(in: 0..<4, using: &generator)]
                case 2: bytes.remove(at: index)
                default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                }
            }
            let checksum = bytes.withUnsafeBufferPointer(SkeletonFormat.checksum)
            bytes += (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
            do {
                _ = try XLIFFSkeleton.decode(Base64.encode(bytes))
            } catch {
                #expect(error.message.contains("re-export the article") || error.message.contains("newer"), "\(error.message)")
                refused += 1
            }
        }
        #expect(refused > 1500)
    }

    @Test func refusesRandomBytesAfterTheMagic() {
        var generator = SeededGenerator(seed: 42)
        for length in 0..<400 {
            let random = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            Self.expectDamage(SkeletonFormat.magic + [2] + random)
        }
    }

    @Test(arguments: ["", "   ", "AAAA", "RERERA==", "eyJhIjox", "REdTSw", "REdTSwI", "!!!!", "REdTSw==x"])
    func refusesForeignPayloads(_ text: String) {
        #expect(throws: XLIFFError.self) { try XLIFFSkeleton.decode(text) }
    }

    @Test func namesTheFileAndAsksForAReexport() throws {
        let payload = try Self.payload()
        let error = try #require(throws: XLIFFError.self) {
            try XLIFFSkeleton.decode(Base64.encode(Array(payload.dropLast())), file: "story.xlf")
        }
        #expect(error.file == "story.xlf")
        #expect(error.message.hasPrefix("the skeleton is damaged: "))
        #expect(error.message.hasSuffix("; re-export the article"))
    }

    // MARK: Helpers

    /// The payload of a small document with codes, hits and metadata.
    static func payload() throws -> [UInt8] {
        SkeletonEncoder.payload(of: XLIFFTestDocuments.chineseSegmented(), targetLanguage: "en")
    }

    @discardableResult
    static func expectDamage(_ payload: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> XLIFFError? {
        #expect(throws: XLIFFError.self, sourceLocation: sourceLocation) { try XLIFFSkeleton.decode(Base64.encode(payload)) }
    }

    static func leb128(_ value: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = value
        while rest >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80); rest >>= 7 }
        return bytes + [UInt8(rest)]
    }
}
