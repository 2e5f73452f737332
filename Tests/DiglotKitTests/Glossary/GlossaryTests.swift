import Testing
@testable import DiglotKit

@Suite struct GlossaryTests {
    @Test func laterEntriesOverrideEarlierOnesInPlace() {
        var glossary = Glossary(entries: [
            GlossaryEntry(source: "克里", target: "Kerry"),
            GlossaryEntry(source: "拜登", target: "Biden"),
        ], sourceLanguage: "zh", targetLanguage: "en")
        glossary.merge(Glossary(entries: [
            GlossaryEntry(source: "克里", target: "John Kerry", type: .person),
            GlossaryEntry(source: "耶伦", target: "Janet Yellen", type: .person),
        ], sourceLanguage: "zh-Hans"))
        #expect(glossary.entries.map(\.target) == ["John Kerry", "Biden", "Janet Yellen"])
        #expect(glossary.sourceLanguage == "zh")
        #expect(glossary.entry(forSource: "克里")?.type == .person)
    }

    @Test func sameTermAfterNormalisationIsOneEntry() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "南希·佩洛西", target: "Nancy Pelosi"),
            GlossaryEntry(source: "南希•佩洛西", target: "Pelosi"),
            GlossaryEntry(source: "Kerry", target: "克里"),
            GlossaryEntry(source: " KERRY ", target: "约翰·克里"),
        ])
        #expect(glossary.count == 2)
        #expect(glossary.entry(forSource: "南希・佩洛西")?.target == "Pelosi")
        #expect(glossary.entry(forSource: "kerry")?.target == "约翰·克里")
    }

    @Test func mergingIntoAnEmptyGlossaryKeepsItsLanguages() {
        let merged = Glossary(sourceLanguage: "zh", targetLanguage: "en")
            .merging(Glossary(entries: [GlossaryEntry(source: "甲烷", target: "methane")], sourceLanguage: "ja"))
        #expect(merged.sourceLanguage == "zh")
        #expect(merged.targetLanguage == "en")
        #expect(merged.entry(forSource: "甲烷")?.target == "methane")
    }

    /// A translator into Traditional Chinese reads the targets in Traditional characters, one
    /// into Simplified in Simplified; sources and notes, and so what matches, stay as written.
    @Test func targetsAreWrittenInTheTargetLanguagesScript() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "China", target: "中国", type: .place),
            GlossaryEntry(source: "Donald Trump Jr.", target: "小唐纳德·特朗普", type: .person, note: "also 小特朗普, Taiwan 小川普",
                          forbidden: ["小川普", "唐纳德二世"]),
            GlossaryEntry(source: "Taiwan", target: "臺灣", type: .place),
        ])
        let traditional = glossary.written(for: "zh-TW")
        #expect(traditional.entries.map(\.target) == ["中國", "小唐納德·特朗普", "臺灣"])
        #expect(traditional.entries.map(\.source) == glossary.entries.map(\.source))
        let junior = try #require(traditional.entry(forSource: "Donald Trump Jr."))
        #expect(junior.forbidden == ["小川普", "唐納德二世"])
        #expect(junior.note == "also 小特朗普, Taiwan 小川普")  // a note may quote either script: as written
        // Into Simplified, a Traditional target is shown in Simplified; plain zh names no script.
        #expect(glossary.written(for: "zh-Hans").entries.map(\.target) == ["中国", "小唐纳德·特朗普", "台湾"])
        #expect(glossary.written(for: "zh-CN").entries.map(\.target) == ["中国", "小唐纳德·特朗普", "台湾"])
        #expect(glossary.written(for: "zh") == glossary)
        #expect(glossary.written(for: "en") == glossary)
    }

    /// A termbase with a section for each Chinese script is read again for each language
    /// pair: the section of the target's script (zh-TW takes zh-Hant), then the first of its
    /// language.
    @Test func aTermbaseIsReadAgainForEachPair() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Acme Widgets</term></termSec></langSec>
            <langSec xml:lang="zh-Hans"><termSec><term>阿克米</term></termSec></langSec>
            <langSec xml:lang="zh-Hant"><termSec><term>艾克美</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        let glossary = try Glossary.load(Array(tbx.utf8), name: "acme.tbx")
        #expect(glossary.entry(forSource: "Acme Widgets")?.target == "阿克米")
        for (target, expected): (LanguageTag, String) in [("zh-TW", "艾克美"), ("zh-Hant", "艾克美"), ("zh-HK", "艾克美"),
                                                           ("zh-Hans", "阿克米"), ("zh", "阿克米")] {
            #expect(glossary.reading(from: "en", to: target).entry(forSource: "Acme Widgets")?.target == expected, "\(target)")
        }
        let exported = Exporter(options: ExportOptions(sourceLanguage: "en", targetLanguages: ["zh-TW"], glossaries: [glossary],
                                                       useDefaultGlossary: false))
            .export(InputSource(name: "a.html", bytes: Array("<html><body><p>Acme Widgets grew.</p></body></html>".utf8)), stem: "a")
        let xliff = String(decoding: try #require(exported.packages.first).xliff, as: UTF8.self)
        #expect(xliff.contains("Acme Widgets → 艾克美"))
        // A glossary of another format, or merged, is itself for any pair.
        let merged = Glossary().merging(glossary)
        #expect(merged.reading(from: "en", to: "zh-TW").entry(forSource: "Acme Widgets")?.target == "阿克米")
    }

    @Test func termsWithNothingToMatchAreIgnored() {
        #expect(Glossary(entries: [GlossaryEntry(source: " \u{200B} ", target: "x")]).isEmpty)
    }
}
