import DiglotKit
import Foundation

/// Loads `--memory` arguments: TMX files, or directories searched for `.tmx` files (sorted).
enum MemoryLoader {
    static func load(_ paths: [String]) throws -> TranslationMemory {
        var memory = TranslationMemory()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError.notFound(path) }
            var files = [path]
            if isDirectory.boolValue {
                let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                files = found.filter { $0.lowercased().hasSuffix(".tmx") }.sorted()
                    .map { URL(commandLinePath: path).appendingPathComponent($0).path }
                if files.isEmpty { throw CLIError.noInputs(path) }
            }
            for file in files {
                let bytes = try BoundedFile.read(file)
                memory = memory.merging(try TMXReader().read(bytes, file: file))
            }
        }
        return memory
    }
}
