import DiglotKit
import Foundation

/// Finds the images an article references that sit next to it on disk, for embedding in EPUBs.
///
/// Only relative paths that stay inside the input's folder are read (an article from the web
/// must not pull `/etc/…` or `../../secret.png` into a book); URLs are never fetched. The EPUB
/// writer then embeds what it recognises as an image by its bytes and links the rest.
enum LocalImages {
    /// Largest image read from disk.
    static let maximumBytes = 20 << 20

    static func collect(for document: Document, input: InputCollector.Item) -> [String: [UInt8]] {
        guard case .file(let path) = input else { return [:] }
        let folder = URL(commandLinePath: path).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        var images: [String: [UInt8]] = [:]
        for block in document.blocks {
            guard case .image(let image) = block.role, images[image.source] == nil, isRelativePath(image.source) else { continue }
            let decoded = image.source.split(separator: "#").first.map(String.init)?
                .split(separator: "?").first.map(String.init)?.removingPercentEncoding ?? image.source
            let candidate = URL(fileURLWithPath: decoded, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
            guard candidate.path.hasPrefix(folder.path + "/"),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: candidate.path),
                  (attributes[.type] as? FileAttributeType) == .typeRegular,
                  let size = attributes[.size] as? Int, size <= maximumBytes,
                  let data = FileManager.default.contents(atPath: candidate.path) else { continue }
            images[image.source] = [UInt8](data)
        }
        return images
    }

    private static func isRelativePath(_ source: String) -> Bool {
        guard !source.isEmpty, !source.hasPrefix("/"), !source.hasPrefix("//") else { return false }
        if let colon = source.firstIndex(of: ":"), !source[..<colon].contains("/") { return false }  // a scheme
        return true
    }
}
