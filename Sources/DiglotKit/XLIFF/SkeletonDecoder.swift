import struct Foundation.Date

/// Reads a version 2 skeleton payload (layout in `SkeletonFormat`) back into a document.
///
/// The payload comes from a file that went through a translator's tools, so it is treated as
/// hostile: every read is bounds-checked; a count or length is refused when its items cannot
/// fit in the bytes left, and capacity is reserved for a few hundred items at most, so a
/// forged count cannot make it reserve gigabytes; numbers that overflow 64 bits, unknown tags and flags, ranges with the bounds
/// swapped, entry indices out of range and malformed UTF-8 are all refused. The layout is
/// flat (no nesting), so there is no recursion to exhaust. The checksum is compared after the
/// structure is read, so damage that leaves the structure readable is still caught. Every
/// failure is an `XLIFFError` saying which byte was wrong.
struct SkeletonDecoder {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    /// Where the data ends and the checksum begins; reads never pass it.
    private var end: Int
    private var entries: [GlossaryEntry] = []

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        self.end = bytes.count
    }

    /// Whether `payload` starts like a binary skeleton (rather than version 1 JSON).
    static func recognises(_ payload: [UInt8]) -> Bool {
        payload.starts(with: SkeletonFormat.magic)
    }

    /// The skeleton in `payload`; `file` names the XLIFF file in errors.
    static func skeleton(from payload: [UInt8], file: String) throws(XLIFFError) -> XLIFFSkeleton {
        var decoder = SkeletonDecoder(bytes: payload, file: file)
        return try decoder.readPayload()
    }

    private mutating func readPayload() throws(XLIFFError) -> XLIFFSkeleton {
        guard SkeletonDecoder.recognises(bytes) else {
            throw XLIFFError(file: file, message: "the skeleton is not Diglot's")
        }
        position = SkeletonFormat.magic.count
        let version = try readUnsigned()
        guard version <= UInt64(SkeletonFormat.version) else {
            throw XLIFFError(file: file, message: "skeleton version \(version) is newer than this Diglot (\(SkeletonFormat.version)); update Diglot")
        }
        guard version == UInt64(SkeletonFormat.version) else {
            throw damaged("version \(version) is not a binary layout")
        }
        guard bytes.count - position >= SkeletonFormat.checksumSize else {
            throw damaged("it ends before its checksum")
        }
        end = bytes.count - SkeletonFormat.checksumSize

        let targetLanguage = LanguageTag(verbatim: try readString())
        let metadata = try readMetadata()
        let entryCount = try readCount(itemSize: 5)
        entries.reserveCapacity(SkeletonDecoder.reservation(for: entryCount))
        for _ in 0..<entryCount { entries.append(try readEntry()) }
        let blockCount = try readCount(itemSize: 4)
        var blocks: [Block] = []
        blocks.reserveCapacity(SkeletonDecoder.reservation(for: blockCount))
        for _ in 0..<blockCount { blocks.append(try readBlock()) }
        guard position == end else {
            throw damaged("\(end - position) unexpected bytes after the last block")
        }

        let stored = readFixed(at: end)
        let computed = bytes.withUnsafeBufferPointer { SkeletonFormat.checksum(UnsafeBufferPointer(rebasing: $0[..<end])) }
        guard stored == computed else { throw damaged("its checksum does not match its content") }

        var skeleton = XLIFFSkeleton(document: Document(metadata: metadata, blocks: blocks), targetLanguage: targetLanguage)
        skeleton.version = SkeletonFormat.version
        return skeleton
    }

    // MARK: Model values

    private mutating func readMetadata() throws(XLIFFError) -> ArticleMetadata {
        typealias Flag = SkeletonFormat.MetadataFlag
        let flags = try readByte()
        guard flags & ~Flag.all == 0 else { throw damaged("unknown metadata flags \(flags)") }
        let title = flags & Flag.title != 0 ? try readString() : nil
        let url = flags & Flag.url != 0 ? try readString() : nil
        var published: Date?
        if flags & Flag.published != 0 {
            guard end - position >= 8 else { throw damaged("it ends inside the publication date") }
            published = Date(timeIntervalSinceReferenceDate: Double(bitPattern: readFixed(at: position)))
            position += 8
        }
        let outlet = flags & Flag.outlet != 0 ? try readString() : nil
        let author = flags & Flag.author != 0 ? try readString() : nil
        let summary = flags & Flag.summary != 0 ? try readString() : nil
        let sourceLanguage = LanguageTag(verbatim: try readString())
        let origin = try readString()
        return ArticleMetadata(title: title, url: url, published: published, outlet: outlet, author: author,
                               summary: summary, sourceLanguage: sourceLanguage, origin: origin)
    }

    private mutating func readEntry() throws(XLIFFError) -> GlossaryEntry {
        let source = try readString()
        let target = try readString()
        let type = try readTag(SkeletonFormat.termTypes, "term type")
        let flags = try readByte()
        guard flags & ~SkeletonFormat.EntryFlag.all == 0 else { throw damaged("unknown entry flags \(flags)") }
        let note = flags & SkeletonFormat.EntryFlag.hasNote != 0 ? try readString() : nil
        let forbiddenCount = try readCount(itemSize: 1)
        var forbidden: [String] = []
        forbidden.reserveCapacity(SkeletonDecoder.reservation(for: forbiddenCount))
        for _ in 0..<forbiddenCount { forbidden.append(try readString()) }
        return GlossaryEntry(source: source, target: target, type: type, note: note,
                             caseSensitive: flags & SkeletonFormat.EntryFlag.caseSensitive != 0, forbidden: forbidden)
    }

    private mutating func readBlock() throws(XLIFFError) -> Block {
        let id = UnitID(rawValue: try readString())
        let role = try readRole()
        let isTranslatable = try readBool()
        let segmentCount = try readCount(itemSize: 2)
        var segments: [Segment] = []
        segments.reserveCapacity(SkeletonDecoder.reservation(for: segmentCount))
        var openCodes: [InlineCode] = []
        for _ in 0..<segmentCount {
            let runCount = try readCount(itemSize: 2)
            var runs: [InlineRun] = []
            runs.reserveCapacity(SkeletonDecoder.reservation(for: runCount))
            for _ in 0..<runCount {
                let tagPosition = position
                switch try readByte() {
                case SkeletonFormat.RunTag.text:
                    runs.append(.text(try readString()))
                case SkeletonFormat.RunTag.open:
                    let code = try readCode()
                    openCodes.append(code)
                    runs.append(.open(code))
                case SkeletonFormat.RunTag.close:
                    runs.append(.close(try readCode()))
                case SkeletonFormat.RunTag.placeholder:
                    runs.append(.placeholder(try readCode()))
                case SkeletonFormat.RunTag.closeOfLastOpen:
                    let codeID = try readInt()
                    guard let code = openCodes.last(where: { $0.id == codeID }) else {
                        throw damaged("a close refers to code \(codeID), which was not opened")
                    }
                    runs.append(.close(code))
                case let tag:
                    position = tagPosition
                    throw damaged("unknown run tag \(tag)")
                }
            }
            let termCount = try readCount(itemSize: 4)
            var terms: [TermOccurrence] = []
            terms.reserveCapacity(SkeletonDecoder.reservation(for: termCount))
            for _ in 0..<termCount {
                let runIndex = try readInt()
                let lower = try readInt()
                let upper = try readInt()
                guard lower <= upper else { throw damaged("a term range \(lower)..<\(upper) is reversed") }
                let entryIndex = try readUnsigned()
                guard entryIndex < UInt64(entries.count) else {
                    throw damaged("a term refers to entry \(entryIndex) of \(entries.count)")
                }
                terms.append(TermOccurrence(runIndex: runIndex, range: lower..<upper, entry: entries[Int(entryIndex)]))
            }
            segments.append(Segment(runs: runs, terms: terms))
        }
        return Block(id: id, role: role, segments: segments, isTranslatable: isTranslatable)
    }

    private mutating func readRole() throws(XLIFFError) -> BlockRole {
        typealias Tag = SkeletonFormat.RoleTag
        let tagPosition = position
        switch try readByte() {
        case Tag.title: return .title
        case Tag.heading: return .heading(level: try readInt())
        case Tag.paragraph: return .paragraph
        case Tag.listItem:
            let ordered = try readBool()
            return .listItem(ordered: ordered, depth: try readInt())
        case Tag.blockquote: return .blockquote
        case Tag.caption: return .caption
        case Tag.tableCell:
            let header = try readBool()
            let table = try readInt()
            let row = try readInt()
            return .tableCell(header: header, table: table, row: row, column: try readInt())
        case Tag.definitionTerm: return .definitionTerm
        case Tag.definition: return .definition
        case Tag.preformatted: return .preformatted
        case Tag.image:
            let source = try readString()
            let link = try readBool() ? try readString() : nil
            return .image(Image(source: source, link: link))
        case Tag.separator: return .separator
        case let tag:
            position = tagPosition
            throw damaged("unknown block role \(tag)")
        }
    }

    private mutating func readCode() throws(XLIFFError) -> InlineCode {
        let id = try readInt()
        let kind = try readTag(SkeletonFormat.inlineKinds, "inline code kind")
        let element = try readString()
        let attributeCount = try readCount(itemSize: 2)
        var attributes: [Attribute] = []
        attributes.reserveCapacity(SkeletonDecoder.reservation(for: attributeCount))
        for _ in 0..<attributeCount {
            let name = try readString()
            attributes.append(Attribute(name: name, value: try readString()))
        }
        return InlineCode(id: id, kind: kind, element: element, attributes: attributes)
    }

    // MARK: Building blocks

    private func damaged(_ reason: String) -> XLIFFError {
        XLIFFError(file: file, message: "the skeleton is damaged: \(reason) (byte \(position)); re-export the article")
    }

    private mutating func readByte() throws(XLIFFError) -> UInt8 {
        guard position < end else { throw damaged("it ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func readBool() throws(XLIFFError) -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let value:
            position -= 1
            throw damaged("\(value) where a yes/no byte belongs")
        }
    }

    private mutating func readTag<Value>(_ table: [Value], _ what: String) throws(XLIFFError) -> Value {
        let tag = try readByte()
        guard Int(tag) < table.count else {
            position -= 1
            throw damaged("unknown \(what) \(tag)")
        }
        return table[Int(tag)]
    }

    private mutating func readUnsigned() throws(XLIFFError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            // The tenth byte may only hold the 64th bit.
            guard shift < 63 || byte <= 1 else { throw damaged("a number exceeds 64 bits") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    private mutating func readInt() throws(XLIFFError) -> Int {
        let zigzag = try readUnsigned()
        let wide = Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
        guard let value = Int(exactly: wide) else { throw damaged("a number does not fit this machine") }
        return value
    }

    /// A count of items (or bytes) that follow, each at least `itemSize` bytes long in the
    /// layout: a count that cannot fit in what is left is damage, caught before anything is
    /// allocated for it.
    private mutating func readCount(itemSize: Int = 1) throws(XLIFFError) -> Int {
        let count = try readUnsigned()
        guard count <= UInt64((end - position) / itemSize) else {
            throw damaged("a count of \(count) exceeds the \(end - position) bytes left")
        }
        return Int(count)
    }

    /// Capacity to reserve for `count` items: a decoded item takes tens of bytes of memory
    /// for a few bytes of payload, so a forged count is not trusted with more than a small
    /// head start; arrays grow as items actually arrive.
    private static func reservation(for count: Int) -> Int {
        min(count, 256)
    }

    private mutating func readString() throws(XLIFFError) -> String {
        let length = try readCount()
        guard length > 0 else { return "" }
        let start = position
        let string = bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[start..<start + length]), as: UTF8.self)
        }
        guard let string else { throw damaged("a string is not valid UTF-8") }
        position += length
        return string
    }

    /// Eight bytes at `offset`, least significant first; the caller checked they are there.
    private func readFixed(at offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        return value
    }
}

extension LanguageTag {
    /// A tag exactly as stored, without normalising letter case, so a decoded document is
    /// equal to the exported one even if its tag was never normalised.
    fileprivate init(verbatim rawValue: String) {
        self.rawValue = rawValue
    }
}
