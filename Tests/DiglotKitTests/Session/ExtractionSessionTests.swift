import Testing
@testable import DiglotKit

@Suite struct ExtractionSessionTests {
    @Test func readsEveryInputAndNamesTheOnesItCannot() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        try files.put("美國聯邦眾議員帝芬尼(Tom Tiffany)周二表示，他将提出新的法案。\n\n帝芬尼说，这项法案很重要。\n", at: "in/tiffany.txt")
        try files.put(SessionTestFiles.feedWithoutText, at: "in/empty.rss")
        let result = ExtractionSession(inputs: [files.root + "/in", files.root + "/missing.txt"], known: Glossary()).run()
        #expect(result.errors.map(\.description) == ["\(files.root)/missing.txt: no such file or directory"])
        #expect(result.articles == 1)
        #expect(result.extractor.candidates().map(\.target) == ["Tom Tiffany"])
    }
}
