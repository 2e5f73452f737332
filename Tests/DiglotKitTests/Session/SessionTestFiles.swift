import Foundation
import Testing
@testable import DiglotKit

/// A temporary folder of real input files for the session tests, removed by `remove()`.
struct SessionTestFiles {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    var root: String { directory.url.path }

    /// Writes `bytes` at `relative` (folders made as needed) and returns its path.
    @discardableResult
    func put(_ bytes: [UInt8], at relative: String) throws -> String {
        let url = directory.url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func put(_ text: String, at relative: String) throws -> String {
        try put(Array(text.utf8), at: relative)
    }

    /// Copies the reader fixture `name` (a real article or feed) to `relative`.
    @discardableResult
    func putFixture(_ name: String, at relative: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Readers"))
        return try put(Array(try Data(contentsOf: url)), at: relative)
    }

    /// The files below `relative`, as sorted paths relative to it.
    func files(in relative: String) -> [String] {
        let base = directory.url.appendingPathComponent(relative).path
        let found = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return found.filter { !isDirectory(base + "/" + $0) }.sorted()
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(relative).path)
    }

    func remove() { directory.remove() }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// A feed whose items have no text: a link each, nothing to translate.
    static let feedWithoutText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Empty</title><link>https://example.com/</link>
        <item><link>https://example.com/a</link></item>
        <item><link>https://example.com/b</link><description></description></item>
        </channel></rss>
        """

    /// A feed of two stories and one empty item between them.
    static let smallFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Small</title><link>https://example.com/</link><language>en</language>
        <item><title>Kerry goes to Beijing</title><link>https://example.com/a</link><description>John Kerry will travel to Beijing next week for climate talks.</description></item>
        <item><link>https://example.com/empty</link></item>
        <item><title>Yellen on trade</title><link>https://example.com/b</link><description>Janet Yellen said the United States does not seek to decouple from China.</description></item>
        </channel></rss>
        """
}
