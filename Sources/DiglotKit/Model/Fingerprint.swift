/// A 64-bit FNV-1a digest: stable across runs, machines and Swift versions (unlike `Hasher`).
///
/// Used for unit IDs, source fingerprints checked on re-import, and content-derived
/// identifiers. It detects accidental change; it is not a cryptographic hash.
public struct Fingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// 16 lowercase hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
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
        var pendingText = ""
        func flushText() {
            guard !pendingText.isEmpty else { return }
            hasher.combine("t"); hasher.combine(pendingText)
            pendingText = ""
        }
        for run in runs {
            switch run {
            case .text(let text): pendingText += text
            case .open(let code): flushText(); hasher.combine("o"); hasher.combine(code)
            case .close(let code): flushText(); hasher.combine("c"); hasher.combine(code.id)
            case .placeholder(let code): flushText(); hasher.combine("x"); hasher.combine(code)
            }
        }
        flushText()
        return hasher.finalize()
    }

    /// Incremental FNV-1a over UTF-8 bytes.
    public struct Hasher: Sendable {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func combine(_ string: String) {
            for byte in string.utf8 { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            state = (state ^ 0xff) &* 0x0000_0100_0000_01b3  // separator, so "ab"+"c" != "a"+"bc"
        }

        public mutating func combine(_ number: Int) { combine(String(number)) }

        public mutating func combine(_ code: InlineCode) {
            combine(code.id)
            combine(code.kind.rawValue)
            combine(code.element)
            for attribute in code.attributes { combine(attribute.name); combine(attribute.value) }
        }

        public func finalize() -> Fingerprint { Fingerprint(value: state) }
    }
}
