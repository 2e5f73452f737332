import DiglotKit
import Foundation

/// Disk access for glossary commands: the only place they read or write files.
enum GlossaryFiles {
    /// The file's bytes, or nil after printing why it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Console.error("\(path): no such file")
            return nil
        }
        guard !isDirectory.boolValue else {
            Console.error("\(path): is a directory, not a glossary file")
            return nil
        }
        do {
            return try BoundedFile.read(path)
        } catch {
            Console.report(.of(error))
            return nil
        }
    }

    /// Writes through `AtomicFile` (a temporary beside `path`, then renamed over it), so
    /// readers never see a half-written file, a failure leaves the old one intact, missing
    /// folders are made, and an interrupted run leaves no temporary behind. It never writes
    /// over one of `protectedPaths` (the run's resolved input paths).
    static func writeAtomically(_ bytes: [UInt8], to path: String, protecting protectedPaths: Set<String> = []) throws {
        try AtomicFile(protectedPaths: protectedPaths).write(bytes, to: URL(commandLinePath: path))
    }

    /// Whether two paths name the same file (same path after resolving links, or same inode).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        if URL.resolvedPath(ofCommandLinePath: first) == URL.resolvedPath(ofCommandLinePath: second) { return true }
        guard let one = try? FileManager.default.attributesOfItem(atPath: first),
              let two = try? FileManager.default.attributesOfItem(atPath: second),
              let inodeOne = one[.systemFileNumber] as? UInt64, let inodeTwo = two[.systemFileNumber] as? UInt64,
              let deviceOne = one[.systemNumber] as? UInt64, let deviceTwo = two[.systemNumber] as? UInt64
        else { return false }
        return inodeOne == inodeTwo && deviceOne == deviceTwo
    }
}
