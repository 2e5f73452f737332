import Testing
@testable import DiglotKit

@Suite struct TextClassifierTests {
    @Test(arguments: [
        "07/07/2023 - 23:27", "2020年 7月 15日", "Tue, 28 Jul 2020 02:49:06 GMT", "2020-07-30T09:03:25",
        "Jul 30th 2020", "日期：Sun, 28 Jun 2020 16:28:07 +0000", "https://feedx.net", "www.example.com/a",
        "/project/20200724-hongkong-anti-elab-movement-prosecutions/", "news@example.com", "12,345", "-----------", "(2)",
        "2020年7月15日 星期三 下午3:20", "file7bm2gdq9m091n1z474sx", "IMG_2041.JPG",
    ])
    func skeletonText(_ text: String) {
        #expect(!TextClassifier.isTranslatable(text))
    }

    @Test(arguments: [
        "美国国务院官员周五表示。", "7月1日起生效", "Vanishing Point", "iTunes:",
        "On 5 May 2020 the court ruled.", "记者：蔡凌  责编：梒青",
    ])
    func translatableText(_ text: String) {
        #expect(TextClassifier.isTranslatable(text))
    }
}

@Suite struct BylineTests {
    /// Bylines as relays print them: names, then the publication time (the `<br>` between them
    /// leaves no space in the block's text).
    @Test(arguments: [
        "RAYMOND ZHONG 2020-07-03 14:26:23", "STEVEN LEE MYERS2020-07-16 11:25:41", "Anthee Carassava 2020-07-19T07:25:23.556Z",
        "KEITH BRADSHER,KEITH BRADSHER2020-07-01 11:47:26", "《纽约时报》2020-07-31 19:10:59", "王凡2020-07-20T12:07:18.233Z",
        "Ankita Mukhopadhyay2020-07-01T12:51:29.670Z", "By Chris Buckley and Steven Lee Myers, 2020/07/16",
        "2020-07-16 11:25 Ursula von der Leyen",
    ])
    func nameAndDateAreSkeleton(_ line: String) {
        #expect(TextClassifier.isBylineWithDate(line))
        #expect(!TextClassifier.isTranslatable(line))
    }

    @Test(arguments: [
        "The court ruled on 2020-07-16 11:25.", "Hong Kong passed the law 2020-07-01", "香港国安法于2020-07-01生效",
        "美国国务院官员周五表示，2020-07-16", "Obama 2008", "Chapter 12 2020", "记者：蔡凌  责编：梒青",
        "Jonathan Spence, May 30, 2008.", "中间价 7.0555 7.0671 0.16%", "Day 1: 2018/01/25", "Day 14 2017/01/02 Sun",
        "每天 17:00~01:00",
    ])
    func sentencesWithDatesAreText(_ line: String) {
        #expect(!TextClassifier.isBylineWithDate(line))
    }
}

@Suite struct SeparateBylineTests {
    @Test func namesBesideADateLineAreSkeleton() throws {
        let item = """
            <!--1594898741000-->
            [China and the virus](https://cn.nytimes.com/china/20200716/china-virus/)
            ------
            <div><p>STEVEN LEE MYERS</p><p>2020-07-16 11:25:41</p>
            <p>Beijing said on Thursday that the outbreak was under control, and that schools would reopen.</p>
            <p>Hong Kong Budget Office</p><p>The office published its figures in a statement on Friday.</p></div>
            """
        let document = try #require(try FeedItemReader().read(InputSource(name: "nyt.txt", bytes: Array(item.utf8))).first)
        #expect(document.translatableBlocks.map(\.plainText) == [
            "China and the virus",
            "Beijing said on Thursday that the outbreak was under control, and that schools would reopen.",
            "Hong Kong Budget Office", "The office published its figures in a statement on Friday.",
        ])
        #expect(document.blocks.map(\.plainText).contains("STEVEN LEE MYERS"), "kept as skeleton")
    }
}

@Suite struct PhotoCreditTests {
    @Test(arguments: [
        "Wang Zhao—AFP/Getty Images", "Jason Redmond—AFP via Getty Images", "(Getty Images)",
        "Jeff Overs—BBC News & Current Affairs via Getty Images", "Zhang Peng—LightRocket/Getty Images", "AFP",
    ])
    func creditLinesAreSkeleton(_ line: String) {
        #expect(TextClassifier.isPhotoCredit(line))
        #expect(!TextClassifier.isTranslatable(line))
    }

    @Test(arguments: [
        "Reuters reported that talks resumed.", "The agency said—according to Reuters",
        "美国官员对路透社表示，谈判将继续。",
    ])
    func sentencesMentioningAgenciesStayTranslatable(_ line: String) {
        #expect(!TextClassifier.isPhotoCredit(line))
    }
}

@Suite struct TextClassifierLinkPrefilterTests {
    /// `isLink` skips lowercasing unless the text starts with h, w, f, m or / or holds an @:
    /// no other scalar lowercases to text starting with those or holding an @.
    @Test func onlyTheLettersThemselvesLowercaseToLinkStarts() {
        var surprises: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            if let first = mapping.first, "hwfm/".unicodeScalars.contains(first), !"hHwWfFmM/".unicodeScalars.contains(scalar) {
                surprises.append(value)
            }
            if mapping.contains("@"), scalar != "@" { surprises.append(value) }
        }
        #expect(surprises.isEmpty)
    }

    /// `isPhotoCredit` skips text with no ASCII letter, Kelvin sign or capital I with dot:
    /// no other scalar lowercases to anything holding an ASCII letter.
    @Test func onlyThreeKindsOfScalarLowercaseToASCIILetters() {
        var surprises: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF where value != 0x212A && value != 0x130 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.contains(where: { $0.isASCII && ($0.properties.isAlphabetic) }) {
                surprises.append(value)
            }
        }
        #expect(surprises.isEmpty, "\(surprises.map { String($0, radix: 16) })")
    }

    @Test func creditsNeedALatinLetter() {
        #expect(TextClassifier.isPhotoCredit("Wang Zhao—AFP/Getty Images"))
        #expect(TextClassifier.isPhotoCredit("(SPUTNI\u{212A})"))
        #expect(!TextClassifier.isPhotoCredit("图片来源：新华社"))
    }
}
