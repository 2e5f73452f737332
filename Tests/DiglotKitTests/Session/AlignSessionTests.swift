import Foundation
import Testing
@testable import DiglotKit

@Suite struct AlignSessionTests {
    private let original = """
        The climate envoy John Kerry will visit Beijing next week.

        He will meet Chinese officials to restart talks between the two largest polluters.
        """
    private let translation = """
        美国气候特使克里下周将访问北京。

        他将与中国官员会面，重启两个最大污染国之间的谈判。
        """

    @Test func pairsAreNamedByTheirOriginalAndTheMemoryHoldsEveryPair() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let first = try files.put(original, at: "a/story.txt")
        let second = try files.put(original, at: "b/story.txt")
        let zh = try files.put(translation, at: "zh.txt")
        let session = AlignSession(pairs: [.init(original: first, translation: zh), .init(original: second, translation: zh),
                                           .init(original: files.root + "/missing.txt", translation: zh)],
                                   options: TranslationAligner.Options(useDefaultGlossary: false),
                                   outputDirectory: files.root + "/out", tmx: files.root + "/out/memory.tmx")
        let result = session.run(scheduler: SerialScheduler())
        #expect(result.errors.map(\.description) == ["\(files.root)/missing.txt: cannot read: No such file or directory"])
        #expect(result.summary.pairs == 2)
        #expect(files.files(in: "out") == ["memory.tmx", "story-2.xlf", "story.xlf"])
    }

    @Test func aPairThatCannotBeReadIsATypedFileDiagnostic() throws {
        let files = try SessionTestFiles()
        defer { files.remove() }
        let zh = try files.put(translation, at: "zh.txt")
        let binary = try files.put([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0], at: "binary.txt")
        let session = AlignSession(pairs: [.init(original: files.root + "/missing.txt", translation: zh), .init(original: binary, translation: zh)],
                                   options: TranslationAligner.Options(useDefaultGlossary: false), outputDirectory: files.root + "/out")
        let result = session.run(scheduler: SerialScheduler())
        #expect(result.errors.map(\.file) == [files.root + "/missing.txt", binary])
        #expect(result.errors.first?.kind == .file)
        #expect(result.errors.allSatisfy { $0.severity == .error })
        #expect(result.errors.last?.description == "\(binary): not text: it is an executable program (ELF)")
    }
}
