/// A 64-bit FNV-1a digest: stable across runs, machines and Swift versions (unlike `Hasher`).
///
/// Used for unit IDs, source fingerprints checked on re-import, and content-derived
/// identifiers. It detects accidental change; it is not a cryptographic hash.
public struct Fingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// 16 lowercase hex digits.
    public var hex: String {
        // Written straight into the new string: no intermediate strings.
        String(unsafeUninitializedCapacity: 16) { buffer in
            for position in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * position)) & 0xF
                buffer[position] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 16
        }
    }

    public var description: String { hex }

    public static func of(_ string: String) -> Fingerprint {
        var hasher = Hasher()
        hasher.combine(string)
        return hasher.finalize()
    }

    /// Fingerprint of inline content: text and the codes' kinds, elements and attributes.
    ///
    /// Adjacent text runs are hashed as one and empty ones are skipped, so splitting a block
    /// into sentence segments (which cuts text runs) leaves its fingerprint unchanged.
    public static func of(runs: [InlineRun]) -> Fingerprint {
        var hasher = Hasher()
        // Text is hashed as it comes (FNV-1a is sequential), the separator only when the
        // joined text ends: the same digest as hashing the joined string, without joining.
        var inText = false
        func endText() {
            guard inText else { return }
            hasher.combineSeparator()
            inText = false
        }
        for run in runs {
            switch run {
            case .text(let text):
                guard !text.isEmpty else { continue }
                if !inText { hasher.combine("t"); inText = true }
                hasher.combineBytes(of: text)
            case .open(let code): endText(); hasher.combine("o"); hasher.combine(code)
            case .close(let code): endText(); hasher.combine("c"); hasher.combine(code.id)
            case .placeholder(let code): endText(); hasher.combine("x"); hasher.combine(code)
            }
        }
        endText()
        return hasher.finalize()
    }

    /// Incremental FNV-1a over UTF-8 bytes.
    public struct Hasher: Sendable {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func combine(_ string: String) {
            combineBytes(of: string)
            combineSeparator()
        }

        /// The decimal digits of the number, as `combine(String(number))` would hash them.
        public mutating func combine(_ number: Int) {
            guard number >= 0 else { combine(String(number)); return }
            var divisor = 1
            while number / divisor >= 10 { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                mix(UInt8(truncatingIfNeeded: rest / divisor) &+ 0x30)
                rest %= divisor
                divisor /= 10
            }
            combineSeparator()
        }

        /// The string's UTF-8 bytes without the separator: a piece of a longer text.
        mutating func combineBytes(of string: String) {
            var string = string
            string.withUTF8 { bytes in
                var state = self.state
                for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                self.state = state
            }
        }

        /// Combines the text as `String.collapsingWhiteSpace` would leave it (runs of white
        /// space as one space, none at either end), without the separator, checking on the way
        /// that every character is simple (`SimpleCharacters`), where white space is a byte
        /// matter. Returns false, the hasher unchanged, for text with any other character.
        mutating func combineCollapsingWhiteSpaceIfSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var state = self.state
            var pendingSpace = false, wroteAny = false
            var index = 0
            @inline(__always) func mix(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            @inline(__always) func endSpace() {
                if pendingSpace, wroteAny { mix(0x20) }
                pendingSpace = false
                wroteAny = true
            }
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    switch lead {
                    case 0x0D: return false  // CR forms one Character with a following LF
                    case 0x09...0x0C, 0x20: pendingSpace = true
                    default: endSpace(); mix(lead)
                    }
                    index += 1
                    continue
                }
                // U+5000–U+9FFF, the bulk of Chinese text: listed whole, no white space.
                if lead >= 0xE5, lead <= 0xE9, index + 2 < bytes.count {
                    endSpace()
                    mix(lead); mix(bytes[index + 1]); mix(bytes[index + 2])
                    index += 3
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard length < 4, index + length <= bytes.count else { return false }  // nothing listed lies beyond the BMP
                var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(value), SimpleCharacters.contains(scalar) else { return false }
                if SimpleCharacters.whitespaceLength(at: index, in: bytes) > 0 {
                    pendingSpace = true
                } else {
                    endSpace()
                    for offset in 0..<length { mix(bytes[index + offset]) }
                }
                index += length
            }
            self.state = state
            return true
        }

        /// Ends a field, so "ab"+"c" != "a"+"bc".
        mutating func combineSeparator() { mix(0xff) }

        @inline(__always)
        private mutating func mix(_ byte: UInt8) {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }

        public mutating func combine(_ code: InlineCode) {
            combine(code.id)
            combine(code.kind.rawValue)
            combine(code.element)
            for attribute in code.attributes { combine(attribute.name); combine(attribute.value) }
        }

        public func finalize() -> Fingerprint { Fingerprint(value: state) }
    }
}
