import Testing
@testable import DiglotKit

/// Chinese word boundaries, both Chinese scripts and one-character entries (issue 14), with
/// the shipped glossaries: what a translator sees in real news.
@Suite struct TermMatcherWordBoundaryTests {
    private static let zhEn = ShippedGlossary.glossary(from: "zh", to: "en") ?? Glossary()
    private static let enZh = ShippedGlossary.glossary(from: "en", to: "zh") ?? Glossary()

    private func found(_ text: String, in glossary: Glossary = zhEn, singleCharacterTerms: Bool = false) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TermMatcher(glossary: glossary, singleCharacterTerms: singleCharacterTerms).matches(in: text).map { match in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return "\(String(view))=\(match.entry.target)"
        }
    }

    @Test(arguments: [
        ("伊拉克城市提克里特遭到袭击", "克里"),
        ("美军在提克里特附近", "克里"),
        ("他们关注黑人权益", "人权"),
        ("英国自由民主党领袖表示", "民主党"),
        ("当局查处违法广告", "法广"),
        ("该平台海外用户", "台海"),
        ("多个南美国家", "美国"),
        ("欧美国家的制裁", "美国"),
        ("位于首都以北约20公里的地方", "北约"),
        ("他得了香港脚", "香港"),
        ("他冷得打冷战", "冷战"),
        ("公司的盈利率下降", "利率"),
        ("香港和南中国海等问题", "中国"),
        // A place's name as a person's surname or given name, joined by a name separator.
        ("作家杰克·伦敦写了这部小说", "伦敦"),
        ("汉密尔顿建议乔治·华盛顿引导军队", "华盛顿"),
        ("演员丹泽尔·华盛顿主演", "华盛顿"),
        ("作家华盛顿·欧文说", "华盛顿"),
        // A one-character rest that mostly ends a word begun by the hit's last character.
        ("司法部门无权审查", "司法部"),
        ("公安部门严格依法办案", "公安部"),
        ("武警和公安部队进驻", "公安部"),
        ("美国中东部各州遭遇暴风雪", "中东"),
        // A person's name inside another name, or one that is a common word here.
        ("清华大学教授李希光认为", "李希"),
        ("如同汪洋大海中的一叶小舟", "汪洋"),
        ("洪水过后，村子一片汪洋", "汪洋"),
        // A country's one-character abbreviation before its institution.
        ("美国防部长奥斯汀表示", "美国"),
        ("美国务院发言人表示", "国务院"),
        ("俄国防部称", "俄国"),
        // A name that would take the first word of an entry the path takes whole
        // (中共|中央军委, the party's Military Commission).
        ("中共中央军委副主席徐才厚", "中共中央"),
        // A part of a longer name that does not stand either.
        ("他会说印度尼西亚语", "印度"),
        // Longer entries: the eight minor parties, Columbia, Nanhaizi.
        ("各民主党派人士出席", "民主党"),
        ("哥伦比亚大学教授说", "哥伦比亚"),
        ("北京南海子公园", "南海"),
        // Taiwan's and Hong Kong's places count as places, not as rare words: Taitung's
        // Haiduan township is no East China Sea.
        ("他们走访了台东海端、高雄那玛夏", "东海"),
        ("他們走訪了台東海端、高雄那瑪夏", "東海"),
    ])
    func aHitThatCutsAWordIsNotMarked(text: String, cutThrough: String) {
        #expect(!found(text).contains { $0.hasPrefix(cutThrough + "=") })
    }

    @Test(arguments: [
        ("克里说，气候问题刻不容缓", "克里=John Kerry"),
        ("据《星期日泰晤士报》透露", "星期日泰晤士报=The Sunday Times"),
        ("北约30个成员国一致同意", "北约=NATO"),
        ("特朗普政府加强了对华为的制裁", "华为=Huawei"),
        // A unit after the numeral jieba glues to it, a place before one common character.
        ("公司计划投资100亿美元。", "美元=US dollar"),
        ("欧洲央行维持零利率政策", "利率=interest rate"),
        ("各方继续履行伊朗核协议", "伊朗=Iran"),
        // A place opening a long word of common words (中国|特色|社会主义).
        ("坚持新时代中国特色社会主义", "中国=China"),
        // A term after a word that qualifies it (经济|制裁, 基准|利率).
        ("西方对俄罗斯实施经济制裁", "制裁=sanctions"),
        ("央行维持基准利率不变", "利率=interest rate"),
        // A name that takes the first word of the next compound (全国人大|代表, NPC deputy).
        ("港区全国人大代表表示", "全国人大=National People's Congress"),
        ("世界银行行长马尔帕斯表示", "世界银行=World Bank"),
        ("伊朗伊斯兰共和国总统表示", "伊朗伊斯兰共和国=Islamic Republic of Iran"),
        ("土耳其与北约 30 国", "北约=NATO"),
        ("人权问题", "人权=human rights"),
        ("民主党表示反对", "民主党=Democratic Party"),
        ("法广报道", "法广=RFI"),
        ("台海局势紧张", "台海=Taiwan Strait"),
        ("他在美国会见了官员", "美国=United States"),
        ("美国国会议员", "美国国会=US Congress"),
        ("克里米亚半岛", "克里米亚=Crimea"),
        ("从石油和天然气井泄出", "天然气=natural gas"),
        ("香港立法会议员表示", "立法会=Legislative Council"),
        ("德国总理默克尔在周日表示", "总理=Premier"),
        // A separator between two places or a place and a common word is no name's.
        ("他在中国·北京举行的会议上", "北京=Beijing"),
        ("《中國人口·上海分冊》", "上海=Shanghai"),
        ("司法部长表示", "司法部=Justice Department"),
        ("李希表示", "李希=Li Xi"),
        ("毛泽东思想", "毛泽东=Mao Zedong"),
        // The institution after a country's one-character abbreviation; not where the
        // country's full name can end before a common word (美国|会 "the US will").
        ("美国务院发言人表示", "美国务院=US State Department"),
        ("俄国防部称", "国防部=Ministry of National Defense"),
        ("否则美国会得寸进尺", "美国=United States"),
        ("新疆维吾尔穆斯林", "新疆=Xinjiang"),
        ("他说印度尼西亚话", "印度尼西亚=Indonesia"),
        ("哥伦比亚总统表示", "哥伦比亚=Colombia"),
        ("助理国务卿康达表示", "助理国务卿=Assistant Secretary of State"),
        // Taiwan's and Hong Kong's names for people and places.
        ("歐盟今天與南韓舉行視訊會議", "南韓=South Korea"),
        ("國務卿龐皮歐做出的這一聲明", "龐皮歐=Mike Pompeo"),
        ("總部位於矽谷的公司", "矽谷=Silicon Valley"),
    ])
    func theSameTermsInOrdinarySentencesAreMarked(text: String, expected: String) {
        #expect(found(text).contains(expected))
    }

    @Test func simplifiedEntriesMarkTraditionalText() {
        #expect(found("新華社報導，習近平會見了美國總統") == ["新華社=Xinhua", "習近平=Xi Jinping", "美國=United States"])
        let traditional = Glossary(entries: [GlossaryEntry(source: "臺灣", target: "Taiwan", type: .place)])
        #expect(found("台湾和臺灣", in: traditional) == ["台湾=Taiwan", "臺灣=Taiwan"])
    }

    @Test func namesInNoLexiconStillMatch() {
        let glossary = Glossary(entries: [GlossaryEntry(source: "帝芬尼", target: "Tom Tiffany", type: .person)])
        #expect(found("美國聯邦眾議員帝芬尼表示", in: glossary) == ["帝芬尼=Tom Tiffany"])
    }

    @Test func aLongerEntryStillWinsAndExclusionsStillBlock() {
        #expect(found("南希·佩洛西访问台湾，克里斯表示") == ["南希·佩洛西=Nancy Pelosi", "台湾=Taiwan"])
    }

    @Test func oneCharacterTermsAreMarkedOnlyAsNames() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "的", target: "of"),
            GlossaryEntry(source: "a", target: "一"),
            GlossaryEntry(source: "习", target: "Xi", type: .person),
        ])
        #expect(found("习的", in: glossary) == ["习=Xi"])
        #expect(found("a cat", in: glossary).isEmpty)
        #expect(found("习的", in: glossary, singleCharacterTerms: true) == ["习=Xi", "的=of"])
    }

    @Test(arguments: [
        ("Human Rights Watch said on Monday", ["Human Rights Watch=人权观察"]),
        ("The Sunday Times reported it, and The Times did too", ["Sunday Times=星期日泰晤士报", "The Times=泰晤士报"]),
        ("Nasdaq's Asia-Pacific chairman, and Asia", ["Asia-Pacific=亚太", "Asia=亚洲"]),
        ("The UN Human Rights Council met", ["UN Human Rights Council=联合国人权理事会"]),
        ("a Liberal Democratic Party spokesman", []),
        ("The Democratic Party said", ["Democratic Party=民主党"]),
        ("Human rights groups and the Democratic Party", ["Human rights=人权", "Democratic Party=民主党"]),
        // A place of one word inside another place's name is not that place.
        ("He moved to New Mexico, then to Mexico", ["Mexico=墨西哥"]),
        ("Northern Ireland and Ireland agreed", ["Ireland=爱尔兰"]),
        ("Mexico City is the capital of Mexico", ["Mexico=墨西哥"]),
        ("The US and Mexico signed a deal", ["US=美国", "Mexico=墨西哥"]),
        // A place after a capitalised word inside a sentence is part of another name.
        ("a film starring Denzel Washington", []),
        ("the novelist Jack London wrote", []),
        ("students at George Washington University", []),
        ("flights on Air China resumed", []),
        // Not after the first word of a sentence, an adjective of history, or in a headline.
        ("In Washington, officials said", ["Washington=华盛顿"]),
        ("Historians of Nazi Germany agree", ["Germany=德国"]),
        ("Protests Spread Across London Overnight", ["London=伦敦"]),
        // An article is no part of a name.
        ("reporting for The New York Times, she said", ["New York Times=纽约时报"]),
        // Inside a longer name, a name's own parts are not marked either; a role after it does
        // not extend it.
        ("the National People's Congress Standing Committee met", []),
        ("ideologues like Politburo Standing Committee Member Wang Huning", ["Politburo Standing Committee=政治局常委", "Wang Huning=王沪宁"]),
        // A common noun written as a name is that name (a person, a dynasty), not the noun; a
        // term of several words capitalised is still the term.
        ("The yuan fell against the dollar", ["yuan=人民币"]),
        ("Yuan Ling is a writer", []),
        ("an interview with Yuan Ling, a writer", []),
        // A speaker's label in an interview, bold in its own run, is a name, not a headline.
        ("Yuan Ling:", []),
        ("Ian Johnson: You spent years in Beijing.", ["Beijing=北京"]),
        ("Meanwhile Johnson said no.", ["Johnson=约翰逊"]),
        ("Hong Kong's National Security Law took effect", ["Hong Kong=香港", "National Security Law=国安法"]),
        // An organisation of one capitalised word inside another name is not marked; after a
        // nationality or a word that opens a sentence it is.
        ("In South Africa, the African National Congress won most of the seats in parliament again", ["South Africa=南非"]),
        ("the inventor Nikola Tesla died in a hotel room in New York", ["New York=纽约"]),
        ("he did research at the St Louis Fed for many years", []),
        ("Members of the Peruvian Congress voted against the president yesterday", ["Congress=国会"]),
        ("(He appeared via video link.) That Congress is fretting about the plan", ["Congress=国会"]),
        ("the ruling Congress party lost the state elections in India", ["Congress party=国大党", "India=印度"]),
        ("the spirit of the 20th National Congress of the CPC", ["National Congress of the CPC=中共全国代表大会"]),
        // A surname whose person the glossary names in full is not marked in another person's
        // full name; with a title, or a surname the glossary knows alone, it is.
        ("the historian Ian Johnson wrote a new book about it", []),
        ("The anti-graft chief Li Xi visited the province last week", ["Li Xi=李希"]),
        ("His daughter Xi Mingze studied at Harvard for several years", []),
        ("talks between Mr Xi and Mr Biden ended on Friday", ["Xi=习近平", "Biden=拜登"]),
        ("Turkey's president Recep Tayyip Erdogan said on Sunday", ["Turkey=土耳其", "Erdogan=埃尔多安"]),
        // A longer common noun capitalised in a house style is still the noun.
        ("growth in the Eurozone slowed again last quarter", ["Eurozone=欧元区"]),
        // Closed-circuit television is not China's broadcaster.
        ("Police released CCTV footage of the attack", []),
        ("state broadcaster CCTV said on Monday", ["CCTV=央视"]),
        // Taiwan's legislature in lowercase is still not the currency.
        ("most seats in the legislative yuan went to the opposition", ["legislative yuan=立法院"]),
        // A place after a title written short is a person's name; the full stop of St. or of
        // a title ends no sentence.
        ("he told Mr. Washington about it yesterday", []),
        ("Ms. Paris said the plan would fail", []),
        ("he did research at the St. Louis Fed for many years", []),
        ("talks between Mr. Xi and Mr. Biden ended on Friday", ["Xi=习近平", "Biden=拜登"]),
        // In a headline in capitals an acronym spelled like a word cannot be told from it.
        ("LET US GO TO THE MARKET", []),
        ("WHO KNEW THE VIRUS WOULD SPREAD", []),
        ("NATO ALLIES MEET IN BRUSSELS", ["NATO=北约"]),
        ("the WHO-led scheme and the US economy", ["WHO=世卫组织", "US=美国"]),
        ("US GDP is now about 20 per cent bigger than its peak", ["US=美国", "GDP=国内生产总值"]),
        // A son named after his father is another person; a company named after two is no person.
        ("Donald Trump Jr. said on Monday", ["Donald Trump Jr.=小唐纳德·特朗普"]),
        ("the Johnson & Johnson vaccine", ["Johnson & Johnson=强生"]),
        // The State Department's lower ranks are not the Secretary of State.
        ("Deputy Secretary of State Kurt Campbell said", ["Deputy Secretary of State=常务副国务卿"]),
        ("Assistant Secretary of State Daniel Kritenbrink", ["Assistant Secretary of State=助理国务卿"]),
    ])
    func aShorterNameInsideALongerOneIsNotMarked(text: String, expected: [String]) {
        #expect(found(text, in: Self.enZh) == expected)
    }
}

/// Entries the lexicon knows are met on the segmentation walk, the others by the automaton:
/// the two kinds still compete as one glossary.
@Suite struct TermMatcherTwoSourcesTests {
    private func found(_ text: String, _ entries: [GlossaryEntry]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TermMatcher(glossary: Glossary(entries: entries)).matches(in: text).map { match in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return "\(String(view))=\(match.entry.target)"
        }
    }

    @Test func aLongerEntryTheLexiconLacksBeatsAShorterLexiconWord() throws {
        #expect(Lexicon.chinese.contains("克里"))
        #expect(!Lexicon.chinese.contains("克里木兹"))
        let entries = [
            GlossaryEntry(source: "克里", target: "Kerry", type: .person),
            GlossaryEntry(source: "克里木兹", target: "Krimuz", type: .person),
        ]
        #expect(found("克里木兹说", entries) == ["克里木兹=Krimuz"])
        #expect(found("克里说", entries) == ["克里=Kerry"])
    }

    @Test func anExclusionTheLexiconLacksBlocksALexiconWord() {
        let entries = [
            GlossaryEntry(source: "民主", target: "democracy"),
            GlossaryEntry(source: "民主木兹", target: "", type: .exclude),
        ]
        #expect(found("民主木兹的", entries).isEmpty)
        #expect(found("民主的", entries) == ["民主=democracy"])
    }

    @Test func bothKindsMarkTraditionalTextAndLatinEntriesStillMatch() {
        let entries = [
            GlossaryEntry(source: "新华社", target: "Xinhua", type: .org),
            GlossaryEntry(source: "帝芬尼", target: "Tom Tiffany", type: .person),
            GlossaryEntry(source: "WHO", target: "世卫组织", type: .org, caseSensitive: true),
        ]
        #expect(found("新華社報導，帝芬尼與WHO官員會面", entries) == ["新華社=Xinhua", "帝芬尼=Tom Tiffany", "WHO=世卫组织"])
        #expect(found("who", entries).isEmpty)
    }
}
