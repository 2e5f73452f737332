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
}
