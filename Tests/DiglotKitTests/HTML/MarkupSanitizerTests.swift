import Testing
@testable import DiglotKit

@Suite struct MarkupSanitizerTests {
    /// The scheme check reads only the start of a link; it must decide as reading the whole
    /// link with spaces and controls taken out would, for any text after the start.
    @Test func webPageLinksAreJudgedByTheirStartOnly() {
        func wholeLink(_ value: String, image: Bool) -> String? {
            let compact = value.unicodeScalars.filter { $0.value > 0x20 }.reduce(into: "") { $0.unicodeScalars.append($1) }.lowercased()
            if compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") { return nil }
            if compact.hasPrefix("data:") {
                return image && compact.hasPrefix("data:image/") && !compact.hasPrefix("data:image/svg") ? value : nil
            }
            return value
        }
        let pieces = ["java", "JAVA", "script", "vb", ":", "data", "DATA", "image", "/", "svg", "png", " ", "\t", "\n", "\u{1}",
                      "\u{301}", "\u{130}", "\u{212A}", "x", "https://example.com/", String(repeating: "A", count: 30)]
        var generator = SystemRandomNumberGenerator()
        var values = ["javascript:alert(1)", " j a v a s c r i p t :x", "data:image/png;base64,AAAA", "data:image/svg+xml,<svg/>",
                      "DATA:IMAGE/PNG,x", "data:text/html,x", "https://example.com/a"]
        for _ in 0..<3_000 {
            values.append((0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for value in values {
            for image in [false, true] {
                #expect(MarkupSanitizer.webPageURL(value, image: image) == wholeLink(value, image: image), "\(value.debugDescription)")
            }
        }
    }
}
