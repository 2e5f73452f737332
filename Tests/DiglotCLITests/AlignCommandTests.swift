import Foundation
import Testing

/// `diglot align` end to end: the built binary on a small article and its translation.
@Suite struct AlignCommandTests {
    static let english = """
        Heatwave grips southern China

        Temperatures in Guangzhou reached 39 degrees on July 7, the highest since records began in 1951.

        The city's power grid supplied 25 million households, and officials asked factories to cut use by 15%.

        "We expect the heat to last until Friday," said Li Wei, a forecaster at the provincial weather bureau.

        Hospitals treated more than 300 people for heatstroke.
        """

    static let chinese = """
        华南遭遇热浪

        7月7日，广州气温达到39度，为1951年有记录以来最高。该市电网为2500万户家庭供电，官员要求工厂减少15%的用电。

        省气象局预报员李伟说：“我们预计高温将持续到周五。”医院收治了300多名中暑患者。
        """

    private func pair(in folder: URL, name: String = "heat") throws -> (URL, URL) {
        let original = folder.appendingPathComponent("\(name).txt")
        let translation = folder.appendingPathComponent("\(name)-zh.txt")
        try Data(Self.english.utf8).write(to: original)
        try Data(Self.chinese.utf8).write(to: translation)
        return (original, translation)
    }

    @Test func alignedXLIFFImportsBackAndItsMemoryPrefillsAnExport() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, translation) = try pair(in: folder)
        let out = folder.appendingPathComponent("out")
        let memory = folder.appendingPathComponent("heat.tmx")
        let run = try DiglotBinary.run(["align", "--tmx", memory.path, "--epub", "--output", out.path, original.path, translation.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("Aligned 1 pair: 5 units, 5 translated, 0 to review"))
        #expect(DiglotBinary.files(under: out) == ["heat.epub", "heat.xlf"])
        let xliff = try String(contentsOf: out.appendingPathComponent("heat.xlf"), encoding: .utf8)
        #expect(xliff.contains(#"state="translated" state-qualifier="x-aligned-2-1">医院收治了300多名中暑患者。</target>"#))
        #expect(xliff.contains(#"<note from="diglot:alignment" annotates="target">aligned 2-1, confidence"#))

        // The XLIFF is export's, targets filled: the same file without targets and notes.
        let exported = folder.appendingPathComponent("exported")
        #expect(try DiglotBinary.run(["export", "--to", "zh-Hans", "--output", exported.path, original.path]).status == 0)
        let plain = try String(contentsOf: exported.appendingPathComponent("heat.xlf"), encoding: .utf8)
        let stripped = xliff.split(separator: "\n").filter { !$0.contains("<target") && !$0.contains("diglot:alignment") }
        #expect(stripped == plain.split(separator: "\n"))

        let merged = folder.appendingPathComponent("merged")
        let imported = try DiglotBinary.run(["import", "--html", "--output", merged.path, out.appendingPathComponent("heat.xlf").path])
        #expect(imported.status == 0, "\(imported.output)\(imported.errors)")
        #expect(imported.output.contains("merged: 5 of 5 units translated"))
        let html = try String(contentsOf: merged.appendingPathComponent("heat.html"), encoding: .utf8)
        #expect(html.contains("医院收治了300多名中暑患者。"))

        let prefilled = folder.appendingPathComponent("prefilled")
        let export = try DiglotBinary.run(["export", "--to", "zh-Hans", "--memory", memory.path, "--output", prefilled.path, original.path])
        #expect(export.status == 0, "\(export.errors)")
        let suggestions = try String(contentsOf: prefilled.appendingPathComponent("heat.xlf"), encoding: .utf8)
        #expect(suggestions.contains(#"state-qualifier="exact-match">华南遭遇热浪</target>"#))
    }

    @Test func manyPairsFromAList() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try pair(in: folder, name: "one")
        let second = try pair(in: folder, name: "two")
        let list = folder.appendingPathComponent("pairs.tsv")
        try Data("# original\ttranslation\n\(first.0.path)\t\(first.1.path)\n\n\(second.0.path)\t\(second.1.path)\n".utf8).write(to: list)
        let out = folder.appendingPathComponent("out")
        let run = try DiglotBinary.run(["align", "--xliff", "2.1", "--sentences", "--pairs", list.path, "--output", out.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(DiglotBinary.files(under: out) == ["one.xlf", "two.xlf"])
        let xliff = try String(contentsOf: out.appendingPathComponent("one.xlf"), encoding: .utf8)
        #expect(xliff.contains(#"state="translated" subState="diglot:aligned""#))
        #expect(xliff.contains(#"<note category="diglot:alignment">"#))
    }

    @Test func badListsAndLanguagesAreClearErrors() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, translation) = try pair(in: folder)
        let list = folder.appendingPathComponent("pairs.tsv")
        try Data("\(original.path)\t\(translation.path)\n\(original.path) \(translation.path)\n".utf8).write(to: list)
        let out = folder.appendingPathComponent("out").path
        let badList = try DiglotBinary.run(["align", "--pairs", list.path, "--output", out])
        #expect(badList.status == 1)
        #expect(badList.errors.contains("pairs.tsv:2: expected ORIGINAL<TAB>TRANSLATION"))

        let sameLanguage = try DiglotBinary.run(["align", "--output", out, original.path, original.path])
        #expect(sameLanguage.status == 1)
        #expect(sameLanguage.errors.contains("are both in en"))

        let oneFile = try DiglotBinary.run(["align", "--output", out, original.path])
        #expect(oneFile.status == 64)
        let missing = try DiglotBinary.run(["align", "--output", out, original.path, folder.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("nope.txt: cannot read"))
    }

    @Test(.enabled(if: TestScope.referee)) func alignedXLIFFValidatesAgainstTheOASISSchemas() throws {
        let folder = try DiglotBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (original, translation) = try pair(in: folder)
        var files: [String] = []
        for (version, sentences) in [("1.2", false), ("1.2", true), ("2.1", false), ("2.1", true)] {
            let out = folder.appendingPathComponent("out-\(version)-\(sentences)")
            let run = try DiglotBinary.run(["align", "--xliff", version] + (sentences ? ["--sentences"] : [])
                                           + ["--output", out.path, original.path, translation.path])
            #expect(run.status == 0, "\(run.errors)")
            files.append(out.appendingPathComponent("heat.xlf").path)
        }
        let referee = try #require(TestScope.xliffReferee)
        let process = Process()
        process.executableURL = referee
        process.arguments = files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("xliff: 4 valid, 0 invalid"), "\(output)")
    }
}
