import struct Foundation.Date

/// Writes a document as a version 2 skeleton payload (layout in `SkeletonFormat`).
///
/// One pass over the model straight into a byte buffer: no intermediate tree, no dictionary
/// keys, no number formatting. The same document always gives the same bytes, whatever the
/// machine, because every value is written byte by byte in a fixed order.
struct SkeletonEncoder {
    private var bytes: [UInt8] = []

    /// The payload for `document`, with `version` in its header (always
    /// `SkeletonFormat.version` except when testing how a reader meets a newer file).
    static func payload(of document: Document, targetLanguage: LanguageTag,
                        version: Int = SkeletonFormat.version) -> [UInt8] {
        var encoder = SkeletonEncoder()
        encoder.bytes.reserveCapacity(4096)
        encoder.bytes += SkeletonFormat.magic
        encoder.writeUnsigned(UInt64(clamping: version))
        encoder.writeString(targetLanguage.rawValue)
        encoder.writeMetadata(document.metadata)

        // Each distinct entry once, in order of first use; hits then refer to it by index.
        var entryIndex = GlossaryEntryIndex()
        var hitIndices: [Int] = []
        for block in document.blocks {
            for segment in block.segments {
                for occurrence in segment.terms { hitIndices.append(entryIndex.insert(occurrence.entry).index) }
            }
        }
        encoder.writeCount(entryIndex.entries.count)
        for entry in entryIndex.entries { encoder.writeEntry(entry) }

        var nextHit = 0
        encoder.writeCount(document.blocks.count)
        for block in document.blocks {
            encoder.writeBlock(block, hitIndices: hitIndices, nextHit: &nextHit)
        }

        let checksum = encoder.bytes.withUnsafeBufferPointer(SkeletonFormat.checksum)
        encoder.writeFixed(checksum)
        return encoder.bytes
    }

    // MARK: Model values

    private mutating func writeMetadata(_ metadata: ArticleMetadata) {
        typealias Flag = SkeletonFormat.MetadataFlag
        var flags: UInt8 = 0
        if metadata.title != nil { flags |= Flag.title }
        if metadata.url != nil { flags |= Flag.url }
        if metadata.published != nil { flags |= Flag.published }
        if metadata.outlet != nil { flags |= Flag.outlet }
        if metadata.author != nil { flags |= Flag.author }
        if metadata.summary != nil { flags |= Flag.summary }
        bytes.append(flags)
        if let title = metadata.title { writeString(title) }
        if let url = metadata.url { writeString(url) }
        if let published = metadata.published {
            writeFixed(published.timeIntervalSinceReferenceDate.bitPattern)
        }
        if let outlet = metadata.outlet { writeString(outlet) }
        if let author = metadata.author { writeString(author) }
        if let summary = metadata.summary { writeString(summary) }
        writeString(metadata.sourceLanguage.rawValue)
        writeString(metadata.origin)
    }

    private mutating func writeEntry(_ entry: GlossaryEntry) {
        writeString(entry.source)
        writeString(entry.target)
        bytes.append(SkeletonEncoder.tag(of: entry.type))
        var flags: UInt8 = 0
        if entry.caseSensitive { flags |= SkeletonFormat.EntryFlag.caseSensitive }
        if entry.note != nil { flags |= SkeletonFormat.EntryFlag.hasNote }
        bytes.append(flags)
        if let note = entry.note { writeString(note) }
        writeCount(entry.forbidden.count)
        for variant in entry.forbidden { writeString(variant) }
    }

    private mutating func writeBlock(_ block: Block, hitIndices: [Int], nextHit: inout Int) {
        writeString(block.id.rawValue)
        writeRole(block.role)
        bytes.append(block.isTranslatable ? 1 : 0)
        writeCount(block.segments.count)
        // Codes opened so far in this block, latest last: a matching close is written as a
        // reference to them (run tag 4) instead of repeating element and attributes.
        var openCodes: [InlineCode] = []
        for segment in block.segments {
            writeCount(segment.runs.count)
            for run in segment.runs {
                switch run {
                case .text(let text):
                    bytes.append(SkeletonFormat.RunTag.text)
                    writeString(text)
                case .open(let code):
                    bytes.append(SkeletonFormat.RunTag.open)
                    writeCode(code)
                    openCodes.append(code)
                case .close(let code):
                    if let last = openCodes.last(where: { $0.id == code.id }), last == code {
                        bytes.append(SkeletonFormat.RunTag.closeOfLastOpen)
                        writeSigned(code.id)
                    } else {
                        bytes.append(SkeletonFormat.RunTag.close)
                        writeCode(code)
                    }
                case .placeholder(let code):
                    bytes.append(SkeletonFormat.RunTag.placeholder)
                    writeCode(code)
                }
            }
            writeCount(segment.terms.count)
            for occurrence in segment.terms {
                writeSigned(occurrence.runIndex)
                writeSigned(occurrence.range.lowerBound)
                writeSigned(occurrence.range.upperBound)
                writeCount(hitIndices[nextHit])
                nextHit += 1
            }
        }
    }

    private mutating func writeRole(_ role: BlockRole) {
        typealias Tag = SkeletonFormat.RoleTag
        switch role {
        case .title: bytes.append(Tag.title)
        case .heading(let level):
            bytes.append(Tag.heading)
            writeSigned(level)
        case .paragraph: bytes.append(Tag.paragraph)
        case .listItem(let ordered, let depth):
            bytes.append(Tag.listItem)
            bytes.append(ordered ? 1 : 0)
            writeSigned(depth)
        case .blockquote: bytes.append(Tag.blockquote)
        case .caption: bytes.append(Tag.caption)
        case .tableCell(let header, let table, let row, let column):
            bytes.append(Tag.tableCell)
            bytes.append(header ? 1 : 0)
            writeSigned(table)
            writeSigned(row)
            writeSigned(column)
        case .definitionTerm: bytes.append(Tag.definitionTerm)
        case .definition: bytes.append(Tag.definition)
        case .preformatted: bytes.append(Tag.preformatted)
        case .image(let image):
            bytes.append(Tag.image)
            writeString(image.source)
            if let link = image.link {
                bytes.append(1)
                writeString(link)
            } else {
                bytes.append(0)
            }
        case .separator: bytes.append(Tag.separator)
        }
    }

    private mutating func writeCode(_ code: InlineCode) {
        writeSigned(code.id)
        bytes.append(SkeletonEncoder.tag(of: code.kind))
        writeString(code.element)
        writeCount(code.attributes.count)
        for attribute in code.attributes {
            writeString(attribute.name)
            writeString(attribute.value)
        }
    }

    private static func tag(of kind: InlineKind) -> UInt8 {
        // The table has every case; `precondition` guards a case added without a tag.
        guard let index = SkeletonFormat.inlineKinds.firstIndex(of: kind) else {
            preconditionFailure("InlineKind.\(kind) has no skeleton tag")
        }
        return UInt8(index)
    }

    private static func tag(of type: TermType) -> UInt8 {
        guard let index = SkeletonFormat.termTypes.firstIndex(of: type) else {
            preconditionFailure("TermType.\(type) has no skeleton tag")
        }
        return UInt8(index)
    }

    // MARK: Building blocks

    private mutating func writeUnsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private mutating func writeCount(_ count: Int) {
        writeUnsigned(UInt64(count))
    }

    private mutating func writeSigned(_ value: Int) {
        let wide = Int64(value)
        writeUnsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    private mutating func writeString(_ string: String) {
        let utf8 = string.utf8
        writeCount(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// Eight bytes, least significant first.
    private mutating func writeFixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }
}
