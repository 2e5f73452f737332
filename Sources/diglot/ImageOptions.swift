import ArgumentParser
import Foundation

/// `--images DIR`: folders that hold the pictures of the articles, for the EPUBs.
///
/// Articles saved from the web point at their pictures by URL; a newsroom that keeps the
/// pictures (a CMS export, a scraper's image folder) names the folder and the EPUB embeds them
/// instead of showing only their captions. Nothing is ever fetched.
struct ImageOptions: ParsableArguments {
    @Option(name: .customLong("images"),
            help: ArgumentHelp("A folder of the articles' pictures to embed in EPUBs, found by relative path or file name. Repeatable.",
                               valueName: "DIR"))
    var folders: [String] = []

    func validate() throws {
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: URL(commandLinePath: folder).path, isDirectory: &isDirectory),
                  isDirectory.boolValue else {
                throw ValidationError("--images \(folder): not a folder; name the folder that holds the pictures.")
            }
        }
    }

    /// The folders, symbolic links resolved, in the order given.
    var urls: [URL] {
        folders.map { URL(commandLinePath: $0).standardizedFileURL.resolvingSymlinksInPath() }
    }
}
