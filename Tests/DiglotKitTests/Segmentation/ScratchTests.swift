import Foundation
import Testing
@testable import DiglotKit

@Suite struct ScratchTests {
    @Test func scratch() throws {
        let lines = try String(contentsOfFile: "/tmp/paras.txt", encoding: .utf8).split(separator: "\n")
        var out = ""
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 2)
            let lang: LanguageTag = parts[0] == "ZH" ? "zh-Hans" : "en"
            let s = SentenceSegmenter().sentences(in: String(parts[2]), language: lang)
            out += "=== \(parts[1])\n" + s.map { "  [\($0)]" }.joined(separator: "\n") + "\n"
        }
        try out.write(toFile: "/tmp/seg-out.txt", atomically: true, encoding: .utf8)
    }
}
