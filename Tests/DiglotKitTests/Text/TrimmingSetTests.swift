import Foundation
import Testing
@testable import DiglotKit

@Suite struct TrimmingSetTests {
    /// The chrome edges are `ChromeRules`' set, as the reference version spelled it in Foundation.
    static let sets: [(name: String, foundation: CharacterSet, native: TrimmingSet)] = [
        ("whitespacesAndNewlines", .whitespacesAndNewlines, .whitespacesAndNewlines),
        ("whitespaces", .whitespaces, .whitespaces),
        ("chrome edges", ReferenceText.edgeCharacters, TrimmingSet(ReferenceText.edgeCharacters)),
    ]

    /// Every BMP scalar and a sample beyond it, alone, around text and before a combining mark.
    @Test func trimsEveryScalarAsFoundationDoes() {
        var scalars = (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }
        scalars += [0x1D11E, 0x10100, 0x1F600, 0x1F3FD, 0x20000, 0x2F800, 0xE0020, 0x10FFFD].compactMap(Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)
        for (name, foundation, native) in Self.sets {
            var mismatches: [String] = []
            for scalar in scalars {
                for text in ["\(scalar)", "\(scalar)x\(scalar)", "\(scalar)\u{0301}x \(scalar)"] {
                    let expected = text.trimmingCharacters(in: foundation)
                    if !text.trimming(native).unicodeScalars.elementsEqual(expected.unicodeScalars) {
                        mismatches.append(String(format: "U+%04X", scalar.value))
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(20))")
        }
    }

    @Test(arguments: ["", " ", "\r\n", " \r\n abc \u{3000}\u{200B}", "\u{A0}中文\u{A0}", " \u{0301}abc", "😀 abc 😀", "abc", "a b"])
    func trimsEdgeCases(_ text: String) {
        for (_, foundation, native) in Self.sets {
            #expect(text.trimming(native).unicodeScalars.elementsEqual(text.trimmingCharacters(in: foundation).unicodeScalars))
            let substring = Substring(text)
            #expect(substring.trimming(native).unicodeScalars.elementsEqual(substring.trimmingCharacters(in: foundation).unicodeScalars))
        }
    }
}
