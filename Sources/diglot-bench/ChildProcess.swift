import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs one external command and reports its wall time, CPU time and peak memory.
///
/// Peak memory is the child's maximum resident set size as GNU `/usr/bin/time` reports it:
/// the command runs under `/usr/bin/time -f %M`. Linux carries the *parent's* high-water
/// mark into `ru_maxrss` across `fork`/`vfork` + `exec`, so `wait4(2)` straight from this
/// (larger) process would report at least the benchmark's own size; `time` is a small C
/// program, so what it reports is the command's own peak. Without `/usr/bin/time`, the
/// `wait4` figure is used and flagged as an upper bound. Standard output and error go to
/// files (or `/dev/null`), never to a pipe that could fill up and stall the child.
struct ChildProcess {
    /// What one run cost.
    struct Usage {
        var status: Int32
        var seconds: Double
        var cpuSeconds: Double
        /// Peak resident set size in bytes.
        var peakMemory: Int
    }

    /// GNU time, when installed (Debian package `time`).
    static let timeCommand: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil
    /// Whether peak memory figures are exact (GNU time) or upper bounds (`wait4` from this process).
    static var peakMemoryIsExact: Bool { timeCommand != nil }

    let executable: String
    let arguments: [String]
    var standardOutput = "/dev/null"
    var standardError = "/dev/null"

    init(_ executable: String, _ arguments: [String], standardOutput: String = "/dev/null",
         standardError: String = "/dev/null") {
        self.executable = executable
        self.arguments = arguments
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    func run() throws -> Usage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let memoryReport = FileManager.default.temporaryDirectory
            .appendingPathComponent("diglot-bench-maxrss-\(getpid())").path
        defer { unlink(memoryReport) }
        var command = [executable] + arguments
        if let time = Self.timeCommand {
            command = [time, "-f", "%M", "-o", memoryReport, "--"] + command
        }
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = Self.now()
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(executable)") }
        }
        let seconds = Self.now() - start
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        // Exited normally: low 7 bits zero, code in the next byte; otherwise 128 + signal.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        var peak = Int(usage.ru_maxrss) * 1024
        if Self.timeCommand != nil {
            // GNU time writes "Command exited with non-zero status N" first when N != 0.
            let report = (try? String(contentsOfFile: memoryReport, encoding: .utf8)) ?? ""
            guard let kilobytes = report.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw BenchError("no memory report from /usr/bin/time for \(executable) (exit \(exitStatus))")
            }
            peak = kilobytes * 1024
        }
        return Usage(status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakMemory: peak)
    }

    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The full path of `name` on `PATH`, or nil.
    static func which(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A benchmark set-up failure, printed as one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
