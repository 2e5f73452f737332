import DiglotKit
import Foundation

/// Expands the command line's inputs: files as given, directories searched recursively
/// (hidden files skipped, sorted by path so runs are reproducible), `-` for standard input.
struct InputCollector {
    /// One input to read: a path, or standard input.
    enum Item: Hashable {
        case file(String)
        case standardInput

        var displayName: String {
            switch self {
            case .file(let path): path
            case .standardInput: "-"
            }
        }
    }

    /// File name endings read when a directory is searched; named files are read whatever their name.
    static let directoryExtensions: Set<String> = ["txt", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf", "md", "feed"]

    static func collect(_ arguments: [String], extensions: Set<String> = directoryExtensions) -> (items: [Item], errors: [String]) {
        var items: [Item] = []
        var errors: [String] = []
        var seen: Set<Item> = []
        func add(_ item: Item) {
            if seen.insert(item).inserted { items.append(item) }
        }
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" { add(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                errors.append(CLIError.notFound(argument).description)
                continue
            }
            guard isDirectory.boolValue else { add(.file(argument)); continue }
            var found: [String] = []
            if let enumerator = manager.enumerator(at: URL(fileURLWithPath: argument),
                                                   includingPropertiesForKeys: [.isRegularFileKey],
                                                   options: [.skipsHiddenFiles]) {
                for case let url as URL in enumerator {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                          extensions.contains(url.pathExtension.lowercased()) else { continue }
                    let relative = url.path.hasPrefix(URL(fileURLWithPath: argument).path)
                        ? argument.trimmingTrailingSlashes + String(url.path.dropFirst(URL(fileURLWithPath: argument).path.count))
                        : url.path
                    found.append(relative)
                }
            }
            if found.isEmpty { errors.append(CLIError.noInputs(argument).description) }
            for path in found.sorted() { add(.file(path)) }
        }
        return (items, errors)
    }

    /// Reads an input's bytes.
    static func read(_ item: Item) throws -> [UInt8] {
        switch item {
        case .standardInput:
            let limit = ArticleReader.maximumInputSize
            let data = (try? FileHandle.standardInput.read(upToCount: limit + 1)) ?? Data()
            if data.count > limit { throw CLIError.cannotRead("-", ArticleReader.tooLargeReason(data.count)) }
            return Array(data)
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CLIError.cannotRead(path, String(cString: strerror(errno)))
            }
            defer { try? handle.close() }
            // Refused before reading, so a huge file costs neither time nor memory.
            var status = stat()
            if fstat(handle.fileDescriptor, &status) == 0, Int(status.st_size) > ArticleReader.maximumInputSize {
                throw CLIError.cannotRead(path, ArticleReader.tooLargeReason(Int(status.st_size)))
            }
            do {
                return Array(try handle.readToEnd() ?? Data())
            } catch {
                throw CLIError.cannotRead(path, "\(error.localizedDescription)")
            }
        }
    }
}

extension String {
    var trimmingTrailingSlashes: String {
        var result = self
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
