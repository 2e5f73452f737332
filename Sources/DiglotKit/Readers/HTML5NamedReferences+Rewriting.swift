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
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "&") else { index += 1; continue }
            var end = index + 1
            while end < count, end - index - 1 <= longestName, isNameByte(bytes[end]) { end += 1 }
            guard end < count, bytes[end] == UInt8(ascii: ";"), end > index + 1,
                  let text = table[String(decoding: bytes[(index + 1)..<end], as: UTF8.self)] else {
                index += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(count + 16) }
            output.append(contentsOf: bytes[copied..<index])
            for scalar in text.unicodeScalars {
                output.append(contentsOf: Array("&#x\(String(scalar.value, radix: 16, uppercase: true));".utf8))
            }
            index = end + 1
            copied = index
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
