internal import CLibZip

/// One file to put in a zip archive.
struct ZipEntry: Sendable {
    /// Path inside the archive, `/`-separated, UTF-8.
    var path: String
    var bytes: [UInt8]
    /// Stored uncompressed (the EPUB `mimetype` entry must be).
    var isStored: Bool

    init(path: String, bytes: [UInt8], isStored: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.isStored = isStored
    }
}

/// Builds zip archives in memory with libzip, byte-identical for identical entries.
///
/// Reproducibility needs three things libzip does not give by default: a fixed modification
/// time that does not depend on the machine's time zone (libzip turns a `time_t` into a DOS
/// date with `localtime()`, so the `time_t` is built with `mktime` from fixed *local* fields),
/// fixed external attributes (so the umask does not leak in), and a fixed entry order
/// (the caller's). Entries are written in the order given; no extra fields are added.
enum ZipArchive {
    /// The DOS timestamp written for every entry: 1980-01-01 12:00 local time, the earliest
    /// DOS date, noon so no time-zone or daylight-saving edge can move it to another day.
    private static func fixedModificationTime() -> time_t {
        var fields = tm()
        fields.tm_year = 80
        fields.tm_mon = 0
        fields.tm_mday = 1
        fields.tm_hour = 12
        fields.tm_isdst = -1
        return mktime(&fields)
    }

    /// `-rw-r--r--` regular file, in the high 16 bits as Info-ZIP's Unix convention wants.
    private static let unixFileAttributes: UInt32 = 0o100644 << 16

    /// Zips `entries` in order and returns the archive's bytes.
    static func archive(_ entries: [ZipEntry]) throws(XMLError) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw failure("cannot create an in-memory zip", &error)
        }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else {
            zip_source_free(target)
            throw failure("cannot open an in-memory zip", &error)
        }
        // The archive now owns the source; keep one more reference so the bytes outlive zip_close.
        zip_source_keep(target)
        defer { zip_source_free(target) }
        let modified = fixedModificationTime()
        for entry in entries {
            if let message = add(entry, to: archive, modified: modified) {
                zip_discard(archive)
                throw XMLError(file: entry.path, message: message)
            }
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw XMLError(file: "<zip>", message: "cannot finish the zip: \(message)")
        }
        return try contents(of: target)
    }

    /// Adds one entry; returns libzip's message on failure (the caller discards the archive).
    private static func add(_ entry: ZipEntry, to archive: OpaquePointer, modified: time_t) -> String? {
        // zip_source_buffer does not copy: hand it a malloc'ed copy and let libzip free it.
        let count = entry.bytes.count
        guard let copy = malloc(max(count, 1)) else { return "out of memory" }
        entry.bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, count) }
        }
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(count), 1) else {
            free(copy)
            return String(cString: zip_strerror(archive))
        }
        let index = zip_file_add(archive, entry.path, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            return String(cString: zip_strerror(archive))
        }
        let position = zip_uint64_t(index)
        let method = entry.isStored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        guard zip_set_file_compression(archive, position, method, entry.isStored ? 0 : 9) == 0,
              zip_file_set_external_attributes(archive, position, 0, zip_uint8_t(ZIP_OPSYS_UNIX), unixFileAttributes) == 0,
              zip_file_set_mtime(archive, position, modified, 0) == 0
        else { return String(cString: zip_strerror(archive)) }
        return nil
    }

    /// Reads the whole content of a (closed-for-writing) buffer source.
    private static func contents(of source: OpaquePointer) throws(XMLError) -> [UInt8] {
        guard zip_source_open(source) == 0 else {
            throw XMLError(file: "<zip>", message: "cannot read the zip back: " + String(cString: zip_error_strerror(zip_source_error(source))))
        }
        defer { zip_source_close(source) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let read = chunk.withUnsafeMutableBytes { raw -> zip_int64_t in
                guard let base = raw.baseAddress else { return 0 }
                return zip_source_read(source, base, zip_uint64_t(raw.count))
            }
            if read < 0 {
                throw XMLError(file: "<zip>", message: "cannot read the zip back: " + String(cString: zip_error_strerror(zip_source_error(source))))
            }
            if read == 0 { break }
            bytes.append(contentsOf: chunk[0..<Int(read)])
        }
        return bytes
    }

    /// The entries of a zip archive, in archive order, with their stored/deflated state.
    ///
    /// Used to inspect what `archive` wrote (tests, and checks of an EPUB's container).
    static func entries(of bytes: [UInt8]) throws(XMLError) -> [ZipEntry] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(bytes.count, 1)) else { throw XMLError(file: "<zip>", message: "out of memory") }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, bytes.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw failure("cannot read the zip", &error)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw failure("cannot open the zip", &error)
        }
        defer { zip_discard(archive) }
        var entries: [ZipEntry] = []
        let count = zip_get_num_entries(archive, 0)
        for index in 0..<max(count, 0) {
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &info) == 0, let name = info.name,
                  let file = zip_fopen_index(archive, zip_uint64_t(index), 0)
            else { throw XMLError(file: "<zip>", message: "cannot read entry \(index): " + String(cString: zip_strerror(archive))) }
            defer { zip_fclose(file) }
            var content = [UInt8](repeating: 0, count: Int(info.size))
            let read = content.withUnsafeMutableBytes { raw -> zip_int64_t in
                guard let base = raw.baseAddress else { return 0 }
                return zip_fread(file, base, zip_uint64_t(raw.count))
            }
            guard read == zip_int64_t(info.size) else {
                throw XMLError(file: String(cString: name), message: "truncated entry")
            }
            entries.append(ZipEntry(path: String(cString: name), bytes: content,
                                    isStored: info.comp_method == zip_uint16_t(ZIP_CM_STORE)))
        }
        return entries
    }

    private static func failure(_ what: String, _ error: inout zip_error_t) -> XMLError {
        XMLError(file: "<zip>", message: "\(what): " + String(cString: zip_error_strerror(&error)))
    }
}
