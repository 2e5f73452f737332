import Foundation

/// Loads the translation memories a user names: TMX files, or directories searched for
/// `.tmx` files (sorted, so the same folder gives the same memory), merged in order.
public enum MemoryLoader {
    /// The merged memory. Units a file holds but that cannot be used are handed to `skipped`
    /// with the file's name as each file is read, before a later file can fail.
    public static func load(_ paths: [String], skipped: ([XMLError], String) -> Void = { _, _ in }) throws -> TranslationMemory {
        var memory = TranslationMemory()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw FileError.notFound(path) }
            var files = [path]
            if isDirectory.boolValue {
                let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                files = found.filter { $0.lowercased().hasSuffix(".tmx") }.sorted()
                    .map { URL(commandLinePath: path).appendingPathComponent($0).path }
                if files.isEmpty { throw FileError.noInputs(path) }
            }
            for file in files {
                let bytes = try BoundedFile.read(file)
                let contents = try TMXReader().read(bytes, file: file)
                skipped(contents.skipped, file)
                memory = memory.merging(contents.memory)
            }
        }
        return memory
    }
}
