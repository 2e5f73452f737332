import Foundation
import Testing

/// The text layer and the model sit below the readers: nothing in `Sources/DiglotKit/Text` or
/// `Sources/DiglotKit/Model` may name a type declared in `Sources/DiglotKit/Readers`.
@Suite struct TextLayerTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/DiglotKit")

    private static func files(in folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: sources.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
    }

    /// The types the readers declare, found in their source.
    private static func readerTypes() throws -> Set<String> {
        let declaration = try Regex(#"(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z][A-Za-z0-9_]*)"#)
        var names: Set<String> = []
        for url in try files(in: "Readers") {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: declaration) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test(arguments: ["Model", "Text"])
    func usesNothingFromTheReaders(_ folder: String) throws {
        let types = try Self.readerTypes()
        #expect(types.contains("ReaderError") && types.contains("SniffedInput"))
        let word = try Regex(#"[A-Za-z_][A-Za-z0-9_]*"#)
        for url in try Self.files(in: folder) {
            let code = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            let fromReaders = Set(code.matches(of: word).map { String(code[$0.range]) }).intersection(types)
            #expect(fromReaders.isEmpty, "\(folder)/\(url.lastPathComponent) uses \(fromReaders.sorted()) from Readers")
        }
    }
}
