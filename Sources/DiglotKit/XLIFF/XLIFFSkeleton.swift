import Foundation

/// Everything a re-import needs, carried inside the exported XLIFF file itself.
///
/// The whole `Document` (metadata, every block with its role, inline codes with their
/// attributes, glossary hits, non-translatable blocks and images) travels base64-encoded, so
/// that CAT tools which re-indent or re-wrap text cannot damage it: decoding ignores
/// whitespace. XLIFF 1.2 keeps it in `<header><skl><internal-file form="base64">`, XLIFF 2.x
/// in `<file><skeleton>`; both are places the standards reserve for data that is not
/// translated. The original article is therefore never needed to rebuild it in the target
/// language.
///
/// Version 2 (written since) is a compact, checksummed binary layout, described in
/// `SkeletonFormat`, that stores each glossary entry once. Version 1 was sorted-keys JSON of
/// this type's `Codable` form; files exported with it still import. The payload's first bytes
/// tell them apart (`{` for JSON, `DGSK` for binary).
public struct XLIFFSkeleton: Hashable, Sendable, Codable {
    /// Marks the payload as Diglot's, so a foreign skeleton is told apart from a damaged one.
    public static let formatName = "diglot-skeleton"
    /// Bumped when the payload changes incompatibly.
    public static let currentVersion = SkeletonFormat.version
    /// The JSON payload of the first exports, still read.
    public static let jsonVersion = 1

    public var format: String
    public var version: Int
    /// The exported document, segments and glossary hits included.
    public var document: Document
    /// The language the translator was asked to translate into.
    public var targetLanguage: LanguageTag
    /// Source fingerprint (16 hex digits) of every translatable block, keyed by unit ID;
    /// compared on re-import with the fingerprint of the source found in the file. Version 1
    /// payloads store it; for version 2 it is recomputed from the decoded blocks.
    public var fingerprints: [String: String]

    public init(document: Document, targetLanguage: LanguageTag) {
        self.format = XLIFFSkeleton.formatName
        self.version = XLIFFSkeleton.currentVersion
        self.document = document
        self.targetLanguage = targetLanguage
        var fingerprints: [String: String] = [:]
        for block in document.blocks where block.isTranslatable {
            fingerprints[block.id.rawValue] = block.sourceFingerprint.hex
        }
        self.fingerprints = fingerprints
    }

    /// The payload as written into the file: base64 of the binary layout, one line.
    ///
    /// A skeleton whose `version` is `jsonVersion` (one decoded from an old file) is written
    /// as version 1 JSON again; any other version goes into the binary header as is.
    public func encoded() throws(XLIFFError) -> String {
        guard version != XLIFFSkeleton.jsonVersion else { return try jsonEncoded() }
        return Base64.encode(SkeletonEncoder.payload(of: document, targetLanguage: targetLanguage, version: version))
    }

    /// Reads a payload back from the text of `<internal-file>` or `<skeleton>`.
    ///
    /// Whitespace anywhere in the text (re-indentation, line wrapping) is ignored.
    public static func decode(_ text: String, file: String = "<skeleton>") throws(XLIFFError) -> XLIFFSkeleton {
        guard let payload = Base64.decode(text) ?? Base64.decode(withoutUnicodeWhitespace(text)) else {
            throw XLIFFError(file: file, message: "the skeleton is not base64; the file was damaged or not exported by Diglot")
        }
        if SkeletonDecoder.recognises(payload) {
            return try SkeletonDecoder.skeleton(from: payload, file: file)
        }
        return try decodeJSON(payload, file: file)
    }

    /// Version 1: sorted-keys JSON of the `Codable` form.
    private func jsonEncoded() throws(XLIFFError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // `deferredToDate` writes the exact stored value, so the date round-trips bit for bit.
        encoder.dateEncodingStrategy = .deferredToDate
        do {
            return Base64.encode(Array(try encoder.encode(self)))
        } catch {
            throw XLIFFError(file: "<skeleton>", message: "cannot encode the skeleton: \(error)")
        }
    }

    private static func decodeJSON(_ payload: [UInt8], file: String) throws(XLIFFError) -> XLIFFSkeleton {
        guard payload.first == UInt8(ascii: "{") else {
            throw XLIFFError(file: file, message: "the skeleton is not Diglot's; the file was damaged or not exported by Diglot")
        }
        let skeleton: XLIFFSkeleton
        do {
            skeleton = try JSONDecoder().decode(XLIFFSkeleton.self, from: Data(payload))
        } catch {
            throw XLIFFError(file: file, message: "the skeleton is not Diglot's (\(error.localizedDescription))")
        }
        guard skeleton.format == formatName else {
            throw XLIFFError(file: file, message: "the skeleton is not Diglot's (format \"\(skeleton.format)\")")
        }
        guard skeleton.version <= currentVersion else {
            throw XLIFFError(file: file, message: "skeleton version \(skeleton.version) is newer than this Diglot (\(currentVersion)); update Diglot")
        }
        guard skeleton.version == jsonVersion else {
            throw XLIFFError(file: file, message: "the skeleton is damaged: version \(skeleton.version) is not a JSON layout; re-export the article")
        }
        return skeleton
    }

    /// The text without whitespace outside ASCII (a no-break space a tool may have added);
    /// the slow path, taken only when the fast decoder refused the text.
    private static func withoutUnicodeWhitespace(_ text: String) -> String {
        text.removingWhiteSpace
    }

    /// Finds and decodes the skeleton of an XLIFF file Diglot wrote (1.2 or 2.x), whatever a
    /// CAT tool did to the rest of the file. The file is parsed without network access and
    /// rejected if it has a DOCTYPE.
    public static func extract(fromXLIFF bytes: [UInt8], file: String) throws(XLIFFError) -> XLIFFSkeleton {
        let root: MarkupElement
        do {
            let utf8 = try TextEncodingSniffer.convertingDeclaredLegacyEncoding(bytes, input: file)
            root = try MarkupParser.parseXML(utf8 ?? bytes, file: file, encoding: utf8 == nil ? nil : "UTF-8", rejectDoctype: true)
        } catch let error as TextDecodingError {
            throw XLIFFError(file: file, message: error.reason)
        } catch let error as XMLError {
            throw XLIFFError(file: file, line: error.line, column: error.column, message: error.message)
        } catch {
            throw XLIFFError(file: file, message: "\(error)")
        }
        guard root.name == "xliff" else {
            throw XLIFFError(file: file, message: "not an XLIFF file (root element <\(root.name)>)")
        }
        switch locate(in: root, file: file) {
        case .success(let skeleton): return skeleton
        case .failure(let error): throw error
        }
    }

    /// The skeleton of a parsed XLIFF file (1.2 or 2.x): the first `<file>` whose skeleton
    /// decodes, or why none did. The one place both the re-import and `--against` look.
    static func locate(in root: MarkupElement, file: String) -> Result<XLIFFSkeleton, XLIFFError> {
        var failure: XLIFFError?
        for fileElement in root.elements("file") {
            // XLIFF 1.2: <header><skl><internal-file>; XLIFF 2.x: <skeleton>.
            let text = fileElement.firstElement("header")?.firstElement("skl")?.firstElement("internal-file")?.textContent
                ?? fileElement.firstElement("skeleton")?.textContent
            guard let text, !text.isEmpty else { continue }
            do {
                return .success(try decode(text, file: file))
            } catch {
                failure = error
            }
        }
        return .failure(failure ?? XLIFFError(file: file, message:
            "no Diglot skeleton found: the file was not exported by Diglot, or a tool removed its header/skeleton"))
    }
}
