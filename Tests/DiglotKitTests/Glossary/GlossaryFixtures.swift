import Foundation
@testable import DiglotKit

/// Fixture access for the glossary tests.
enum GlossaryFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: stem, withExtension: ext, subdirectory: "Fixtures/Glossary") else {
            throw FixtureMissing(name: name)
        }
        return [UInt8](try Data(contentsOf: url))
    }

    static func file(_ name: String) throws -> GlossaryFile {
        GlossaryFile.parse(try bytes(name), name: name)
    }

    /// The package root, found from this source file's path.
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    /// `../shared` next to the package, when present.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    struct FixtureMissing: Error { var name: String }
}
