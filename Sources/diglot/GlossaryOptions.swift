import ArgumentParser
import DiglotKit
import Foundation

/// `--glossary` (repeatable) and `--no-default-glossary`, shared by the commands that apply
/// a glossary. Later files override earlier ones for the same source term; the glossary
/// shipped for the language pair comes first, so any file overrides it.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file (TSV, CSV or TBX); repeat to add more, later files win.", valueName: "file"))
    var glossaries: [String] = []

    @Flag(name: .customLong("no-default-glossary"), help: "Do not apply the glossary shipped for the language pair.")
    var noDefaultGlossary = false

    /// The files, loaded in order, for commands that merge them per language pair themselves.
    /// Prints each file's problems and exits 1 when a file cannot be used.
    func loadFiles() throws -> [Glossary] {
        var loaded: [Glossary] = []
        var failed = false
        for path in glossaries {
            guard let bytes = GlossaryFiles.read(path) else {
                failed = true
                continue
            }
            do {
                loaded.append(try Glossary.load(bytes, name: path))
            } catch {
                GlossaryFiles.report(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
        return loaded
    }

    /// The shipped glossary for the pair (unless turned off) with every file merged over it.
    /// Prints each file's problems and exits 1 when a file cannot be used.
    func glossary(from source: LanguageTag, to target: LanguageTag) throws -> Glossary {
        var result = Glossary(sourceLanguage: source, targetLanguage: target)
        if !noDefaultGlossary, let shipped = ShippedGlossary.glossary(from: source, to: target) {
            result.merge(shipped)
        }
        var failed = false
        for path in glossaries {
            guard let bytes = GlossaryFiles.read(path) else {
                failed = true
                continue
            }
            do {
                result.merge(try Glossary.load(bytes, name: path))
            } catch {
                GlossaryFiles.report(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
        return result
    }
}

/// Disk access for glossary commands: the only place they read or write files.
enum GlossaryFiles {
    /// The file's bytes, or nil after printing why it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report("\(path): no such file")
            return nil
        }
        guard !isDirectory.boolValue else {
            report("\(path): is a directory, not a glossary file")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            report("\(path): cannot be read (check permissions)")
            return nil
        }
        return [UInt8](data)
    }

    /// Writes to a temporary file in the same directory, then renames it over `path`, so
    /// readers never see a half-written file and a failure leaves the old one intact.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(GlossaryError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw GlossaryError(file: path, reason: "cannot write: \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GlossaryError(file: path, reason: "cannot write: \(reason)")
        }
    }

    /// Whether two paths name the same file (same path after resolving links, or same inode).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        if resolved(first) == resolved(second) { return true }
        guard let one = try? FileManager.default.attributesOfItem(atPath: first),
              let two = try? FileManager.default.attributesOfItem(atPath: second),
              let inodeOne = one[.systemFileNumber] as? UInt64, let inodeTwo = two[.systemFileNumber] as? UInt64,
              let deviceOne = one[.systemNumber] as? UInt64, let deviceTwo = two[.systemNumber] as? UInt64
        else { return false }
        return inodeOne == inodeTwo && deviceOne == deviceTwo
    }

    /// One line on standard error.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
