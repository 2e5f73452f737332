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

    static func outlet(forURL url: String) -> String? {
        guard let host = URLResolver.host(of: url)?.lowercased() else { return nil }
        var best: (suffix: String, name: String)?
        for (suffix, name) in known where host == suffix || host.hasSuffix("." + suffix) {
            if suffix.count > (best?.suffix.count ?? 0) { best = (suffix, name) }
        }
        return best?.name ?? host
    }
}
