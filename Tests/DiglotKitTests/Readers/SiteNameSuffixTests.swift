import Testing
@testable import DiglotKit

@Suite struct SiteNameSuffixTests {
    private let rfi = "http://www.rfi.fr/cn/contenu/20200709-x"

    @Test(arguments: [
        ("科技股一枝独秀  华尔街开盘那指再创新高 – 法国国际广播电台 - RFI", "科技股一枝独秀  华尔街开盘那指再创新高"),
        ("美自由派大法官金斯柏格癌症复发化疗 - RFI", "美自由派大法官金斯柏格癌症复发化疗"),
        ("Macron en visite à Pékin | RFI", "Macron en visite à Pékin"),
        // A column's name is no site name; nor is a newspaper the article reviews.
        ("美中冲突升级：尼克松何时再世？ - 柏林飞鸿", "美中冲突升级：尼克松何时再世？ - 柏林飞鸿"),
        ("世界报：中英紧张加剧 - 法国世界报", "世界报：中英紧张加剧 - 法国世界报"),
        ("RFI", "RFI"),
    ])
    func stripsTheHostsBrand(_ title: String, expected: String) {
        #expect(SiteNameSuffix.strip(title, names: ["RFI"], url: rfi) == expected)
    }

    @Test func stripsAKnownSiteNameWhateverTheHost() {
        #expect(SiteNameSuffix.strip("Talks resume in Geneva | The Example Times", names: ["The Example Times"], url: nil)
            == "Talks resume in Geneva")
        #expect(SiteNameSuffix.strip("Talks resume - video", names: ["The Example Times"], url: "https://example.com/a") == "Talks resume - video")
        #expect(SiteNameSuffix.strip("Talks resume ｜ 端传媒", names: [], suffixKeys: [SiteNameSuffix.key("端传媒")], url: nil) == "Talks resume")
    }

    @Test func stripsAnOutletsLocalName() {
        let url = "https://www.voachinese.com/a/5519692.html"
        #expect(SiteNameSuffix.strip("谁在搅黄习近平的“中国梦”? - 美国之音", names: OutletNames.names(forURL: url), url: url)
            == "谁在搅黄习近平的“中国梦”?")
    }

    @Test func brandWordsOfHosts() {
        #expect(SiteNameSuffix.brandWord(of: "http://www.rfi.fr/cn/x") == "rfi")
        #expect(SiteNameSuffix.brandWord(of: "https://cn.nytimes.com/china/x") == "nytimes")
        #expect(SiteNameSuffix.brandWord(of: "https://www.bbc.co.uk/news/x") == "bbc")
        #expect(SiteNameSuffix.brandWord(of: "not a url") == nil)
    }
}
