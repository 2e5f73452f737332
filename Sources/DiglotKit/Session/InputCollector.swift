import Foundation

/// Expands the inputs a user names: files as given, directories searched recursively
/// (hidden files skipped, sorted by path so runs are reproducible), `-` for standard input.
///
/// Which files of a directory are inputs is a product rule, so every session asks here.
public enum InputCollector {
    /// One input to read: a path, or standard input.
    public enum Item: Hashable, Sendable {
        case file(String)
        case standardInput

        public var displayName: String {
            switch self {
            case .file(let path): path
            case .standardInput: "-"
            }
        }

        /// The file's path with symbolic links resolved (nil for standard input): what a run
        /// must never overwrite.
        public var resolvedPath: String? {
            guard case .file(let path) = self else { return nil }
            return URL.resolvedPath(ofCommandLinePath: path)
        }
    }

    /// File name endings read when a directory is searched; named files are read whatever their name.
    public static let directoryExtensions: Set<String> = ["txt", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf", "md", "feed"]

    /// What a directory gives `diglot import`: translated XLIFF only.
    public static let xliffExtensions: Set<String> = ["xlf", "xliff", "xlf2"]

    /// What a directory gives an ebook: articles, feeds and the XLIFF of CAT tools.
    public static let bookExtensions = directoryExtensions.union(["xlf", "xliff", "sdlxliff", "mxliff"])

    /// The inputs `arguments` name, each once, and one message for each argument that names
    /// none; `resolvedPaths` are the files' paths with symbolic links resolved (what the run
    /// must never overwrite), each resolved once here.
    public static func collect(_ arguments: [String], extensions: Set<String> = directoryExtensions)
        -> (items: [Item], errors: [Diagnostic], resolvedPaths: Set<String>) {
        var items: [Item] = []
        var errors: [Diagnostic] = []
        // Keyed by the resolved path, so `a.txt`, `./a.txt` and a link to it are one input,
        // read and written once.
        var seen: Set<String> = []
        func add(_ item: Item) {
            if seen.insert(item.resolvedPath ?? "-").inserted { items.append(item) }
        }
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" { add(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                // A link loop or a folder without permission is not "no such file".
                var status = stat()
                if stat(argument, &status) != 0, errno != ENOENT {
                    errors.append(FileError.cannotRead(argument, String(cString: strerror(errno))).diagnostic)
                } else {
                    errors.append(FileError.notFound(argument).diagnostic)
                }
                continue
            }
            guard isDirectory.boolValue else { add(.file(argument)); continue }
            var found: [String] = []
            searchDirectory(argument.trimmingTrailingSlashes, extensions: extensions, into: &found)
            if found.isEmpty { errors.append(FileError.noInputs(argument).diagnostic) }
            for path in found.sorted() { add(.file(path)) }
        }
        seen.remove("-")
        return (items, errors, seen)
    }

    /// Appends the regular files below `directory` (symbolic links to files included,
    /// symbolic links to directories not followed, so a link loop cannot trap the search)
    /// whose extension is one of `extensions`, skipping hidden entries and Markdown files that
    /// are not feed items (`isFeedItem`). `readdir(3)` and its
    /// `d_type` answer most entries without a `stat` per file.
    private static func searchDirectory(_ directory: String, extensions: Set<String>, into found: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let prefix = directory == "/" ? "/" : directory + "/"
        var subdirectories: [String] = []
        while let entry = readdir(stream) {
            let name = entryName(entry)
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            var type = entry.pointee.d_type
            if type == DT_UNKNOWN || type == DT_LNK {
                var status = stat()
                if type == DT_UNKNOWN, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                    type = UInt8(DT_DIR)
                } else if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
                    type = UInt8(DT_REG)
                } else {
                    continue
                }
            }
            if type == DT_DIR {
                subdirectories.append(path)
            } else if type == DT_REG, let dot = name.lastIndex(of: "."),
                      case let ext = name[name.index(after: dot)...].lowercased(), extensions.contains(ext) {
                if ext == "md", !isFeedItem(path) { continue }
                found.append(path)
            }
        }
        for subdirectory in subdirectories {
            searchDirectory(subdirectory, extensions: extensions, into: &found)
        }
    }

    /// The name of a directory entry, read up to its NUL only. `readdir(3)` packs entries of
    /// different lengths into one buffer, so the last ones may end before `d_name`'s declared
    /// 256 bytes: copying the field whole reads past the buffer (AddressSanitizer found it).
    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        guard let offset = MemoryLayout<dirent>.offset(of: \.d_name) else { return "" }
        let name = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
        return String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
    }

    /// Whether the file starts like a feed item (epoch comment, `[title](url)`, dashed rule).
    /// A folder's other Markdown files (README, SOURCES, notes) are not articles: a directory
    /// search passes over them, while a Markdown file named on the command line is still read
    /// and refused with its reason.
    public static func isFeedItem(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }  // let the read report it
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16_384)) ?? Data()
        return InputFormat.detect(Array(head)) == .feedItem
    }

    /// Reads an input's bytes.
    public static func read(_ item: Item) throws -> [UInt8] {
        switch item {
        case .standardInput:
            let limit = ArticleReader.maximumInputSize
            let data = (try? FileHandle.standardInput.read(upToCount: limit + 1)) ?? Data()
            if data.count > limit { throw FileError.cannotRead("-", ArticleReader.tooLargeReason(data.count)) }
            return Array(data)
        case .file(let path):
            return try BoundedFile.read(path, limit: ArticleReader.maximumInputSize, tooLarge: ArticleReader.tooLargeReason)
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
