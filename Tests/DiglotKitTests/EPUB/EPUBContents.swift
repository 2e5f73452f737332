import Foundation
@testable import DiglotKit

/// An EPUB unpacked for inspection: its zip entries and parsed XML documents.
struct EPUBContents {
    let entries: [ZipEntry]

    init(_ bytes: [UInt8]) throws {
        entries = try ZipArchive.entries(of: bytes)
    }

    func bytes(_ path: String) -> [UInt8]? {
        entries.first { $0.path == path }?.bytes
    }

    func text(_ path: String) -> String {
        bytes(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func xml(_ path: String) throws -> MarkupElement {
        try MarkupParser.parseXML(bytes(path) ?? [], file: path, rejectDoctype: false)
    }

    /// Chapter documents in file order (`EPUB/text/c0001.xhtml`, …).
    var chapterPaths: [String] {
        entries.map(\.path).filter { $0.hasPrefix("EPUB/text/c") }.sorted()
    }
}

extension MarkupElement {
    /// All descendant elements in document order.
    var descendants: [MarkupElement] {
        var result: [MarkupElement] = []
        for child in children {
            guard case .element(let element) = child else { continue }
            result.append(element)
            result.append(contentsOf: element.descendants)
        }
        return result
    }

    func descendants(_ name: String) -> [MarkupElement] {
        descendants.filter { $0.name == name }
    }

    var classes: Set<String> {
        Set((attribute("class") ?? "").split(separator: " ").map(String.init))
    }

    var collapsedText: String {
        textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
