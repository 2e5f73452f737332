import Testing
@testable import DiglotKit

/// The name pairs news writes (`NamePairFinder`): the Chinese side cut to the name, what is
/// no name left out, and the type guessed from both sides and what surrounds them.
@Suite struct NamePairFinderTests {
    private func pairs(_ text: String) -> [String] {
        NamePairFinder().pairs(in: text).map { "\($0.chinese)=\($0.latin)" }
    }

    @Test(arguments: [
        ("美國聯邦眾議員帝芬尼(Tom Tiffany)表示", "帝芬尼=Tom Tiffany"),
        ("英国议员克里斯·考特尼（Chris Courtney）说", "克里斯·考特尼=Chris Courtney"),
        ("共和黨參議員布萊克本(Marsha Blackburn)", "布萊克本=Marsha Blackburn"),
        ("世卫总干事Tedros Adhanom Ghebreyesus (谭德塞)说", "谭德塞=Tedros Adhanom Ghebreyesus"),
        ("The WHO's chief, Dr. Tedros Adhanom Ghebreyesus (谭德塞), said", "谭德塞=Tedros Adhanom Ghebreyesus"),
        // An English title before the name is no part of it.
        ("said Chinese Foreign Minister Wang Yi (王毅) on Monday", "王毅=Wang Yi"),
        // Nor is the sentence before a preposition; an organisation's name may hold one.
        ("Speaking to Zhao Lijian (赵立坚) on Monday, he said", "赵立坚=Zhao Lijian"),
        // A word that opens the sentence is the sentence's (Both, According to, Speaking to).
        ("Both Ray Romano (雷·罗马诺) and others", "雷·罗马诺=Ray Romano"),
        ("It rained. According to Xinhua (新华社), the talks failed.", "新华社=Xinhua"),
        ("Speaking to Xinhua (新华社), he said", "新华社=Xinhua"),
        // Nor are the people or the part of what follows "of" (Critics of, Residents of, Many of).
        ("Critics of Oklahoma City (俄克拉何马城) disagree.", "俄克拉何马城=Oklahoma City"),
        ("Residents of the Bronx (布朗克斯) protested.", "布朗克斯=Bronx"),
        ("Officials in Xinjiang (新疆) denied the reports.", "新疆=Xinjiang"),
        // A preposition opening the sentence, a role before the name.
        ("In Shenzhen (深圳), prices fell.", "深圳=Shenzhen"),
        ("Activist Joshua Wong (黄之锋) was sentenced.", "黄之锋=Joshua Wong"),
        // Digits inside a code that starts with a capital (G7), not as a word of their own.
        ("正在和国际伙伴、七大工业国集团（G7）紧密合作", "七大工业国集团=G7"),
        // Not a name's own first word (Voice of America, Under Armour).
        ("Voice of America (美国之音) reported", "美国之音=Voice of America"),
        ("Under Armour (安德玛) said", "安德玛=Under Armour"),
        ("the Campaign to Stop Killer Robots (禁止杀手机器人运动) said", "禁止杀手机器人运动=Campaign to Stop Killer Robots"),
        // An organisation's Chinese name may be ordinary words; an opening "The" is no part of it.
        ("The Global Times (环球时报) reported", "环球时报=Global Times"),
        // So may a word the English writes in pinyin.
        ("Chinese social media platform Weibo (微博) said", "微博=Weibo"),
        ("The Cyberspace Administration of China (国家互联网信息办公室) issued rules",
         "国家互联网信息办公室=Cyberspace Administration of China"),
        // A well-known name alone in brackets is still a pair.
        ("in Wuhan (武汉), the capital of Hubei", "武汉=Wuhan"),
        ("US Secretary of State Mike Pompeo (蓬佩奥) said", "蓬佩奥=Mike Pompeo"),
        ("Hong Kong Chief Executive Carrie Lam (林郑月娥) said", "林郑月娥=Carrie Lam"),
        // An office after an institution's name is still an office (City … Councilor).
        ("KMT Taipei City Councilor William Hsu (徐宏庭) said", "徐宏庭=William Hsu"),
        ("本周，美国国务院发言人摩根·奥塔古斯（Morgan Ortagus）说", "摩根·奥塔古斯=Morgan Ortagus"),
        ("北約秘書長斯托爾滕貝格（Jens Stoltenberg）", "斯托爾滕貝格=Jens Stoltenberg"),
        ("中国关闭驻得克萨斯州城市休斯敦（Houston）的总领馆", "休斯敦=Houston"),
        ("但是利兹大学（University of Leeds）的学者", "利兹大学=University of Leeds"),
        // Titles the lexicon files as names (英国首相) or people (顾问) are still titles.
        ("英国首相约翰逊（Boris Johnson）发表讲话", "约翰逊=Boris Johnson"),
        ("特朗普总统的工业政策顾问彼得·纳瓦罗(Peter Navarro)已开始推动", "彼得·纳瓦罗=Peter Navarro"),
        ("美國國防部長埃斯珀（Mark Esper）表示", "埃斯珀=Mark Esper"),
        // A noun or a particle before a transliteration is no part of it; a Chinese name keeps
        // its common characters.
        ("他的狗默瑟（Mercer）身边", "默瑟=Mercer"),
        ("据美国全国广播公司（CNBC）报道", "美国全国广播公司=CNBC"),
        ("餐厅研发主厨林敏怡（Rosetta Lin)说", "林敏怡=Rosetta Lin"),
        ("法律大学和司法学院学生巴纳吉（Shrestha Banerjee）", "巴纳吉=Shrestha Banerjee"),
        // A place before a name says where it is; an organisation's own place stays.
        ("芬兰诺基亚（Nokia）宣布", "诺基亚=Nokia"),
        ("位于下萨克森州勒讷（Lohne）的工厂", "勒讷=Lohne"),
        ("匈牙利总理欧尔班（Viktor Orban）", "欧尔班=Viktor Orban"),
        ("美国国家安全局（NSA）", "美国国家安全局=NSA"),
        // An organisation named in ordinary words is cut at a grammatical word, a verb or what
        // describes it; 与 joins, 和 only when the original says "and".
        ("据彼得森国际经济研究所（Peterson Institute for International Economics）", "彼得森国际经济研究所=Peterson Institute for International Economics"),
        ("瑞典智库斯德哥尔摩国际和平研究所（SIPRI）称", "斯德哥尔摩国际和平研究所=SIPRI"),
        ("由北京认定中国环球电视网（CGTN）", "中国环球电视网=CGTN"),
        ("系统科学与工程中心（CSSE）的数据", "系统科学与工程中心=CSSE"),
        // …but not before a name that has all the words its original asks for.
        ("我们与西南大学（Southwest University）合作", "西南大学=Southwest University"),
        ("一个非政府组织（NGO）", "非政府组织=NGO"),
        // An original of several words lets verbs into the name and a word for a kind of
        // institution ends it.
        ("难色。华盛顿智库全球开发中心（Center for Global Development）", "全球开发中心=Center for Global Development"),
        ("世卫组织、美国疾病控制和预防中心(US CDC)", "美国疾病控制和预防中心=US CDC"),
        ("报道，欧洲商会(European Chamber of Commerce)", "欧洲商会=European Chamber of Commerce"),
        // An acronym's letters let verbs in when the name is too short without them.
        ("新冠疫情影响，英国金融行为监管局(FCA)", "英国金融行为监管局=FCA"),
        // Traditional text joins the words of a name with 與.
        ("美國智庫戰略與國際研究中心（CSIS）資深研究員", "戰略與國際研究中心=CSIS"),
        ("求的任何持续复苏。美国能源信息署(EIA)", "美国能源信息署=EIA"),
        // A full-width full stop joins the parts of a name as a middle dot does.
        ("美國國務卿麥克．蓬佩奧（Mike Pompeo）表示", "麥克．蓬佩奧=Mike Pompeo"),
        // Cantonese grammatical words end the name as Mandarin ones do.
        ("美國國務卿話，佢哋嘅蓬佩奧（Mike Pompeo）", "蓬佩奧=Mike Pompeo"),
        ("記者問喺度嘅李家超（John Lee）", "李家超=John Lee"),
        // Nor is a courtesy title before it.
        ("美国传染病专家福西（Dr. Anthony Fauci）说", "福西=Anthony Fauci"),
        // A note after the name in the bracket is not part of it.
        ("英国外交大臣拉布（Dominic Raab，又译蓝韬文）说", "拉布=Dominic Raab"),
        ("华为员工李晓宇（Li Xiaoyu, 音译）表示", "李晓宇=Li Xiaoyu"),
        // Common characters in a person's name (里, 月) when the original is a person's.
        ("地区的蔬菜销售商毛里雅（Ashutosh Maurya）说", "毛里雅=Ashutosh Maurya"),
        ("呼吁香港行政长官林郑月娥（Carrie Lam）施压", "林郑月娥=Carrie Lam"),
        ("香港社运人士黄之锋（Joshua Wong）说", "黄之锋=Joshua Wong"),
        ("而创始人陈敏而（Tina Chen）说", "陈敏而=Tina Chen"),
        // The word before a name separator is part of the name, whatever the lexicon calls it
        // (理查德, 大卫: ordinary words; 本: a pronoun).
        ("美国驻利比亚大使理查德·诺兰德 (Richard Norland) 说", "理查德·诺兰德=Richard Norland"),
        ("该组织的执行董事大卫·比斯利 (David Beasley) 表示", "大卫·比斯利=David Beasley"),
        ("阿联酋外贸部长萨尼·本·艾哈迈德·阿尔·泽尤迪 (Thani bin Ahmed Al Zeyoudi) 宣布",
         "萨尼·本·艾哈迈德·阿尔·泽尤迪=Thani bin Ahmed Al Zeyoudi"),
        ("英国国防大臣本•华莱士（Ben Wallace）表示", "本•华莱士=Ben Wallace"),
        // A common character before a whole name of the lexicon is the sentence's (请, 派),
        // but an organisation's name may start with one (跨).
        ("我们请吴作栋（Goh Chok Tong）来", "吴作栋=Goh Chok Tong"),
        ("他们派大西国（Atlantis）去", "大西国=Atlantis"),
        ("为抗衡原本由美国主倡的跨太平洋贸易协定（TPP）而设", "跨太平洋贸易协定=TPP"),
        ("我们请全国大会党（National Congress Party）来", "全国大会党=National Congress Party"),
        // A measure word after a demonstrative is no name's, however rare (款).
        ("这款红牛饮料（Red Bull）很受欢迎", "红牛饮料=Red Bull"),
        // A role's last character after the word it makes a role of is no name's.
        ("Cloudflare 首席安全官乔•沙利文 (Joe Sullivan) 表示", "乔•沙利文=Joe Sullivan"),
        // An organisation's name shorter than its acronym says goes on: over a generic head
        // filed as a name (联合会), past 和 and a list mark (Foreign, Commonwealth and Development Office).
        ("而受到指责。阿萨姆邦学生联合会 (AASU) 是这场运动的", "阿萨姆邦学生联合会=AASU"),
        ("儿童保护服务。外交、联邦和发展办公室 (FCDO) 表示", "外交、联邦和发展办公室=FCDO"),
        ("包括美国疾控中心、世界卫生组织（WHO）在内", "世界卫生组织=WHO"),
        // An institution's original may have up to eight words.
        ("在美国哈佛大学肯尼迪政府学院阿什民主治理与创新中心(Ash Center for Democratic Governance and Innovation)的研究",
         "阿什民主治理与创新中心=Ash Center for Democratic Governance and Innovation"),
        // A hyphen joins a double-barrelled name when the original has one too.
        ("哈佛历史学家安妮特·戈登-里德(Annette Gordon-Reed)注意到", "安妮特·戈登-里德=Annette Gordon-Reed"),
        ("萨克森-安哈尔特州首府马格德堡（Magdeburg）的法院", "马格德堡=Magdeburg"),
        // An organisation's name followed by its acronym.
        ("据澳洲战略政策研究所（Australian Strategic Policy Institute, ASPI）的报告", "澳洲战略政策研究所=Australian Strategic Policy Institute"),
        // A grammatical character after one that spells names opens a transliteration.
        ("美国的皮尤慈善信托（Pew Charitable Trusts）的温尼·刘", "皮尤慈善信托=Pew Charitable Trusts"),
        ("据皮尤研究中心（Pew Research Center）的调查", "皮尤研究中心=Pew Research Center"),
        // A company's name with its legal form, the original without it.
        ("被制裁的中国公司之一是海泰科技发展有限公司（Haitai Technology Development）", "海泰科技发展有限公司=Haitai Technology Development"),
        // A name may end in a generic noun written lowercase.
        ("由谷歌等公司投资的太平洋光缆网络(Pacific Light Cable network)本应成为", "太平洋光缆网络=Pacific Light Cable network"),
        ("1994 年，曼德拉领导的非洲人国民大会党 (African National Congress party) 赢得", "非洲人国民大会党=African National Congress party"),
        // The head of an epithet is no surname; a character that makes an adjective of the word
        // before it is that word's; a common word after a foreign name describes the person.
        ("他重现了摇滚之王普莱斯利(Elvis Presley)的风采", "普莱斯利=Elvis Presley"),
        ("人们怀念流行之王迈克尔·杰克逊(Michael Jackson)的歌声", "迈克尔·杰克逊=Michael Jackson"),
        ("一家法律类非政府组织（NGO）获得了咨商地位", "非政府组织=NGO"),
        ("他在电影中塑造的马斯•布雷克蒙形象(Mars Blackmon)深得民心", "马斯•布雷克蒙=Mars Blackmon"),
        // A common word spelled only with characters that spell names is a piece of a
        // transliteration that reads as the original (克拉, a carat); a title is not.
        ("教宗任命他为秘鲁奇克拉约(Chiclayo)教区主教", "奇克拉约=Chiclayo"),
        ("沙特国王萨勒曼（King Salman）表示", "萨勒曼=King Salman"),
        // A party's or alliance's name in words no institution's list holds.
        ("她所属意大利兄弟党(Brothers of Italy)赢得选举", "意大利兄弟党=Brothers of Italy"),
        ("及极右政党国民联盟（Rassemblement National）", "国民联盟=Rassemblement National"),
        // A monarch's or pope's name keeps the number of the reign, whatever its own words;
        // a title before it is the sentence's.
        ("名号为良十四世(Leo XIV)，来自美国", "良十四世=Leo XIV"),
        ("包含拿破仑三世（Napoleon III）皇后的冠冕", "拿破仑三世=Napoleon III"),
        ("据报道英王查理三世（Charles III）出席", "查理三世=Charles III"),
        ("据记载法王路易十四（Louis XIV）修建了宫殿", "路易十四=Louis XIV"),
        ("教宗本笃十六世（Pope Benedict XVI）辞职", "本笃十六世=Pope Benedict XVI"),
        // A last part that reads whole as the surname keeps its common word (雷达, radar).
        ("民调机构的负责人安东尼奥·拉瓦雷达(Antonio Lavareda)表示", "安东尼奥·拉瓦雷达=Antonio Lavareda"),
        // An organisation named after someone starts where the sound of that name starts.
        ("牛津大学布拉瓦特尼克政府学院(Blavatnik School of Government)的研究人员说", "布拉瓦特尼克政府学院=Blavatnik School of Government"),
        ("斯坦福大学胡佛研究所(Hoover Institution)研究员", "胡佛研究所=Hoover Institution"),
        ("美国传统基金会（Heritage Foundation）的分析", "美国传统基金会=Heritage Foundation"),
        // An institution's word in French or German makes an organisation, which keeps its place.
        ("附近有一間很漂亮的法蘭西公學院（Collège de France）", "法蘭西公學院=Collège de France"),
        // After 的 an organisation's name may open with a verb; a name still shorter than its
        // original with a character that qualifies it; a brand's word before an institution's
        // ending, and a place named in ordinary words, are cut as organisations are.
        ("入侵总部位于荷兰的禁止化学武器组织（OPCW）。", "禁止化学武器组织=OPCW"),
        ("位于大联合运河（Grand Union Canal）的莱斯特河段", "大联合运河=Grand Union Canal"),
        ("在捷克都有投资。捷克投资推广局（CzechInvest）的数据显示", "捷克投资推广局=CzechInvest"),
        ("阿联酋境内的巴拉卡核能发电厂（Barakah Nuclear Energy Plant）已经运行", "巴拉卡核能发电厂=Barakah Nuclear Energy Plant"),
    ])
    func cutsTheChineseSideToTheName(text: String, expected: String) {
        #expect(pairs(text) == [expected])
    }

    @Test func leavesOutWhatIsNoName() {
        #expect(pairs("新书《事发之室》(The Room Where It Happened)").isEmpty)
        #expect(pairs("增长了3%(GDP 2020)").isEmpty)
        #expect(pairs("微软的操作系统（Windows 10）").isEmpty)
        // A description with a name in it is no translation of the name.
        #expect(pairs("the delivery firm Instacart (美国杂货配送公司) said").isEmpty)
        // A gloss after an English word that explains it in a phrase is no name.
        #expect(pairs("全基因组分析、目标 DNA（诸如刺突蛋白之类的突变）分析").isEmpty)
        #expect(pairs("全基因组分析、目标 DNA（刺突蛋白等突变）分析").isEmpty)
        #expect(pairs("这是Memory Leak (内存泄漏)的问题").isEmpty)
        // A list or a clause after an English word says what comes with it or what it does.
        #expect(pairs("我點了個 7 歐的 Falafel （附薯條和飲料），飲料選 Perrier").isEmpty)
        #expect(pairs("今年已經在臺北有 Node（與中華電信合作），所以存取速度大增").isEmpty)
        #expect(pairs("他们打出 BLM（黑人的命也是命）的标语") == ["黑人的命也是命=BLM"])
        #expect(pairs("他说(笑)").isEmpty)
        #expect(pairs("盡可能用自由開源軟件 (Free and Open Source, FOSS)").isEmpty)
        // A note on a link's language or an edition is no translation.
        #expect(pairs("5、C 代码里面的 URL（英文），从插件到 IDE（国内版）").isEmpty)
        #expect(pairs("他在会上说了一句（Hello World）").isEmpty)
        // Cut short is no candidate; a common grammatical character opens no transliteration.
        #expect(pairs("斯的研究中心（Smith Research Center）的").isEmpty)
        #expect(pairs("儿童基金会共同发起了共同未来项目（Common Future Fund），成为").isEmpty)
        // No name starts with a verb (a known organisation after one stands alone), and no
        // acronym stands for a clause.
        #expect(pairs("期美国整体流动性的提高，相应美联储（FED）储备") == ["美联储=FED"])
        #expect(pairs("美国经济占全球产出总值(GDP)约四分之一").isEmpty)
        // A list in the bracket is no name, nor is its first item.
        #expect(pairs("所有客户端通讯协议（IMAP、POP3、SMTP等）端口").isEmpty)
    }

    @Test func aTitleInMarksIsAPairWhenItNamesAPeriodical() {
        let found = NamePairFinder().pairs(in: """
            英國《金融時報》（Financial Times）報導，《经济学人》（The Economist）和法国左派报纸《解放报》（Libération）、\
            捷克大报《今天日报》（DNES）与《柳叶刀》（The Lancet）都认为，越南提出遵循《联合国海洋法公约》（UNCLOS）
            """)
        #expect(found.map { "\($0.chinese)=\($0.latin)" } == [
            "金融時報=Financial Times", "经济学人=The Economist", "解放报=Libération", "今天日报=DNES",
            "柳叶刀=The Lancet", "联合国海洋法公约=UNCLOS",
        ])
        #expect(found.map(\.type) == [.org, .org, .org, .org, .org, .term])
        // A book's, a film's or a game's title is no glossary entry.
        #expect(pairs("最近放映的美国影片《木星上行》（Jupiter Ascending），在线游戏《我的世界》(Minecraft)").isEmpty)
    }

    /// Brackets and title marks at the edges, unclosed or empty, never trap the finder.
    @Test func hostileTextFindsNothingAndNeverTraps() {
        let hostile = [
            "", "(", ")", "（）", "》（Times）", "《（Times）", "《》（Financial Times）", "《" + String(repeating: "报", count: 40) + "》（Times）",
            "皮(Pew", "尤（Pew Research Center）", "A, B)", "(, ASPI)", "(Institute, )", String(repeating: "（", count: 500),
            String(repeating: "美国(US)", count: 200),
        ]
        for text in hostile {
            #expect(NamePairFinder().pairs(in: text).allSatisfy { !$0.chinese.isEmpty && !$0.latin.isEmpty })
        }
    }

    @Test func anAcronymOfOrdinaryWordsIsATerm() {
        let found = NamePairFinder().pairs(in: "而在人工智能（AI）领域，中国环球电视网（CGTN）报道")
        #expect(found.map(\.chinese) == ["人工智能", "中国环球电视网"])
        #expect(found.map(\.type) == [.term, .org])
    }

    @Test func aCompanyNamedWithAnOrdinaryWordIsThatWordAlone() {
        let found = NamePairFinder().pairs(in: "美国网络设备制造商思科（Cisco）、谷歌和微软(Microsoft)等公司")
        #expect(found.map { "\($0.chinese)=\($0.latin)" } == ["思科=Cisco", "微软=Microsoft"])
        #expect(found.map(\.type) == [.org, .term])
        // Not the head of a longer name, nor a word after a Latin one; a company the lexicon
        // knows keeps the product's word after it (喜力 "Heineken", a company in CC-CEDICT).
        #expect(pairs("手机苹果（Apple）的").isEmpty)
        #expect(pairs("喜力啤酒（Heineken）的广告") == ["喜力啤酒=Heineken"])
        #expect(pairs("发到 Obsidian 收件箱 (Telegram)").isEmpty)
        // A legal form after the name does not change where it starts.
        #expect(pairs("例如谷歌（Google Inc.）也在其中") == ["谷歌=Google Inc."])
        #expect(pairs("一些常用服务（例如谷歌(Google Inc.)提供的一些服务）") == ["谷歌=Google Inc."])
        #expect(NamePairFinder.withoutLegalForm("Apple, Inc.") == "Apple")
        #expect(NamePairFinder.withoutLegalForm("Inc.") == "Inc.")
        // An acronym's short name is one word that ends as an institution's name does.
        let union = NamePairFinder().pairs(in: "正在和国际伙伴、欧盟（EU）紧密合作，他和东盟（ASEAN）会谈")
        #expect(union.map { "\($0.chinese)=\($0.latin)" } == ["欧盟=EU", "东盟=ASEAN"])
        #expect(union.map(\.type) == [.org, .org])
        #expect(pairs("他说，人工（AI）").isEmpty)
    }

    /// Cuts that news unseen before showed wrong: an office, a possessive, a courtesy title,
    /// a people or a country before the name, a number in it, and an acronym's one word.
    @Test(arguments: [
        ("said Minister of Health and Welfare Chen Shih-chung (陳時中) on Monday", "陳時中=Chen Shih-chung"),
        ("Minister of Foreign Affairs Joseph Wu (吳釗燮) told reporters", "吳釗燮=Joseph Wu"),
        ("the visit of the Singaporean leader Lee Hsien Loong (李显龙) ended", "李显龙=Lee Hsien Loong"),
        ("under former President Chen Shui-bian's (陳水扁) government", "陳水扁=Chen Shui-bian"),
        ("欧盟委员会主席冯德莱恩女士（Ursula von der Leyen）说", "冯德莱恩=Ursula von der Leyen"),
        ("一名29岁的德国人施密特（Schmidt）受伤", "施密特=Schmidt"),
        ("俄罗斯吞并了乌克兰克里米亚（Crimea）半岛", "克里米亚=Crimea"),
        ("他出席了20国集团（G20）峰会", "20国集团=G20"),
        ("国防开支占国内生产总值（GDP）的2%", "国内生产总值=GDP"),
        ("他升任副总裁兼首席运营官（COO）", "首席运营官=COO"),
        ("据新华社（Xinhua News Agency）报道", "新华社=Xinhua News Agency"),
        // The country an institution is of is no word of its acronym; one character filed as
        // a place (岱) spells a transliteration.
        ("有鉴于美国疾病控制与预防中心（CDC）的政策", "美国疾病控制与预防中心=CDC"),
        ("巡演从美国格兰岱尔（Glendale）启程", "格兰岱尔=Glendale"),
        // A word for a kind of institution describes the name after it; a grammatical
        // character after a surname the original names is the given name's.
        ("俄罗斯国营通讯社塔斯社（Tass）援引消息", "塔斯社=Tass"),
        ("法国极右翼政党国民联盟（National Rally party）主席", "国民联盟=National Rally party"),
        ("三星宣布，公司实际领导人李在镕（Jay Y. Lee）已被任命", "李在镕=Jay Y. Lee"),
        // A Japanese name after a title, three to five characters, particles and all.
        ("超越了优衣库创办人柳井正（Tadashi Yanai），重返首富", "柳井正=Tadashi Yanai"),
        ("日本央行行长植田和男（Kazuo Ueda）表示", "植田和男=Kazuo Ueda"),
        ("电影节上，导演是枝裕和（Hirokazu Kore-eda）说", "是枝裕和=Hirokazu Kore-eda"),
    ])
    func cutsWhatStandsAroundTheName(text: String, expected: String) {
        #expect(pairs(text) == [expected])
    }

    @Test func guessesTheType() {
        let found = NamePairFinder().pairs(in: "帝芬尼(Tom Tiffany)、利兹大学（University of Leeds）和休斯敦（Houston）")
        #expect(found.map(\.type) == [.person, .org, .place])
        #expect(NamePairFinder().pairs(in: "Voice of America (美国之音) reported").map(\.type) == [.org])
    }

    @Test(arguments: [
        ("中国通讯业巨头华为（Huawei）的首席财务官", TermType.org),
        ("美国网络设备制造商思科（Cisco）、", .org),
        ("據路透社（Reuters）報導", .org),
        ("據彭博社（Bloomberg）報導", .org),
        ("美國網絡設備製造商思科（Cisco）、", .org),
        ("由瑙姆堡（Naumburg）地方法院负责审理", .place),
        ("抵达帕伊（Pai）以后", .place),
        ("福克斯新闻主播华莱士（Wallace）说", .person),
        ("他的好友杜克（Duke）说", .person),
        // What the lexicon says a transliteration names, from CC-CEDICT's gloss (jieba calls
        // them all people).
        ("及瑞典愛立信（Ericsson）作出報復", .org),
        ("据报道，斯德哥尔摩（Stockholm）表示", .place),
        // An outlet reports; a body, a buyer and officers say a company or a group.
        ("据彭博（Bloomberg）报道", .org),
        ("美国汽车制造商福特（Ford）表示", .org),
        ("巴勒斯坦武装组织哈马斯（Hamas）发动袭击", .org),
        ("马斯克宣布收购推特（Twitter）", .org),
        ("微软（Microsoft）执行长纳德拉说", .org),
        // A society's, a party's, a forum's or a front's ending names an organisation.
        ("他批评了乐施会（Oxfam）的报告", .org),
        ("选民纷纷转投蒂萨党（Tisza）", .org),
        ("他出席了世界经济论坛（WEF）年会", .org),
        ("法国国民阵线（FN）的创始人", .org),
        // A middle initial and a generation's numeral are a person's.
        ("影星福克斯（Michael J. Fox）", .person),
        ("前锋墨菲（Trey Murphy III）得分", .person),
    ])
    func readsAOneWordNameFromWhatSurroundsIt(text: String, type: TermType) {
        #expect(NamePairFinder().pairs(in: text).map(\.type) == [type])
    }

    /// Analysts, officers and shares follow a company only; a chief adviser or a subsidiary
    /// may follow a person.
    @Test(arguments: [
        ("摩根士丹利（Morgan Stanley）分析师认为", TermType.org),
        ("拜登（Joe Biden）首席医疗顾问", .person),
        ("马斯克（Elon Musk）旗下的特斯拉", .person),
    ])
    func readsACompanyFromWhatFollowsIt(text: String, type: TermType) {
        #expect(NamePairFinder().pairs(in: text).map(\.type) == [type])
    }

    /// The items of a list name things of one kind: a type most of them have is every one's;
    /// a list without a majority keeps its guesses.
    @Test(arguments: [
        ("核查人员未获准进入福尔多(Fordo)、纳坦兹(Natanz)和伊斯法罕(Isfahan)的设施", [TermType.place, .place, .place]),
        ("以军在加沙走廊（Gaza Strip）和戈兰高地（Golan Heights）", [.place, .place]),
        ("进球的是穆里略（Murillo）、萨沃纳（Nicolò Savona）与怀特（Morgan White）", [.person, .person, .person]),
        ("他提到华为（Huawei）和拜登（Joe Biden）", [.org, .person]),
    ])
    func aListsItemsShareTheirType(text: String, types: [TermType]) {
        #expect(NamePairFinder().pairs(in: text).map(\.type) == types)
    }

    @Test(arguments: [
        ("我管理福克斯顿船闸（Foxton Locks）的", TermType.term),
        ("卡塔尔的半岛电视台(Al Jazeera)", .org),
        ("在巴黎的卢森堡公园（Jardin du Luxembourg）", .place),
        ("法国的拉法叶侯爵（Marquis de Lafayette）", .person),
        ("专栏作家孟建国（Paul Mozur）", .person),
        ("经济学家拉吉夫·比斯瓦斯（Rajiv Biswas）", .person),
        ("中国控制的黄岩岛（Scarborough Shoal）附近", .place),
        ("从巴黎北站（Gare de Nord）出发", .place),
        ("在特拉法加广场的纳尔逊纪念柱（Nelson's Column）下", .place),
        ("当年索尼影业（Sony Pictures）遭到黑客攻击", .org),
        ("境内的巴拉卡核电厂（Barakah Nuclear Energy Plant）正式启动运转", .place),
        ("例如谷歌(Google Inc.)提供的一些服务", .org),
    ])
    func readsANameThatEndsInAnOrdinaryWordAsAThing(text: String, type: TermType) {
        #expect(NamePairFinder().pairs(in: text).map(\.type) == [type])
    }

    /// What the original's spelling says: an acronym names an organisation unless its Chinese
    /// name is an agreement or an ordinary thing; a brand's inner capital, a compound's
    /// lowercase part and a title's English grammatical words name no person; a one-word name
    /// its Chinese translates rather than spells is a term, one it spells a place.
    @Test(arguments: [
        ("签署美墨加协定（USMCA）后", TermType.term),
        ("封锁了它们在香港的虚拟专用网（VPN）服务", .term),
        ("位于大联合运河（Grand Union Canal）的莱斯特河段", .place),
        ("在捷克都有投资。捷克投资推广局（CzechInvest）的数据显示", .org),
        ("他们研发了伪随机数生成器（PRNG）和", .term),
        ("就读慕尼黑大学（LMU）的学生", .org),
        ("年開始生產聚氯乙烯（PVC）", .term),
        ("正在和国际伙伴、七大工业国集团（G7）紧密合作", .org),
        ("据美国消费者新闻与商业频道（CNBC）报道", .org),
        ("特斯拉（Tesla）首席执行官马斯克说", .org),
        ("他们研究新冠肺炎（COVID-19）的传播", .term),
        ("从卡纳维拉尔角空军基地（CCAFS）发射", .org),
        ("和宝马(BMW)合作", .org),
        ("中国疫苗开发商康希诺生物(CanSino Biologics)表示", .org),
        ("在印度非常火的TikTok（抖音）、微信", .org),
        ("和艾娃·杜威内(Ava DuVernay)合作", .person),
        ("紀錄片《尋找甜秘客（Searching for Sugar Man）》", .term),
        ("以及安德玛(Under Armour)的口号", .term),
        ("立即覆写（ Zero-fill ）内存区域", .term),
        // Two names joined over a particle are a place (Boulogne-sur-Mer).
        ("法国港口布洛涅（Boulogne-sur-Mer）的渔民", .place),
        ("朝鲜外交官金桂冠（Kim Kye-gwan）表示", .person),
        ("韩国前总统朴槿惠（Park Geun-hye）表示", .person),
        ("他们从新德里（New Delhi）出发", .place),
        ("他们来到西爪哇（West Java）的", .place),
        ("这是辛亥革命（Xinhai Revolution）以后", .term),
        ("与安迪有相似观点的是好友Duke（杜克）。", .person),
        ("She grew up in Wuhu (芜湖) and left.", .place),
        ("女同志（Lesbians）都到哪里去了？", .term),
        ("来自孟买的加特寇帕尔（Ghatkopar）的", .place),
        ("在东帝汶的帕伊（Pai）以后", .place),
    ])
    func readsWhatTheOriginalsSpellingSays(text: String, type: TermType) {
        #expect(NamePairFinder().pairs(in: text).map(\.type) == [type])
    }

    /// A transliteration cut one character off is mended by its sound: the character before
    /// it that starts as the original does, or the one before the name that does not.
    @Test(arguments: [
        ("另一位印度民众高沙尔（Avishek Ghoshal）告诉", "高沙尔=Avishek Ghoshal"),
        ("印度国大党前主席拉胡尔·甘地（Rahul Gandhi）27日", "拉胡尔·甘地=Rahul Gandhi"),
        ("作家尤利娅·季莫申科（Yulia Tymoshenko）的书", "尤利娅·季莫申科=Yulia Tymoshenko"),
        ("电视实境秀女星金卡戴珊（Kim Kardashian）都支持", "金卡戴珊=Kim Kardashian"),
        ("美国杀人魔帕特里克·贝特曼（Patrick Bateman）", "帕特里克·贝特曼=Patrick Bateman"),
        ("他们派易卜生（Henrik Ibsen）去", "易卜生=Henrik Ibsen"),
        // A first part cut to one character takes in the two before it (阿道|司), also for a
        // name that only looks Japanese (Hepburn writes no zi or di).
        ("阿道司·赫胥黎（Aldous Huxley）写道", "阿道司·赫胥黎=Aldous Huxley"),
        ("球星齐内丁·齐达内（Zinedine Zidane）说", "齐内丁·齐达内=Zinedine Zidane"),
        // One cut to two takes in one or two before it, up to one that fits (雷那|尔多, 毛里|西奥);
        // a conjunction glued to one is the sentence's (和|玛丽).
        ("工程师雷那尔多·基哈达（Reinaldo Quijada）表示", "雷那尔多·基哈达=Reinaldo Quijada"),
        ("前总统毛里西奥·马克里（Mauricio Macri）执政时", "毛里西奥·马克里=Mauricio Macri"),
        ("她的丈夫和玛丽·居里（Marie Curie）一起", "玛丽·居里=Marie Curie"),
        // A name two characters or more shorter than its original sounds takes in one or two
        // characters before it, up to one that fits (史道|斯卡斯 for Stauskas).
        ("关键时刻还传给史道斯卡斯（Nik Stauskas）助攻", "史道斯卡斯=Nik Stauskas"),
        ("影评人看好大师史高西斯（Martin Scorsese）的新片", "史高西斯=Martin Scorsese"),
        // A rare word before a name that spells only the original's later word (次仁: Tsering).
        ("流亡藏人领袖边巴次仁（Penpa Tsering）说", "边巴次仁=Penpa Tsering"),
        // A common verb is a word of the sentence even when its sound fits (派: Bach).
        ("他们派巴赫（Johann Sebastian Bach）去", "巴赫=Johann Sebastian Bach"),
    ])
    func startMendedBySound(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    /// A grammatical character inside a transliteration stops the ordinary cut (汗尤|尼斯,
    /// 穆里略 lost whole, 若|泽): the characters that read, one syllable each, as the original
    /// are the name. A pronoun, a verb after one, or a particle is no part of it.
    @Test(arguments: [
        ("加沙地带南部的汗尤尼斯（Khan Younis）再遭空袭", "汗尤尼斯=Khan Younis"),
        ("尼加拉瓜副总统穆里略（Rosario Murillo）发表讲话", "穆里略=Rosario Murillo"),
        ("安哥拉前总统若泽·爱德华多·多斯桑托斯（José Eduardo dos Santos）的遗体",
         "若泽·爱德华多·多斯桑托斯=José Eduardo dos Santos"),
        ("波兰好手丝薇泰克（Iga Swiatek）晋级", "丝薇泰克=Iga Swiatek"),
        ("他见马拉多纳（Diego Maradona）时", "马拉多纳=Diego Maradona"),
        ("他找捷克（Czech）的朋友", "捷克=Czech"),
        ("据扎克伯格（Mark Zuckerberg）透露", "扎克伯格=Mark Zuckerberg"),
        // A common character ends the name (多, 里), or a rare word stands in it (因斯); the
        // first name alone may be what the Chinese writes (阿布都拉).
        ("美军轰炸了福尔多（Fordo）的设施", "福尔多=Fordo"),
        ("航运咨询机构德鲁里（Drewry）指出", "德鲁里=Drewry"),
        ("挪威女星蕾娜特瑞因斯夫（Renate Reinsve）获奖", "蕾娜特瑞因斯夫=Renate Reinsve"),
        ("马来西亚最高元首阿布都拉（Abdullah Ri'ayatuddin）宣布", "阿布都拉=Abdullah Ri'ayatuddin"),
        // A verb before a whole name the cut kept stays out.
        ("昨天看南疆（Southern Xinjiang）的风景", "南疆=Southern Xinjiang"),
    ])
    func startMendedByReading(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    /// An office after a name is left out as the original leaves out its own, unless the
    /// original keeps a title; words of the sentence before a name that reads as the
    /// original on its own are cut (亿万富豪|马斯克), not a given name the reading has a place for.
    @Test(arguments: [
        ("共和党籍的范斯参议员（Senator JD Vance）表示", "范斯=JD Vance"),
        ("圣座驻华公使黎培理总主教（Antonio Riberi）抵达", "黎培理=Antonio Riberi"),
        ("英国的哈里王子（Prince Harry）出席", "哈里王子=Prince Harry"),
        ("他们称法国人（Frenchman）为", "法国人=Frenchman"),
        ("亿万富豪马斯克（Elon Musk）宣布", "马斯克=Elon Musk"),
        ("金块双星约基治（Nikola Jokic）得分", "约基治=Nikola Jokic"),
        ("法国女导演茱莉亚迪克诺（Julia Ducournau）获奖", "茱莉亚迪克诺=Julia Ducournau"),
        ("塞尔维亚球王约克维奇（Novak Djokovic）夺冠", "约克维奇=Novak Djokovic"),
        ("法新社报道，内唐亚胡（Benjamin Netanyahu）在社交平台表示", "内唐亚胡=Benjamin Netanyahu"),
        // A word of belonging puts a company under its owner and is no part of its name.
        ("马斯克旗下美国太空探索科技公司（SpaceX）发射", "美国太空探索科技公司=SpaceX"),
    ])
    func titlesAndDescriptionsAroundNames(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    /// A place's word between characters that spell names is a piece of a transliteration,
    /// and a role's last character is the sentence's in either script.
    @Test(arguments: [
        ("财政部长斯里·穆利亚尼·英德拉瓦蒂（Sri Mulyani Indrawati）的住所", "斯里·穆利亚尼·英德拉瓦蒂=Sri Mulyani Indrawati"),
        ("一名年輕快遞員阿凡．庫爾尼亞萬（Affan Kurniawan）遇難", "阿凡．庫爾尼亞萬=Affan Kurniawan"),
        ("访问德国的汉斯·穆勒（Hans Müller）说", "汉斯·穆勒=Hans Müller"),
    ])
    func partsBetweenSeparators(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    /// What the sound does not move: a surname, a name written for a foreigner, a Japanese
    /// name, a translated name, a word, a title of a work.
    @Test(arguments: [
        ("歌手谢霆锋（Nicholas Tse）", "谢霆锋=Nicholas Tse"),
        ("学者李约瑟（Joseph Needham）", "李约瑟=Joseph Needham"),
        ("记者林慕莲（Mary Hui）", "林慕莲=Mary Hui"),
        ("学者胡素珊（Suzanne Pepper）", "胡素珊=Suzanne Pepper"),
        ("华为高级副总裁张国威（Victor Zhang）", "张国威=Victor Zhang"),
        // A transliteration only CC-CEDICT knows is a name, though the lexicon calls it a word.
        ("法國總統馬克宏（Emmanuel Macron）訪問北京", "馬克宏=Emmanuel Macron"),
        ("日本首相菅义伟（Yoshihide Suga）", "菅义伟=Yoshihide Suga"),
        ("他叫天主（God）快走", "天主=God"),
        ("昨天看联合王国（United Kingdom）的", "联合王国=United Kingdom"),
        ("连锁店和瑞幸咖啡（Luckin Coffee）目前关门", "瑞幸咖啡=Luckin Coffee"),
        ("叫做《尋找甜秘客（Searching for Sugar Man）》", "甜秘客=Searching for Sugar Man"),
    ])
    func startKeptDespiteSound(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    /// A Chinese or Korean name romanised says how many characters it has: one per pinyin
    /// syllable (each read so), or three for a surname and a hyphened given name.
    @Test(arguments: [
        ("司法部起诉33岁的董家智（Dong Jiazhi，音译）", "董家智=Dong Jiazhi"),
        ("总领事馆的研究员唐娟（Tang Juan）", "唐娟=Tang Juan"),
        ("维权律师丁家喜（Ding Jiaxi）被捕", "丁家喜=Ding Jiaxi"),
        ("民主党立法会议员林卓廷（Lam Cheuk-ting）被捕", "林卓廷=Lam Cheuk-ting"),
        ("國防部長邱國正（Chiu Kuo-cheng）表示", "邱國正=Chiu Kuo-cheng"),
        ("社运人士黄之锋（Joshua Wong Chi-fung）", "黄之锋=Joshua Wong Chi-fung"),
        ("朝鲜领导人金正恩（Kim Jong-un）会见", "金正恩=Kim Jong-un"),
        // Tone marks and ü do not count; a syllable need not be the first way a word splits.
        ("女作家吕丽（Lǚ Lì）", "吕丽=Lǚ Lì"),
        ("他去了西安（Xi'an）", "西安=Xi'an"),
    ])
    func aRomanisedChineseNameSaysItsLength(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
    }

    @Test func aHyphenedGivenNameEndsTheOriginal() {
        for name in ["Tsai Ing-wen", "Joshua Wong Chi-fung", "Kim Jong-un"] {
            #expect(NamePairFinder.hasHyphenedGivenName(name), "\(name)")
        }
        for name in ["Jean-Luc", "Annegret Kramp-Karrenbauer", "Bashar al-Assad", "Ing-wen", "Tsai Ing-wen-li"] {
            #expect(!NamePairFinder.hasHyphenedGivenName(name), "\(name)")
        }
    }

    @Test func japaneseNamesAreSpelledInHepburnSyllables() {
        for word in ["Yoshihide", "Kishida", "Fumio", "Shinzo", "Tsuyoshi", "Ryu", "Kyoko"] {
            #expect(NamePairFinder.readsAsJapanese(word[...]), "\(word)")
        }
        for word in ["Zinedine", "Zidane", "Hu", "Tito", "Kim", "Smith"] {
            #expect(!NamePairFinder.readsAsJapanese(word[...]), "\(word)")
        }
    }

    /// The best known people's full names are names, however common (毛泽东 is counted
    /// 8,994 times, more than 城市); a common place before a name still describes it.
    @Test(arguments: [
        ("毛泽东（Mao Zedong）在1949年宣布", "毛泽东=Mao Zedong"),
        ("他会见了邓小平（Deng Xiaoping）", "邓小平=Deng Xiaoping"),
        ("周恩来（Zhou Enlai）说", "周恩来=Zhou Enlai"),
        ("俄罗斯总统普京（Vladimir Putin）说", "普京=Vladimir Putin"),
    ])
    func aFamousPersonIsStillAName(_ text: String, _ expected: String) {
        #expect(pairs(text) == [expected])
        #expect(NamePairFinder().pairs(in: text).map(\.type) == [.person])
    }
}
