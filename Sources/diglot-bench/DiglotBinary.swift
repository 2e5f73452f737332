import Foundation

/// Finds the `diglot` binary built beside this benchmark, building it first so a
/// `swift run -c release diglot-bench` never times a stale binary.
enum DiglotBinary {
    /// The path of the running benchmark executable.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }

    static func locate() throws -> String {
        let directory = URL(fileURLWithPath: selfPath).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("diglot").path
        let configuration = directory.lastPathComponent == "debug" ? "debug" : "release"
        if directory.lastPathComponent == configuration, let swift = ChildProcess.which("swift"),
           FileManager.default.fileExists(atPath: "Package.swift") {
            progress("building diglot (\(configuration))…")
            let built = try ChildProcess(swift, ["build", "-c", configuration, "--product", "diglot"]).run()
            if built.status != 0 { throw BenchError("swift build -c \(configuration) --product diglot failed (exit \(built.status))") }
        }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no diglot binary at \(binary): run swift build -c release --product diglot first")
        }
        if configuration == "debug" {
            progress("warning: timing a debug build; use swift run -c release diglot-bench for real figures")
        }
        return binary
    }
}

/// The machine the figures were taken on, read from `/proc` and `/etc/os-release`.
struct MachineDescription {
    var processor: String
    var cores: Int
    var memory: String
    var system: String
    var load: String

    static func current() -> MachineDescription {
        func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        func value(_ key: String, in text: String, separator: Character) -> String? {
            for line in text.split(separator: "\n") where line.hasPrefix(key) {
                if let index = line.firstIndex(of: separator) {
                    return line[line.index(after: index)...].trimmingCharacters(in: .whitespaces)
                        .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
            }
            return nil
        }
        let memoryKB = value("MemTotal", in: read("/proc/meminfo"), separator: ":")?
            .split(separator: " ").first.flatMap { Double($0) } ?? 0
        return MachineDescription(
            processor: value("model name", in: read("/proc/cpuinfo"), separator: ":") ?? "unknown CPU",
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memory: format(memoryKB / 1_048_576, digits: 1) + " GB",
            system: value("PRETTY_NAME", in: read("/etc/os-release"), separator: "=") ?? "unknown OS",
            load: read("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " "))
    }

    var summary: String {
        "\(cores) cores (\(processor)), \(memory) RAM, \(system), load average \(load) at start"
    }
}
