extension HTML5NamedReferences {
    /// The bytes with every HTML5-only named reference (`&comma;`, `&NewLine;`, `&AMP;`) written
    /// as numeric references, which libxml2 2.9 decodes; the same array when there is none.
    ///
    /// Browsers decode named references in text and in attribute values alike, so rewriting
    /// them everywhere reads the markup as a browser does. A reference escaped as `&amp;comma;`
    /// stays literal text: its `&` starts `amp`, a name libxml2 knows.
    static func rewritingUnknownNames(in bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        bytes.withUnsafeBufferPointer { buffer in
            // Most of a page holds no `&`: the next one is found with memchr.
            var next = buffer.firstOffset(of: UInt8(ascii: "&"))
            while let index = next {
                next = buffer.firstOffset(of: UInt8(ascii: "&"), from: index + 1)
                var end = index + 1
                while end < buffer.count, end - index - 1 <= longestName, isNameByte(buffer[end]) { end += 1 }
                guard end < buffer.count, buffer[end] == UInt8(ascii: ";"), end > index + 1,
                      let text = table[String(decoding: buffer[(index + 1)..<end], as: UTF8.self)] else { continue }
                if output.isEmpty { output.reserveCapacity(buffer.count + 16) }
                output.append(contentsOf: buffer[copied..<index])
                for scalar in text.unicodeScalars {
                    output.append(contentsOf: Array("&#x\(String(scalar.value, radix: 16, uppercase: true));".utf8))
                }
                copied = end + 1  // the name and `;` hold no `&`, so `next` is past them
            }
        }
        guard copied > 0 else { return bytes }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    /// ASCII letters and digits: what the names of the list are made of.
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
