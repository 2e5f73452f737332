/// Publisher names for known news hosts, so metadata says "RFI" rather than `www.rfi.fr`.
enum OutletNames {
    /// Host suffix → name; the longest matching suffix wins.
    static let known: [String: String] = [
        "rfi.fr": "RFI", "bbc.com": "BBC", "bbc.co.uk": "BBC", "voachinese.com": "VOA", "voanews.com": "VOA",
        "rfa.org": "RFA", "dw.com": "DW", "nytimes.com": "The New York Times", "ft.com": "Financial Times",
        "ftchinese.com": "FT中文网", "reuters.com": "Reuters", "economist.com": "The Economist",
        "chinadigitaltimes.net": "China Digital Times", "chinafile.com": "ChinaFile", "theinitium.com": "Initium Media",
        "matters.news": "Matters", "medium.com": "Medium", "rti.org.tw": "RTI", "solidot.org": "Solidot",
        "zaobao.com": "Lianhe Zaobao", "zaobao.com.sg": "Lianhe Zaobao", "bitterwinter.org": "Bitter Winter",
        "theguardian.com": "The Guardian", "latimes.com": "Los Angeles Times", "washingtonpost.com": "The Washington Post",
        "wsj.com": "The Wall Street Journal", "apnews.com": "AP", "afp.com": "AFP", "scmp.com": "South China Morning Post",
        "cna.com.tw": "CNA", "hk01.com": "HK01", "aljazeera.com": "Al Jazeera", "cnn.com": "CNN",
    ]

    /// Names an outlet goes by on its own pages, in its own languages: what its titles end
    /// with ("… - 美国之音"), so `SiteNameSuffix` can cut it.
    static let localNames: [String: [String]] = [
        "RFI": ["法国国际广播电台", "法國國際廣播電台", "法广", "法廣"], "BBC": ["BBC News", "BBC 中文", "BBC News 中文"],
        "VOA": ["美国之音", "美國之音"], "RFA": ["自由亚洲电台", "自由亞洲電台"], "DW": ["德国之声", "德國之聲", "Deutsche Welle"],
        "The New York Times": ["纽约时报中文网", "紐約時報中文網", "纽约时报", "紐約時報", "NYT"], "Financial Times": ["FT中文网", "FT中文網"],
        "FT中文网": ["FT中文網", "Financial Times"], "China Digital Times": ["中国数字时代", "中國數字時代"],
        "Initium Media": ["端传媒", "端傳媒"], "RTI": ["中央广播电台", "中央廣播電臺", "Rti 中央廣播電臺"],
        "Lianhe Zaobao": ["联合早报", "聯合早報", "联合早报网"], "CNA": ["中央社", "中央通讯社", "中央通訊社"],
    ]

    /// Every name of the outlet publishing at `url`: the one `outlet(forURL:)` gives and its
    /// local names.
    static func names(forURL url: String) -> [String] {
        guard let outlet = outlet(forURL: url) else { return [] }
        return [outlet] + (localNames[outlet] ?? [])
    }

    static func outlet(forURL url: String) -> String? {
        guard let host = URLResolver.host(of: url)?.lowercased() else { return nil }
        var best: (suffix: String, name: String)?
        for (suffix, name) in known where host == suffix || host.hasSuffix("." + suffix) {
            if suffix.count > (best?.suffix.count ?? 0) { best = (suffix, name) }
        }
        return best?.name ?? host
    }
}
