import Foundation
import Testing
@testable import DiglotKit

@Suite struct Base64Tests {
    @Test func matchesFoundationForEveryLength() {
        var generator = SeededGenerator(seed: 64)
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = Base64.encode(bytes)
            #expect(text == Data(bytes).base64EncodedString())
            #expect(Base64.decode(text) == bytes)
        }
    }

    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                      ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(_ plain: String, _ encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test func skipsWhitespaceAndAcceptsMissingPadding() {
        #expect(Base64.decode("\n  Zm9v\r\n\tYmE=\n  ") == Array("fooba".utf8))
        #expect(Base64.decode("Zm9vYmE") == Array("fooba".utf8))
        #expect(Base64.decode("Zg") == Array("f".utf8))
    }

    @Test(arguments: ["Z", "Zm9vY", "Zg=", "Z===", "=Zg=", "Zg==Zg==", "Zm9v!", "Zm9v\u{A0}", "Zm9v-_", "Zm9vYmE=="])
    func refusesMalformedText(_ text: String) {
        #expect(Base64.decode(text) == nil)
    }

    /// Round trips any bytes, and decodes what Foundation encodes, wrapped and indented as CAT
    /// tools leave the skeleton.
    @Test func roundTripsAndReadsRewrappedText() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = Base64.encode(bytes)
            #expect(encoded == Data(bytes).base64EncodedString())
            #expect(Base64.decode(encoded) == bytes)
            let wrapped = Data(bytes).base64EncodedString(options: [.lineLength64Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
            #expect(Base64.decode("\n    " + wrapped.replacingOccurrences(of: "\n", with: "\n\t ") + "\n  ") == bytes)
        }
    }

    /// Damaged text is refused exactly where the rules (alphabet, white space, padding only at
    /// the end of a group of two or three digits) refuse it: compared with a plain reading of
    /// those rules on random damage.
    @Test func refusesWhatTheRulesRefuse() {
        func reference(_ text: String) -> [UInt8]? {
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
            var output: [UInt8] = [], group: UInt32 = 0, digits = 0, padding = 0
            for byte in text.utf8 {
                if let value = alphabet.firstIndex(of: byte) {
                    guard padding == 0 else { return nil }
                    group = group << 6 | UInt32(value)
                    digits += 1
                    if digits == 4 {
                        output += [UInt8(truncatingIfNeeded: group >> 16), UInt8(truncatingIfNeeded: group >> 8), UInt8(truncatingIfNeeded: group)]
                        group = 0
                        digits = 0
                    }
                } else if [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(byte) {
                    continue
                } else if byte == UInt8(ascii: "=") {
                    padding += 1
                    guard digits + padding <= 4, digits >= 2 else { return nil }
                } else {
                    return nil
                }
            }
            if padding > 0, digits + padding != 4 { return nil }
            switch digits {
            case 0: return output
            case 2: return output + [UInt8(truncatingIfNeeded: group >> 4)]
            case 3: return output + [UInt8(truncatingIfNeeded: group >> 10), UInt8(truncatingIfNeeded: group >> 2)]
            default: return nil
            }
        }
        let pieces = ["QUJD", "YQ", "YWI", "=", "==", " ", "\n", "*", "é", "A", "-", "_", "ZGVm", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Base64.decode(text) == reference(text), "\(text.debugDescription)")
        }
    }
}
