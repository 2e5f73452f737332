import Foundation
import Testing
@testable import DiglotKit

/// Builds "returned" XLIFF files for the import tests: an export of a known document whose
/// targets are then replaced, the way a CAT tool would write them.
enum ImportTestSupport {
    /// Unit IDs of `XLIFFTestDocuments.chinese()`.
    static let title = "title-2ebe9f75"
    static let paragraph = "p-78d5eb69"
    static let heading = "h2-fabe4616"
    static let image = "img-6ca14f39"
    static let listItem = "li-29bc2553"

    /// Targets for the segmented Chinese document, XLIFF 1.2 markup.
    static let targets12: [String: String] = [
        title: "John Kerry talks with China &amp; methane",
        paragraph: "<mrk mtype=\"seg\" mid=\"1\">According to <g id=\"1\">AFP</g>, <bx id=\"2\" rid=\"2\"/>John Kerry said the two sides discussed methane emissions.</mrk> "
            + "<mrk mtype=\"seg\" mid=\"2\">Kerry said<ex id=\"2\" rid=\"2\"/> the talks were &lt;fruitful&gt;.</mrk>",
        heading: "Line one<x id=\"1\"/>line two",
        image: "John Kerry in Beijing",
        listItem: "Texte avec <g id=\"1\">2</g> et <x id=\"2\"/> onglet ici contrôle.",
    ]

    /// The same targets in XLIFF 2 markup, per segment.
    static let targets2: [String: [String]] = [
        title: ["John Kerry talks with China &amp; methane"],
        paragraph: ["According to <pc id=\"1\">AFP</pc>, <sc id=\"2\"/>John Kerry said the two sides discussed methane emissions.",
                    "Kerry said<ec startRef=\"2\"/> the talks were &lt;fruitful&gt;."],
        heading: ["Line one<ph id=\"1\"/>line two"],
        image: ["John Kerry in Beijing"],
        listItem: ["Texte avec <pc id=\"1\">2</pc> et <ph id=\"2\"/> onglet ici contrôle."],
    ]

    /// The plain texts a reader must get back, per unit.
    static let expectedText: [String: String] = [
        title: "John Kerry talks with China & methane",
        paragraph: "According to AFP, John Kerry said the two sides discussed methane emissions. Kerry said the talks were <fruitful>.",
        heading: "Line oneline two",
        image: "John Kerry in Beijing",
        listItem: "Texte avec 2 et  onglet ici contrôle.",
    ]

    static func document(segmented: Bool = true) -> Document {
        segmented ? XLIFFTestDocuments.chineseSegmented() : XLIFFTestDocuments.chinese()
    }

    static func export12(_ document: Document = document(), copySource: Bool = true) throws -> String {
        String(decoding: try XLIFF12Writer().write(document, options: XLIFFWriterOptions(targetLanguage: "en", copySource: copySource)), as: UTF8.self)
    }

    static func export21(_ document: Document = document(), copySource: Bool = true) throws -> String {
        String(decoding: try XLIFF21Writer().write(document, options: XLIFFWriterOptions(targetLanguage: "en", copySource: copySource)), as: UTF8.self)
    }

    /// A 1.2 export with every target replaced by `targets12`.
    static func translated12(state: String = "translated") throws -> String {
        var xml = try export12()
        for (unit, target) in targets12 {
            xml = replacingTarget12(of: unit, with: "<target xml:lang=\"en\" state=\"\(state)\">\(target)</target>", in: xml)
        }
        return xml
    }

    /// A 2.1 export with every segment's target replaced by `targets2`.
    static func translated21(state: String = "translated") throws -> String {
        var xml = try export21()
        for (unit, targets) in targets2 {
            var segments = ""
            let sources = sourceSegments2(of: unit, in: xml)
            for (index, target) in targets.enumerated() {
                segments += "<segment id=\"s\(index + 1)\" state=\"\(state)\">\(sources[index])<target>\(target)</target></segment>"
                if unit == paragraph, index == 0 { segments += "<ignorable><source></source></ignorable>" }
            }
            xml = replacingSegments2(of: unit, with: segments, in: xml)
        }
        return xml
    }

    /// Replaces the `<target>` of one 1.2 unit (adding one after the source when there is none).
    static func replacingTarget12(of unit: String, with target: String, in xml: String) -> String {
        replacing(unitPattern: "<trans-unit id=\"\(unit)\"", closing: "</trans-unit>", in: xml) { body in
            if let range = body.range(of: "<target[^>]*>[\\s\\S]*?</target>", options: .regularExpression) {
                return body.replacingCharacters(in: range, with: target)
            }
            let anchor = body.range(of: "</seg-source>") ?? body.range(of: "</source>")
            guard let anchor else { return body }
            return body.replacingCharacters(in: anchor, with: body[anchor] + target)
        }
    }

    /// The `<source>` elements of a 2.x unit's segments, as written.
    static func sourceSegments2(of unit: String, in xml: String) -> [String] {
        guard let start = xml.range(of: "<unit id=\"\(unit)\""), let end = xml.range(of: "</unit>", range: start.upperBound..<xml.endIndex) else { return [] }
        let body = String(xml[start.upperBound..<end.lowerBound])
        var sources: [String] = []
        var searchStart = body.startIndex
        while let segment = body.range(of: "<segment[^>]*>\\s*<source[^>]*>[\\s\\S]*?</source>", options: .regularExpression, range: searchStart..<body.endIndex) {
            let text = String(body[segment])
            if let source = text.range(of: "<source") { sources.append(String(text[source.lowerBound...])) }
            searchStart = segment.upperBound
        }
        return sources
    }

    /// Replaces every `<segment>` and `<ignorable>` of a 2.x unit with `segments`.
    static func replacingSegments2(of unit: String, with segments: String, in xml: String) -> String {
        replacing(unitPattern: "<unit id=\"\(unit)\"", closing: "</unit>", in: xml) { body in
            var result = body
            while let range = result.range(of: "<(segment|ignorable)[^>]*>[\\s\\S]*?</(segment|ignorable)>", options: .regularExpression) {
                result.removeSubrange(range)
            }
            return result + segments
        }
    }

    private static func replacing(unitPattern: String, closing: String, in xml: String, _ transform: (String) -> String) -> String {
        guard let start = xml.range(of: unitPattern),
              let end = xml.range(of: closing, range: start.upperBound..<xml.endIndex) else { return xml }
        let body = String(xml[start.upperBound..<end.lowerBound])
        return xml.replacingCharacters(in: start.upperBound..<end.lowerBound, with: transform(body))
    }

    /// Reads and verifies a returned file.
    /// `translated12()` with its first `<source>` edited (an "X" put in front): a file the
    /// verifier must refuse for that unit.
    static func translated12WithEditedSource() throws -> String {
        var xml = try translated12()
        let source = try #require(xml.range(of: "<source>"))
        xml.insert("X", at: source.upperBound)
        return xml
    }

    static func verify(_ xml: String, file: String = "returned.xlf") throws -> VerifiedImport {
        let imported = try XLIFFReader().read(Array(xml.utf8), file: file)
        return ImportVerifier().verify(imported)
    }

    /// Plain text of each merged translation, by unit.
    static func texts(_ verified: VerifiedImport) throws -> [String: String] {
        let merged = try Merger().merge(verified)
        var texts: [String: String] = [:]
        for (unit, translation) in merged.translated.translations { texts[unit.rawValue] = translation.plainText }
        return texts
    }
}
