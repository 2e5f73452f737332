import Foundation
import Testing
@testable import DiglotKit

@Suite struct GlossaryExtractorTests {
    @Test func countsGroupsScriptsAndSkipsKnownNames() throws {
        let known = Glossary(entries: [GlossaryEntry(source: "拜登", target: "Joe Biden", type: .person)])
        var extractor = GlossaryExtractor(known: known)
        extractor.add(text: "参议员布莱克本(Marsha Blackburn)说，拜登(Joe Biden)", article: "a.txt")
        extractor.add(text: "參議員布萊克本(Marsha Blackburn)與帝芬尼(Tom Tiffany)", article: "b.txt")
        extractor.add(text: "布萊克本（Blackburn）", article: "c.txt")
        let candidates = extractor.candidates()
        #expect(candidates.map(\.source) == ["布莱克本", "帝芬尼"])
        let first = try #require(candidates.first)
        #expect(first.count == 3)
        #expect(first.target == "Marsha Blackburn")
        #expect(first.otherForms == ["布萊克本"])
        #expect(first.otherTargets == ["Blackburn"])
        #expect(first.firstArticle == "a.txt")
        #expect(first.type == .person)
        #expect(first.entry.note?.contains("3×") == true)
        #expect(first.entry.note?.contains("Traditional: 布萊克本") == true)
        #expect(extractor.candidates(minimumCount: 2).count == 1)

        let tsv = try extractor.tsv()
        let file = GlossaryFile.parse(tsv, name: "candidates.tsv")
        #expect(file.errors.isEmpty)
        #expect(GlossaryChecker.problems(in: file).isEmpty)
        #expect(file.records.map(\.entry.source) == ["布莱克本", "帝芬尼"])
        // The candidates mark the text they came from, in both scripts.
        let matcher = TermMatcher(glossary: try file.glossary())
        #expect(matcher.matches(in: "參議員布萊克本說").map(\.entry.target) == ["Marsha Blackburn"])
    }

    /// A name a Simplified article writes is Simplified as written, though folding would
    /// change it (乾 is mostly a Traditional form of 干: 乾隆 is no 干隆); a Traditional form
    /// is still folded, and a Traditional article's names only are.
    @Test func aSimplifiedArticleWritesTheSimplifiedForm() throws {
        var extractor = GlossaryExtractor()
        extractor.add(text: "清朝的乾隆（Qianlong）皇帝", article: "hant.txt")
        extractor.add(text: "乾隆（Qianlong）皇帝和萧乾（Xiao Qian）", article: "hans.txt", simplifiedAsWritten: true)
        extractor.add(text: "参议员布萊克本（Marsha Blackburn）表示", article: "hans.txt", simplifiedAsWritten: true)
        let sources = extractor.candidates().map(\.source)
        #expect(sources == ["乾隆", "萧乾", "布莱克本"])
        #expect(extractor.candidates().first?.otherForms == [])

        var traditionalOnly = GlossaryExtractor()
        traditionalOnly.add(text: "清朝的乾隆（Qianlong）皇帝", article: "hant.txt")
        #expect(traditionalOnly.candidates().map(\.source) == ["干隆"])
    }

    /// Pairs are read from an article's text as a reader sees it: markup inside a pair is no
    /// break in it, and a line break between Latin words is a space.
    @Test func readsPairsAcrossInlineMarkup() throws {
        let page = """
            <html><head><title>t</title></head><body><article><p>美国参议员<a href="https://example.org/a">马可·卢比奥</a>\
            （Marco Rubio）表示，记者林慕莲（Mary<br>Hui）报道。</p></article></body></html>
            """
        let source = InputSource(name: "page.html", bytes: Array(page.utf8), language: nil)
        var extractor = GlossaryExtractor()
        for document in try ArticleReader().read(source) { extractor.add(document, name: "page.html") }
        #expect(extractor.candidates().map { "\($0.source)=\($0.target)" } == ["马可·卢比奥=Marco Rubio", "林慕莲=Mary Hui"])
    }
}

/// `glossary extract` over the real corpus: the personal names written as 中文名(First Last).
@Suite struct GlossaryExtractorCorpusTests {
    /// Person-name pairs as a reader spots them: Han text, then two to four capitalised words
    /// of letters in brackets, none of them an institution's word.
    private static func personPairs(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (index, scalar) in scalars.enumerated() where (scalar == "(" || scalar == "（") && index > 1 {
            guard ScriptFolding.isHan(scalars[index - 1].value), ScriptFolding.isHan(scalars[index - 2].value) else { continue }
            guard let close = scalars[index...].prefix(50).firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
            var inner = String.UnicodeScalarView()
            inner.append(contentsOf: scalars[(index + 1)..<close])
            let words = String(inner).split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ word in
                word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLowercase && $0.isASCII }
            }) else { continue }
            found.append(words.joined(separator: " "))
        }
        return found
    }

    @Test(.enabled(if: TestScope.fullWithShared("corpus")))
    func findsFourFifthsOfTheNamePairs() throws {
        var extractor = GlossaryExtractor()
        var wanted: Set<String> = []
        for url in Corpus.files(in: "articles") + Corpus.files(in: "feeds") {
            guard let documents = try? ArticleReader().read(try Corpus.source(url)) else { continue }
            for document in documents {
                extractor.add(document, name: url.lastPathComponent)
                for block in document.blocks { wanted.formUnion(Self.personPairs(in: block.plainText)) }
            }
        }
        let candidates = extractor.candidates()
        let targets = Set(candidates.flatMap { [$0.target] + $0.otherTargets })
        let found = wanted.filter(targets.contains)
        #expect(wanted.count > 100)
        #expect(Double(found.count) >= 0.8 * Double(wanted.count), "found \(found.count) of \(wanted.count): missed \(wanted.subtracting(found).sorted())")
        // Their Chinese side is the name alone: no role or title word of the lexicon is left in front.
        let roles = ["总统", "部长", "发言人", "议员", "主席", "总理", "首相", "记者", "教授", "大使", "顾问", "大臣", "局长"]
        let persons = candidates.filter { found.contains($0.target) }
        let cut = persons.filter { candidate in !roles.contains { candidate.source.contains($0) } }
        #expect(Double(cut.count) >= 0.9 * Double(persons.count), "cut \(cut.count) of \(persons.count): \(persons.filter { c in !cut.contains(c) }.map(\.source))")
    }

    /// Text the rules were not tuned on: the Chinese side of `../shared/parallel` (news
    /// translated by professionals, both translators of WMT's documents).
    @Test(.enabled(if: TestScope.fullWithShared("parallel")))
    func findsTheNamePairsOfTextItWasNotTunedOn() throws {
        let root = try #require(PackageRoot.shared("parallel"))
        var extractor = GlossaryExtractor()
        var wanted: Set<String> = []
        let all: [URL] = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? [])
            .compactMap { $0 as? URL }
        let files = all.filter { $0.lastPathComponent == "zh.txt" || $0.lastPathComponent == "zh.refB.txt" }
            .sorted { $0.path < $1.path }
        for url in files {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                extractor.add(text: String(line), article: url.path)
                // These translators put a space before the bracket.
                wanted.formUnion(Self.personPairs(in: line.replacingOccurrences(of: " (", with: "(")))
            }
        }
        let candidates = extractor.candidates()
        let found = wanted.filter(Set(candidates.flatMap { [$0.target] + $0.otherTargets }).contains)
        #expect(wanted.count > 30)
        #expect(Double(found.count) >= 0.9 * Double(wanted.count), "found \(found.count) of \(wanted.count): missed \(wanted.subtracting(found).sorted())")
        // Each found name's Chinese side is what the text writes for it, title and role left out.
        let names: [String: String] = [
            "Richard Norland": "理查德·诺兰德", "David Beasley": "大卫·比斯利", "Joe Sullivan": "乔•沙利文",
            "Christine Baranski": "克里斯汀·巴兰斯基", "Unben Pillay": "安本·皮莱", "Annalena Baerbock": "安娜琳娜·贝伯克",
        ]
        for (latin, chinese) in names where wanted.contains(latin) {
            #expect(candidates.contains { $0.source == chinese && ([$0.target] + $0.otherTargets).contains(latin) }, "\(latin)")
        }
    }
    /// CC-CEDICT's names, each after a verb of one character (他们派…（…）去): the verb is no
    /// part of the name. Most of these verbs are rare enough to pass for a character of a
    /// name, so it is the sound of the original that cuts them off (`startBySound`), or the
    /// whole name of the lexicon after them (请|吴作栋): 89 % of these 3,182 cuts are exact,
    /// 36 % were before either.
    @Test(.enabled(if: TestScope.fullWithShared("glossaries")))
    func cutsAVerbOffCEDICTNames() throws {
        let root = try #require(PackageRoot.shared("glossaries"))
        let text = try String(contentsOf: root.appendingPathComponent("cedict-names.tsv"), encoding: .utf8)
        let frames = [("他让", "离开"), ("他问", "是否"), ("我们请", "来"), ("他们派", "去"), ("他帮", "做"),
                      ("他叫", "快走"), ("他见", "时"), ("他找", "谈"), ("他们称", "为"), ("昨天看", "的")]
        let finder = NamePairFinder()
        var (asked, exact) = (0, 0)
        for (index, line) in text.split(separator: "\n").dropFirst().enumerated() where index % 3 == 0 {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, (2...12).contains(fields[0].count),
                  fields[0].unicodeScalars.allSatisfy({ ScriptFolding.isHan($0.value) || $0 == "·" }) else { continue }
            let latin = String(fields[1].prefix { $0 != "(" && $0 != "," && $0 != ";" }).trimmingCharacters(in: .whitespaces)
            let words = latin.split(separator: " ")
            guard (1...4).contains(words.count), words.allSatisfy({ word in
                word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" }
            }) else { continue }
            let (before, after) = frames[asked % frames.count]
            asked += 1
            let pairs = finder.pairs(in: "\(before)\(fields[0])（\(latin)）\(after)。")
            if pairs.contains(where: { $0.latin == latin && $0.chinese == String(fields[0]) }) { exact += 1 }
        }
        #expect(asked > 3_000)
        #expect(Double(exact) >= 0.85 * Double(asked), "exact \(exact) of \(asked)")
    }
}
