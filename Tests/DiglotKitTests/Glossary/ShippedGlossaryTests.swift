import Foundation
import Testing
@testable import DiglotKit

@Suite struct ShippedGlossaryTests {
    private static let folder = GlossaryFixtures.packageRoot.appendingPathComponent("Glossary")
    private static let dataFile = GlossaryFixtures.packageRoot
        .appendingPathComponent("Sources/DiglotKit/Glossary/ShippedGlossaryData.swift")

    /// The compiled-in copy must equal `Glossary/`; `DIGLOT_RECORD=1` regenerates it and fails.
    @Test func compiledCopyMatchesTheGlossaryFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(names.contains("zh-en.tsv") && names.contains("en-zh.tsv"))
        var contents: [String: String] = [:]
        for name in names {
            contents[name] = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        }
        if ProcessInfo.processInfo.environment["DIGLOT_RECORD"] == "1" {
            var source = "// Generated from the files in Glossary/ by ShippedGlossaryTests (DIGLOT_RECORD=1). Do not edit.\n\n"
            source += "extension ShippedGlossary {\n    /// File name → contents of every shipped glossary.\n    static let files: [String: String] = [\n"
            for name in names {
                let text = contents[name] ?? ""
                try #require(!text.contains("\"\"\"#"), "\(name) cannot be embedded in a raw string literal")
                source += "        \"\(name)\": #\"\"\"\n\(text)\n\"\"\"#,\n"
            }
            source += "    ]\n}\n"
            try source.write(to: Self.dataFile, atomically: true, encoding: .utf8)
            Issue.record("Rewrote ShippedGlossaryData.swift from Glossary/; rebuild and run the tests again.")
            return
        }
        #expect(ShippedGlossary.fileNames == names)
        for name in names {
            #expect(ShippedGlossary.contents(ofFile: name) == contents[name],
                    "Glossary/\(name) changed: run DIGLOT_RECORD=1 swift test --filter ShippedGlossaryTests")
        }
    }

    @Test(arguments: ["zh-en.tsv", "en-zh.tsv"])
    func shippedGlossaryPassesTheCheck(name: String) throws {
        let text = try #require(ShippedGlossary.contents(ofFile: name))
        let file = GlossaryFile.parse(Array(text.utf8), name: name)
        #expect(GlossaryChecker.problems(in: file).map(\.description) == [])
        #expect(file.records.count >= 300)
        #expect(file.sourceLanguage != nil && file.targetLanguage != nil)
        // The type column is filled on every row, not left to the default.
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("source") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 6 && !fields[2].isEmpty, "\(name): \(line)")
        }
    }

    /// Taiwan's file only replaces en-zh.tsv's entries with the forms Taiwan writes, in
    /// Traditional characters.
    @Test func taiwansFileReplacesEntriesInTraditional() throws {
        let text = try #require(ShippedGlossary.contents(ofFile: "en-zh-TW.tsv"))
        let file = GlossaryFile.parse(Array(text.utf8), name: "en-zh-TW.tsv")
        #expect(GlossaryChecker.problems(in: file).map(\.description) == [])
        #expect(file.records.count >= 50)
        let mainland = try #require(ShippedGlossary.glossary(from: "en", to: "zh"))
        for record in file.records {
            let entry = record.entry
            let original = try #require(mainland.entry(forSource: entry.source), "\(entry.source) is not in en-zh.tsv")
            #expect(original.type == entry.type && original.caseSensitive == entry.caseSensitive, "\(entry.source)")
            #expect(ChineseScriptConversion.traditional(entry.target) == entry.target, "\(entry.target) is not Traditional")
        }
    }

    @Test func regionalUsageIsMergedForItsRegionOnly() throws {
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-TW")?.entry(forSource: "Donald Trump")?.target == "川普")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-Hant-TW")?.entry(forSource: "Putin")?.target == "普丁")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-TW")?.entry(forSource: "Netanyahu")?.target == "納坦雅胡")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-TW")?.entry(forSource: "climate change")?.target == "氣候變遷")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-HK")?.entry(forSource: "Netanyahu")?.target == "内塔尼亚胡")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-HK")?.entry(forSource: "Donald Trump")?.target == "唐纳德·特朗普")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-Hant")?.entry(forSource: "Donald Trump")?.target == "唐纳德·特朗普")
        #expect(!ShippedGlossary.pairs.contains { $0.target.contains("-") })
    }

    @Test func defaultGlossaryIsFoundByPrimaryLanguage() throws {
        #expect(ShippedGlossary.glossary(from: "zh-Hans", to: "en-GB")?.entry(forSource: "克里")?.target == "John Kerry")
        #expect(ShippedGlossary.glossary(from: "en", to: "zh-Hant")?.entry(forSource: "Reuters")?.target == "路透社")
        #expect(ShippedGlossary.glossary(from: "fr", to: "en") == nil)
        #expect(ShippedGlossary.pairs.contains { $0 == ("zh", "en") })
    }

    @Test(arguments: [
        ("美国气候特使克里即将访华", ["美国", "气候特使", "克里"]),
        ("克里米亚危机", ["克里米亚"]),
        ("克里姆林宫发言人佩斯科夫", ["克里姆林宫"]),
        ("联邦调查局局长克里斯托弗˙雷和司法部长", ["联邦调查局", "克里斯托弗˙雷", "司法部"]),
        ("包括克里夫•欧文", []),
        ("美国东海岸与东海", ["美国", "东海岸", "东海"]),
        ("宪法保卫报告", []),
        ("中美洲移民", ["中美洲"]),
        ("印度尼西亚和印度", ["印度尼西亚", "印度"]),
        ("韩国瑜访问韩国", ["韩国瑜", "韩国"]),
        ("西印度群岛的板球队与印度队", ["西印度群岛", "印度"]),
        ("澳大利亚洲与亚洲", ["澳大利亚洲", "亚洲"]),
    ])
    func chineseTrapsInTheShippedGlossary(text: String, expected: [String]) throws {
        let glossary = try #require(ShippedGlossary.glossary(from: "zh", to: "en"))
        let scalars = Array(text.unicodeScalars)
        let found = TermMatcher(glossary: glossary).matches(in: text).map { match -> String in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return String(view)
        }
        #expect(found == expected)
    }

    @Test func englishTermsMatchWholeWordsWithNameCase() throws {
        let glossary = try #require(ShippedGlossary.glossary(from: "en", to: "zh"))
        let matches = TermMatcher(glossary: glossary)
            .matches(in: "Kerry bought Kerrygold in Turkey; the WHO asked who ate turkey in Xi'an, said Xi.")
        #expect(matches.map(\.entry.source) == ["Kerry", "Turkey", "WHO", "Xi'an", "Xi"])
    }

    /// Names and terms that recur across `../shared/corpus` (counted with a script while
    /// curating) must all be in the shipped glossary.
    @Test func commonCorpusNamesAreCovered() throws {
        let glossary = try #require(ShippedGlossary.glossary(from: "zh", to: "en"))
        let common = [
            "中国", "美国", "香港", "北京", "英国", "纽约", "华盛顿", "法国", "特朗普", "外交部", "德国", "台湾",
            "路透", "印度", "欧洲", "日本", "国务卿", "美元", "纽约时报", "新疆", "武汉", "上海", "习近平", "法新社",
            "加拿大", "华为", "路透社", "澳大利亚", "德国之声", "推特", "国务院", "新冠肺炎", "伦敦", "民主党", "欧盟",
            "巴西", "湖北", "共和党", "国会", "俄罗斯", "白宫", "民主派", "世界卫生组织", "韩国", "深圳", "林郑",
            "港区国安法", "解放军", "联合国", "拜登", "美国之音", "蓬佩奥", "莫里森", "默克尔", "休斯敦", "南海",
            "台北", "西藏", "新华社", "人民币", "维吾尔", "自由亚洲电台", "环球时报", "世卫组织", "中央社", "蔡英文",
            "美联社", "胡锡进", "华尔街日报", "国际货币基金组织", "奥巴马", "克林顿", "李克强", "毛泽东", "安倍晋三",
        ]
        let missing = common.filter { glossary.entry(forSource: $0) == nil }
        #expect(missing == [])
    }

    /// The CC-CEDICT-derived glossary (122,000 rows) loads and matches; its speed is the
    /// benchmark's business, not a timed assertion here.
    @Test(.enabled(if: TestScope.fullWithShared("glossaries"))) func largeDictionaryGlossaryLoadsAndMatches() throws {
        let shared = try #require(GlossaryFixtures.shared)
        let url = shared.appendingPathComponent("glossaries/cedict-full.tsv")
        let data = try Data(contentsOf: url)
        let file = GlossaryFile.parse([UInt8](data), name: "cedict-full.tsv")
        #expect(file.errors.isEmpty)
        #expect(file.records.count > 100_000)
        let glossary = try file.glossary()
        let matches = TermMatcher(glossary: glossary).matches(in: "美国气候特使克里即将访问中国")
        #expect(matches.contains { $0.entry.source == "中国" })
        #expect(matches.allSatisfy { $0.range.upperBound <= 14 })
    }
}
