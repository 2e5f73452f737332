/// One SRX-style rule: a break or no-break decision for positions where `before` matches
/// the text ending there and `after` matches the text starting there.
///
/// Patterns are ICU regular expressions (the dialect SRX 2.0 uses), evaluated by
/// `NSRegularExpression`. The break goes after the sentence punctuation; the segmenter then
/// moves it past following whitespace, so rules never need to mention that whitespace.
public struct SegmentationRule: Hashable, Sendable, Codable {
    /// `true` for a break rule, `false` for an exception (no-break) rule.
    public var isBreak: Bool
    public var before: String
    public var after: String

    public init(isBreak: Bool, before: String, after: String) {
        self.isBreak = isBreak
        self.before = before
        self.after = after
    }

    /// A break rule: break after text matching `before` when the text that follows matches `after`.
    public static func breakAfter(_ before: String, when after: String = "") -> SegmentationRule {
        SegmentationRule(isBreak: true, before: before, after: after)
    }

    /// An exception: no break after text matching `before` when the text that follows matches `after`.
    public static func noBreakAfter(_ before: String, when after: String = "") -> SegmentationRule {
        SegmentationRule(isBreak: false, before: before, after: after)
    }
}

/// An ordered rule list, as in SRX: at each position the first rule that matches decides;
/// positions no rule matches are not breaks.
///
/// The built-in lists are data, not code, and documented rule by rule. Their choices:
///
/// **Chinese** (`zh`, also used for `ja`): a sentence ends after 。！？；, ASCII ! ? and after
/// an ellipsis (…… ⋯⋯ …) that is followed by a closing quote or bracket or an opening quote;
/// closing quotes and brackets (”’」』）》 …) stay with the sentence they close. Sentences
/// inside quotations are split like any others, because news quotes often run to several
/// sentences; the exception is a short attribution sentence that follows a closing quote
/// (“……。”他说。 “……！”拜登在记者会上表示。), which stays with the quote so the translator
/// can render "…," he said. No break where more punctuation follows (。” ， or ？！).
///
/// **English** (every other language, and appended to Chinese for embedded Latin text): a
/// sentence ends after . ? ! or an ellipsis, with any closing quotes or brackets, when
/// whitespace follows and then an opening quote or bracket and an upper-case letter, a
/// digit or a Han character. Not after titles (Mr. Dr. Gen. Sen. St.), after e.g., i.e.,
/// cf., vs., after No./Vol./Fig./pp. and month abbreviations before a number (Jan. 6),
/// after initials (J. K. Rowling), or after dotted acronyms (U.S. officials) unless a
/// common sentence opener follows (in the U.S. The …). Decimals (3.5) and URLs never break
/// because no whitespace follows the dot, and neither does a list or section number that opens
/// the text (2. …, IV. …).
///
/// Whatever the rules say, a piece with no letter or digit (a stray quote, a lone 。) is never
/// a segment of its own: it joins the sentence before it.
public struct SegmentationRules: Hashable, Sendable, Codable {
    /// A short name for messages and tests (`zh`, `en`).
    public var name: String
    public var rules: [SegmentationRule]

    public init(name: String, rules: [SegmentationRule]) {
        self.name = name
        self.rules = rules
    }

    /// The built-in list for a language: CJK languages get the Chinese rules followed by the
    /// English ones (for embedded Latin text); every other language gets the English rules
    /// followed by the Chinese ones (for quoted Chinese).
    public static func forLanguage(_ language: LanguageTag) -> SegmentationRules {
        if ["zh", "ja", "yue", "wuu", "lzh"].contains(language.primary) {
            return SegmentationRules(name: "zh", rules: chineseRules + englishRules)
        }
        return SegmentationRules(name: "en", rules: englishRules + chineseRules)
    }

    /// The rules for Chinese text (Chinese rules, then English ones).
    public static var chinese: SegmentationRules { forLanguage("zh") }
    /// The rules for English and other space-separated languages (English rules, then Chinese ones).
    public static var english: SegmentationRules { forLanguage("en") }

    /// Closing quotes and brackets that stay with the sentence they end.
    static let closers = #"["'”’»」』）)\]】〕〉》]"#
    /// Opening quotes and brackets that may start a sentence.
    static let openers = #"["'“‘«「『（(\[【〔〈《]"#

    static let chineseRules: [SegmentationRule] = [
        // “我们会努力。”他说。 — a short attribution sentence stays with the quotation.
        .noBreakAfter(#"[。！？!?…⋯]+\s*[”’」』]"#,
                      when: #"\s*[\p{Han}A-Za-z0-9·•‧]{0,16}?(?:说(?!话)|道|表示|称|指出|强调|问|回答|补充|介绍|透露|坦言|写道|告诉)[^，,。！？“”「」]{0,6}[。！]"#),
        // Full stop, exclamation, question, semicolon, with the quotes/brackets they close.
        .breakAfter(#"[。！？；]+(?:\s*[”’」』）》〕】〉])*"# + closers + "*",
                    when: #"(?![，,、：:；;。.！!？?…⋯—\-）)》」』”’])"#),
        // ASCII ! ? used in Chinese text, followed by Chinese text.
        .breakAfter(#"[!?]+"# + closers + "*", when: #"\s*[“「『《（]?\p{Han}"#),
        // Latin text ending in a full stop and a closing quote, then Chinese: “Very productive.”随后…
        .breakAfter(#"\p{L}[.!?]+[”’"』」]+"#, when: #"\p{Han}"#),
        // An ellipsis ends a sentence when a closing quote or bracket follows it ...
        .breakAfter(#"(?:…|⋯)+"# + closers + "+", when: #"(?![，,、：:；;。.！!？?…⋯—\-）)》」』”’])"#),
        // ... or when a new quotation opens.
        .breakAfter(#"(?:…|⋯)+"#, when: #"\s*[“「『]"#),
    ]

    static let englishRules: [SegmentationRule] = [
        // A list number or Roman section number opening the text or a sentence: "IV. 中共…", "2. The …".
        .noBreakAfter(#"(?:^|(?<=[。！？.!?]))\s*(?:[IVXLC]{1,5}|\d{1,3})\."#, when: #"\s"#),
        // Titles and words that precede a name or a continuation.
        .noBreakAfter(#"\b(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Prof|Rev|Hon|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Cpl|Adm|Gov|Sen|Rep|Amb|Insp|Det|Fr|St|Mt|Ft|Rt|Pres|vs|cf|viz)\."#,
                      when: #"\s"#),
        .noBreakAfter(#"\b(?:e\.g|i\.e|a\.k\.a|et al|approx|incl|esp|ca)\."#, when: #"\s"#),
        // Abbreviations before a number: No. 10, Vol. 3, pp. 12, Jan. 6.
        .noBreakAfter(#"\b(?:No|Nos|Vol|Vols|Fig|Figs|pp|p|Art|Ch|Sec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."#,
                      when: #"\s+\d"#),
        // Times before a zone or a weekday: 9 a.m. ET, 5 p.m. Tuesday.
        .noBreakAfter(#"\b[ap]\.m\."#,
                      when: #"\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#),
        // A dotted acronym ends a sentence when a common sentence opener follows ...
        .breakAfter(#"\b(?:\p{Lu}\.){2,}"# + closers + "*",
                    when: #"\s+(?:The|A|An|He|She|It|They|We|I|You|But|And|Yet|So|In|On|At|For|This|That|These|Those|There|His|Her|Its|Their|Our|My|When|While|After|Before|As|If|Some|Many|Most|Officials|Still|However|Meanwhile)\b"#),
        // ... and otherwise not: U.S. officials, Washington, D.C. Police.
        .noBreakAfter(#"\b(?:\p{Lu}\.){2,}"#, when: #"\s"#),
        // An initial: J. K. Rowling, Franklin D. Roosevelt.
        .noBreakAfter(#"\b\p{Lu}\."#, when: #"\s+\p{Lu}"#),
        // Sentence punctuation, closing quotes/brackets, then a capital, digit or Han.
        .breakAfter(#"(?:[.?!…]|\.{3})+"# + closers + "*",
                    when: #"\s+"# + openers + #"*[\p{Lu}\p{Lt}\p{N}\p{Han}]"#),
    ]
}
