import Foundation
import Testing
@testable import DiglotKit

@Suite struct TmpTimingTests {
    @Test func timing() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/work/shared/glossaries/cedict-full.tsv"))
        let bytes = [UInt8](data)
        let clock = ContinuousClock()
        var file: GlossaryFile?
        let t1 = clock.measure { file = GlossaryFile.parse(bytes, name: "x") }
        var glossary: Glossary?
        let t2 = clock.measure { glossary = try? file!.glossary() }
        var matcher: TermMatcher?
        let t3 = clock.measure { matcher = TermMatcher(glossary: glossary!) }
        print("parse \(t1) glossary \(t2) matcher \(t3) entries \(glossary!.count) \(matcher!.entryCount)")
    }
}
