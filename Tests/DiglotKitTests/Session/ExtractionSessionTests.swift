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

    /// Workers finish in any order; the pairs are counted in input order all the same, so the
    /// candidates, their counts, first articles and contexts are those of a serial run.
    @Test func countsInInputOrderWhateverOrderWorkersFinishIn() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        try files.put("参议员布莱克本(Marsha Blackburn)说。\n\n帝芬尼(Tom Tiffany)表示。\n", at: "in/a.txt")
        try files.put("參議員布萊克本（Blackburn）與帝芬尼(Tom Tiffany)。\n", at: "in/b.txt")
        try files.put("记者林慕莲（Mary Hui）报道，布莱克本(Marsha Blackburn)说。\n", at: "in/c.txt")
        let session = ExtractionSession(inputs: [files.root + "/in"], known: Glossary())
        let serial = session.run()
        let backwards = session.run(scheduler: BackwardsScheduler())
        #expect(serial.articles == 3 && backwards.articles == 3)
        #expect(try backwards.extractor.tsv() == serial.extractor.tsv())
        #expect(serial.extractor.candidates().first?.firstArticle.hasSuffix("a.txt") == true)
    }
}

/// Runs every input last first and only then folds the results in input order, as a pool
/// of workers that finishes the other way round would.
private struct BackwardsScheduler: BatchScheduler {
    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                          combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated {
        let results = (0..<count).reversed().map { ($0, body($0)) }.reversed()
        return results.reduce(into: initial) { combine(&$0, $1.1) }
    }

    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, opening open: @Sendable (Int, BatchParts<T>) -> T,
                                          combine: @escaping (inout Accumulated, T, _ inputDone: Bool) -> Void) -> Accumulated {
        var finished: [(parts: [T], own: T)] = []
        for index in (0..<count).reversed() {
            let added = Parts<T>()
            let own = open(index, BatchParts { part in added.list.append(part) })
            finished.insert((added.list.reversed().map { $0() }.reversed(), own), at: 0)
        }
        var accumulated = initial
        for (parts, own) in finished {
            for part in parts { combine(&accumulated, part, false) }
            combine(&accumulated, own, true)
        }
        return accumulated
    }

    /// The parts one input handed over; one thread only.
    private final class Parts<T>: @unchecked Sendable {
        var list: [@Sendable () -> T] = []
    }
}
