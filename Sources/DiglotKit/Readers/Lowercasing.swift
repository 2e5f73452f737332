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
            bytes.reserveCapacity(utf8.count)
            var changed = false
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    let isUpper = lead >= 0x41 && lead <= 0x5A
                    bytes.append(isUpper ? lead | 0x20 : lead)
                    changed = changed || isUpper
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                if Lowercasing.isCaseless(value) {
                    bytes.append(contentsOf: utf8[index..<(index + length)])
                } else if let scalar = Unicode.Scalar(value) {
                    let mapping = scalar.properties.lowercaseMapping
                    changed = changed || !mapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar))
                    bytes.append(contentsOf: mapping.utf8)
                }
                index += length
            }
            return changed ? bytes : nil
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
