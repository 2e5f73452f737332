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
