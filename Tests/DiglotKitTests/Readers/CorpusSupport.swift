import Foundation
import Testing
@testable import DiglotKit

/// Locates `../shared/corpus` relative to the package root; nil when it is absent.
enum Corpus {
    static let root: URL? = PackageRoot.shared("corpus")

    static func files(in folder: String, extensions: Set<String>? = nil) -> [URL] {
        guard let root else { return [] }
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0) }
            .filter { extensions == nil || extensions?.contains($0.pathExtension) == true }
    }

    static func source(_ url: URL) throws -> InputSource {
        InputSource(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
    }
}

/// Loads a fixture of `Fixtures/Readers`.
enum ReaderFixture {
    static func source(_ name: String) throws -> InputSource {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Readers"))
        return InputSource(name: name, bytes: Array(try Data(contentsOf: url)))
    }
}
