extension StringProtocol {
    /// The same string as `lowercased()`, built without a temporary string per scalar.
    ///
    /// The standard library lowercases non-ASCII text scalar by scalar through
    /// `Unicode.Scalar.Properties.lowercaseMapping`, a new string each time, which made every
    /// Chinese block expensive to lowercase. Here ASCII is mapped directly, the scripts and
    /// punctuation without case (`Lowercasing.isCaseless`) are copied, and only the rest asks
    /// for its mapping. Mapping is per scalar with no context (no final sigma), as in the
    /// standard library.
    func lowercasedFast() -> String {
        var text = String(self)
        let lowered: [UInt8]? = text.withUTF8 { utf8 in
            var bytes: [UInt8] = []
            var changed = false
            /// Start of the bytes copied unchanged since the last change.
            var unchangedStart = 0
            func change(at index: Int, to replacement: some Sequence<UInt8>) {
                if !changed { bytes.reserveCapacity(utf8.count + 16) }
                changed = true
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unchangedStart..<index]))
                bytes.append(contentsOf: replacement)
            }
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    if lead >= 0x41, lead <= 0x5A {
                        change(at: index, to: CollectionOfOne(lead | 0x20))
                        unchangedStart = index + 1
                    }
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                if !Lowercasing.isCaseless(value), let scalar = Unicode.Scalar(value) {
                    let mapping = scalar.properties.lowercaseMapping
                    if !mapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar)) {
                        change(at: index, to: mapping.utf8)
                        unchangedStart = index + length
                    }
                }
                index += length
            }
            guard changed else { return nil }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unchangedStart...]))
            return bytes
        }
        return lowered.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}

/// Scalar ranges that have no lowercase mapping, so lowercasing copies them.
enum Lowercasing {
    @inline(__always)
    static func isCaseless(_ value: UInt32) -> Bool {
        switch value {
        case 0x2000...0x206F: true  // general punctuation
        case 0x3000...0x9FFF: true  // CJK symbols, kana, bopomofo, CJK letters and months, Han
        case 0xAC00...0xD7A3: true  // Hangul syllables
        case 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFFEF: true  // full-width forms but letters
        default: false
        }
    }
}
