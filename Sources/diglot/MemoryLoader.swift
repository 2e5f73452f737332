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
                let contents = try TMXReader().read(bytes, file: file)
                reportSkipped(contents.skipped, in: file)
                memory = memory.merging(contents.memory)
            }
        }
        return memory
    }

    /// One warning per unusable unit, the first few of each file only: a memory exported by
    /// a tool that writes, say, no language on its variants should not flood the terminal.
    private static func reportSkipped(_ skipped: [XMLError], in file: String) {
        let shown = 5
        for problem in skipped.prefix(shown) { Console.warning(problem.description) }
        if skipped.count > shown {
            Console.warning("\(file): \(counted(skipped.count - shown, "more unit")) skipped")
        }
    }
}
