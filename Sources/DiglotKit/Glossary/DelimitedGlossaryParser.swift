/// Reads TSV (IANA `text/tab-separated-values`) and CSV (RFC 4180) glossaries.
///
/// Both have a header row naming the columns (see `GlossaryColumns`). TSV has no quoting:
/// a field ends at a tab, a row at a line feed (a trailing carriage return is dropped).
/// CSV fields may be quoted with `"` (`""` inside for a quote) and then hold commas and line
/// breaks; a CSV whose header has semicolons and no commas is read with `;` as separator,
/// as spreadsheet programs write it in many locales. In both, blank lines are skipped, and a
/// line starting with `# ` (hash, space) or consisting of `#` alone is a comment — so a term
/// like `#MeToo` is still a term. Work is done on bytes: 100,000-row files load in a blink.
struct DelimitedGlossaryParser: Sendable {
    let name: String
    let format: GlossaryFormat

    private typealias Cell = (text: String, column: Int)

    /// Reads the rows of UTF-8 text that starts at `start`: after the byte-order mark, which
    /// `GlossaryFile.parse` has found, as it decides every question of encoding.
    func parse(_ bytes: [UInt8], from start: Int) -> GlossaryFile {
        var file = GlossaryFile(name: name, format: format)
        var columns: GlossaryColumns?
        var sawHeader = false
        var rowErrors: [GlossaryError] = []
        let readRow: (Int, [Cell]) -> Bool = { line, cells in
            if !sawHeader {
                sawHeader = true
                let (header, problems, warnings) = GlossaryColumns.read(header: cells, file: name, line: line)
                file.errors += problems
                file.warnings += warnings
                columns = header
                file.sourceLanguage = header?.sourceLanguage
                file.targetLanguage = header?.targetLanguage
                return header != nil
            }
            guard let columns else { return false }
            switch columns.entry(from: cells, file: name, line: line) {
            case .success(let entry): file.records.append(GlossaryFile.Record(entry: entry, line: line))
            case .failure(let error): file.errors.append(error)
            }
            return true
        }
        if format == .csv {
            csvRows(bytes, from: start, errors: &rowErrors, row: readRow)
        } else {
            bytes.withUnsafeBufferPointer { buffer in tsvRows(buffer, from: start, errors: &rowErrors, row: readRow) }
        }
        file.errors = (file.errors + rowErrors).sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        if !sawHeader, file.errors.isEmpty {
            file.errors.append(GlossaryError(file: name, line: 1, reason: "the file has no header row (first line must name the columns: source, target, type, note, case, forbidden)"))
        }
        return file
    }

    // MARK: - TSV

    /// Calls `row` for each non-blank, non-comment line until it returns false.
    private func tsvRows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, errors: inout [GlossaryError],
                         row: (Int, [Cell]) -> Bool) {
        // One validation of the whole file lets each field be decoded without its own check
        // (per-field validation was a tenth of the load time); only broken files pay per field.
        let isValidUTF8 = TextEncodingSniffer.isValidUTF8(bytes)
        var lineStart = start
        var lineNumber = 0
        var cells: [Cell] = []
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes.firstOffset(of: 0x0A, from: lineStart) ?? bytes.count
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            defer { lineStart = lineEnd + 1 }
            if isSkippable(bytes[lineStart..<contentEnd]) { continue }
            cells.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            var column = 1
            var fieldColumn = 1
            var valid = true
            // Field by field: the tab found with memchr, then one branch-light pass over the
            // field's bytes counts its characters (for columns) and spots control characters.
            while valid {
                let fieldEnd = bytes.firstOffset(of: 0x09, from: fieldStart, to: contentEnd) ?? contentEnd
                var controls = 0
                var scalars = 0
                for offset in fieldStart..<fieldEnd {
                    let byte = bytes[offset]
                    controls &+= byte < 0x20 && byte != 0x0D ? 1 : 0
                    scalars &+= byte & 0xC0 != 0x80 ? 1 : 0
                }
                if controls > 0 {
                    // Rare: find the first one again to say where it is.
                    var offset = fieldStart
                    column = fieldColumn
                    while !(bytes[offset] < 0x20 && bytes[offset] != 0x0D) {
                        if bytes[offset] & 0xC0 != 0x80 { column += 1 }
                        offset += 1
                    }
                    errors.append(GlossaryError(file: name, line: lineNumber, column: column, reason: "control character U+\(String(bytes[offset], radix: 16, uppercase: true)) in the text"))
                    valid = false
                    break
                }
                let fieldBytes = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
                guard let text = isValidUTF8 ? String(decoding: fieldBytes, as: UTF8.self) : String(validating: fieldBytes, as: UTF8.self) else {
                    errors.append(GlossaryError(file: name, line: lineNumber, column: fieldColumn, reason: "not valid UTF-8 (save the file as UTF-8)"))
                    valid = false
                    break
                }
                cells.append((text, fieldColumn))
                column = fieldColumn + scalars
                guard fieldEnd < contentEnd else { break }
                fieldStart = fieldEnd + 1
                fieldColumn = column + 1
            }
            if valid, !row(lineNumber, cells) { return }
        }
    }

    // MARK: - CSV

    /// Calls `row` for each record until it returns false.
    private func csvRows(_ bytes: [UInt8], from start: Int, errors: inout [GlossaryError], row: (Int, [Cell]) -> Bool) {
        let quote = UInt8(ascii: "\"")
        let separator = csvSeparator(bytes, from: start)
        var index = start
        var line = 1
        var column = 1
        while index < bytes.count {
            // At the start of a record.
            var lineEnd = index
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > index, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if isSkippable(bytes[index..<contentEnd]) {
                index = lineEnd + 1
                line += 1
                column = 1
                continue
            }
            let recordLine = line
            var cells: [Cell] = []
            var failed: GlossaryError?
            var recordDone = false
            while !recordDone {
                // At the start of a field.
                let fieldColumn = column
                let fieldLine = line
                var field: [UInt8] = []
                if index < bytes.count, bytes[index] == quote {
                    index += 1
                    column += 1
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count, bytes[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                column += 2
                                continue
                            }
                            index += 1
                            column += 1
                            closed = true
                            break
                        }
                        field.append(byte)
                        index += 1
                        if byte == 0x0A {
                            line += 1
                            column = 1
                        } else if byte & 0xC0 != 0x80 {
                            column += 1
                        }
                    }
                    if !closed {
                        failed = GlossaryError(file: name, line: fieldLine, column: fieldColumn, reason: "quoted field is never closed (a \" is missing)")
                        index = bytes.count
                        break
                    }
                    if index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
                        failed = failed ?? GlossaryError(file: name, line: line, column: column, reason: "text after a closing quote (write \"\" for a quote inside a quoted field)")
                    }
                }
                // Unquoted field, or what follows a closing quote, up to the separator or line end.
                while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A {
                    let byte = bytes[index]
                    if byte == quote {
                        failed = failed ?? GlossaryError(file: name, line: line, column: column, reason: "quote inside an unquoted field (quote the whole field and write \"\" for a quote)")
                    }
                    if !(byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] == 0x0A)) { field.append(byte) }
                    if byte & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
                if let text = String(validating: field, as: UTF8.self) {
                    cells.append((text, fieldColumn))
                } else {
                    failed = failed ?? GlossaryError(file: name, line: fieldLine, column: fieldColumn, reason: "not valid UTF-8 (save the file as UTF-8)")
                }
                if index < bytes.count, bytes[index] == separator {
                    index += 1
                    column += 1
                } else {
                    index += 1  // the line feed, or past the end
                    line += 1
                    column = 1
                    recordDone = true
                }
            }
            if let failed {
                errors.append(failed)
            } else if !row(recordLine, cells) {
                return
            }
        }
    }

    /// `;` when the header line has semicolons and no commas, else `,`.
    private func csvSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var index = start
        var lineStart = start
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                let line = bytes[lineStart..<index]
                if !isSkippable(line) {
                    return !line.contains(UInt8(ascii: ",")) && line.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
                }
                lineStart = index + 1
            }
            index += 1
        }
        return UInt8(ascii: ",")
    }

    /// Blank lines and `# ` comments.
    private func isSkippable(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { isSkippable($0[...]) }
    }

    private func isSkippable(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let start = line.first else { return true }
        if start == UInt8(ascii: "#") {
            let next = line.dropFirst().first
            return next == nil || next == 0x20 || next == 0x0D
        }
        if start != 0x20, start != 0x09, start != 0x0D { return false }
        return !line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
}
