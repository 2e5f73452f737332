import Foundation

/// Finds the pictures an article references on disk, for embedding in EPUBs.
///
/// A picture is looked for next to the input (its relative path), then in each `--images`
/// folder: by its relative path, then by its file name (the last part of a URL's path, so
/// `https://cdn.example/2024/07/kerry.jpg` is found as `kerry.jpg`). Only files inside those
/// folders are read (an article from the web must not pull `/etc/…` or `../../secret.png` into
/// a book); URLs are never fetched. The EPUB writer embeds what it recognises as an image by
/// its bytes and shows the others as their captions.
enum LocalImages {
    /// Largest image read from disk.
    static let maximumBytes = 20 << 20

    static func collect(for document: Document, input: InputCollector.Item, folders: [URL] = []) -> [String: [UInt8]] {
        var searched: [URL] = []
        if case .file(let path) = input {
            searched.append(URL(commandLinePath: path).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath())
        }
        searched += folders
        guard !searched.isEmpty else { return [:] }
        var images: [String: [UInt8]] = [:]
        for block in document.blocks {
            guard case .image(let image) = block.role, images[image.source] == nil else { continue }
            if let bytes = find(image.source, in: searched, besideInput: searched.count > folders.count) {
                images[image.source] = bytes
            }
        }
        return images
    }

    /// The first readable candidate for `source`: its relative path in each folder, then its
    /// file name in the `--images` folders (not next to the input, where a name alone could
    /// pick up an unrelated file of the same name).
    private static func find(_ source: String, in folders: [URL], besideInput: Bool) -> [UInt8]? {
        let relative = isRelativePath(source) ? decodedPath(source) : nil
        for folder in folders {
            if let relative, let bytes = read(relative, in: folder) { return bytes }
        }
        let imageFolders = folders.dropFirst(besideInput ? 1 : 0)
        guard !imageFolders.isEmpty, let name = fileName(of: source) else { return nil }
        for folder in imageFolders {
            if let bytes = read(name, in: folder) { return bytes }
        }
        return nil
    }

    private static func read(_ path: String, in folder: URL) -> [UInt8]? {
        let candidate = URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
        guard candidate.path.hasPrefix(folder.path + "/"),
              let attributes = try? FileManager.default.attributesOfItem(atPath: candidate.path),
              (attributes[.type] as? FileAttributeType) == .typeRegular,
              let size = attributes[.size] as? Int, size <= maximumBytes,
              let data = FileManager.default.contents(atPath: candidate.path) else { return nil }
        return [UInt8](data)
    }

    /// The path part of a relative reference, without query or fragment, percent-decoded.
    private static func decodedPath(_ source: String) -> String {
        let path = source.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init) ?? source
        let withoutQuery = path.split(separator: "?", omittingEmptySubsequences: false).first.map(String.init) ?? path
        return withoutQuery.removingPercentEncoding ?? withoutQuery
    }

    /// The last path component of a URL or a relative path, when it is a plain file name.
    private static func fileName(of source: String) -> String? {
        var path = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if let scheme = path.range(of: "://") {
            path = String(path[scheme.upperBound...])
            guard let slash = path.firstIndex(of: "/") else { return nil }
            path = String(path[slash...])
        } else if path.hasPrefix("data:") {
            return nil
        }
        let name = decodedPath(path).split(separator: "/").last.map(String.init) ?? ""
        guard !name.isEmpty, name != ".", name != "..", !name.contains("\0") else { return nil }
        return name
    }

    private static func isRelativePath(_ source: String) -> Bool {
        guard !source.isEmpty, !source.hasPrefix("/"), !source.hasPrefix("//") else { return false }
        if let colon = source.firstIndex(of: ":"), !source[..<colon].contains("/") { return false }  // a scheme
        return true
    }
}
