import Foundation

/// A Foundation `CharacterSet` for trimming text natively, with Foundation's exact answers.
///
/// On Linux `trimmingCharacters(in:)` copies the string into an `NSString` and the result back,
/// which cost 7% of an export. `trimming(_:)` gives the same result on Swift's own storage.
/// Foundation trims UTF-16 code units, so a scalar outside the Basic Multilingual Plane is never
/// removed (its surrogate halves belong to no set) and a combining mark after a removed space
/// stays. Membership is the set's own: an ASCII table built once, the set itself for other BMP
/// scalars. Foundation's sets are not the standard library's properties (U+200B ZERO WIDTH
/// SPACE is whitespace to Foundation only) and its Unicode tables are older, so they are asked,
/// not re-derived.
struct TrimmingSet: Sendable {
    private let characterSet: CharacterSet
    /// Membership of scalars 0–63 and 64–127, one bit each.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    init(_ characterSet: CharacterSet) {
        self.characterSet = characterSet
        var low: UInt64 = 0, high: UInt64 = 0
        for value in UInt8(0)..<128 where characterSet.contains(Unicode.Scalar(value)) {
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiLow &>> UInt64(value) & 1 != 0 }
        if value < 128 { return asciiHigh &>> UInt64(value - 64) & 1 != 0 }
        return value <= 0xFFFF && characterSet.contains(scalar)
    }

    /// `CharacterSet.whitespacesAndNewlines`.
    static let whitespacesAndNewlines = TrimmingSet(.whitespacesAndNewlines)
    /// `CharacterSet.whitespaces`.
    static let whitespaces = TrimmingSet(.whitespaces)
}

extension StringProtocol {
    /// The text without members of `set` at either end: what `trimmingCharacters(in:)` returns.
    func trimming(_ set: TrimmingSet) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let last = scalars.index(before: end)
            guard set.contains(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex, let whole = self as? String { return whole }
        return String(Substring(scalars[start..<end]))
    }
}
