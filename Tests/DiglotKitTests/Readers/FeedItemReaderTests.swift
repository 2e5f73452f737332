import Foundation
import Testing
@testable import DiglotKit

@Suite struct FeedItemReaderTests {
    @Test func readsTheSeedArticle() throws {
        let documents = try FeedItemReader().read(try ReaderFixture.source("rfi-kerry-climate.txt"))
        let document = try #require(documents.first)
        #expect(documents.count == 1)
        #expect(document.metadata.title == "美国气候特使克里即将访华 \"重启两个最大污染国间的气候谈判\"")
        #expect(document.metadata.publishedISO8601 == "2023-07-07T21:45:03Z")
        #expect(document.metadata.outlet == "RFI")
        #expect(document.blocks.first?.role == .title)
        #expect(document.dump() == """
        document lang=zh-Hans outlet=RFI published=2023-07-07T21:45:03Z url=https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230707-%E7%BE%8E%E5%9B%BD%E6%B0%94%E5%80%99%E7%89%B9%E4%BD%BF%E5%85%8B%E9%87%8C%E5%8D%B3%E5%B0%86%E8%AE%BF%E5%8D%8E-%E9%87%8D%E5%90%AF%E4%B8%A4%E4%B8%AA%E6%9C%80%E5%A4%A7%E6%B1%A1%E6%9F%93%E5%9B%BD%E9%97%B4%E7%9A%84%E6%B0%94%E5%80%99%E8%B0%88%E5%88%A4
          title-9b719bb9 [title] 美国气候特使克里即将访华 "重启两个最大污染国间的气候谈判"
          p-13f38c22 [p skip] 07/07/2023 - 23:27
          img-28c9e05c [img src=https://s.rfi.fr/media/display/1374e2c6-1d0d-11ee-a8a1-005056a90321/w:1280/p:16x9/2023-06-19T141628Z_509464910_RC29M1ACOM73_RTRMADP_3_CLIMATE-KERRY-CHINA.JPG skip]
          p-52550b51 [p] <strong#1>美国国务院官员周五(7月7日）表示，美国总统拜登的气候变化特使克里即将访问中国，与中方讨论共同合作应对气候变化的可能性。克里此前接受访问时称，他将于下周前往中国，"重启世界上两个最大污染国之间的全球变暖谈判"。正在北京访问的美国财长耶伦预计8日将与中国副总理何立峰会面。美国官员称，气候及金融是美中两国"明显有可能"合作的领域。</strong#1>
          p-652e652a [p] 法新社报道，美国国务卿布林肯上个月访问北京之后，美国和中国在历经数月紧张局势后恢复交往，美国气候特使克里下周对中国的访问正是在此背景下展开。
          p-b45ab7ca [p] 而美国财政部长耶伦目前正在中国访问。
          p-9707530b [p] 这将是美国前国务卿克里被总统拜登任命为气候特使以来第三次访华。
          p-74058f63 [p] 克里日前在接受《纽约时报》采访时表示，此行将于下周进行，他将寻求与北京的“真正合作”。克里表示，“我们需要真诚的合作"，他说，“中国和美国是世界上最大的两个经济体，也是两个最大的排放国。显然，我们负有寻求共识的特殊责任。”
          p-70143219 [p] 克里表示，他计划在7月16日这一周与中国气候特使解振华和其他“最高级别”官员会面。
          p-1165467e [p] 克里表示，他将敦促中国加快淘汰煤炭、打击森林砍伐，并发布一项减少甲烷排放的计划。甲烷是一种从石油和天然气井泄出的强效温室气体。中国在2021年与美国的联合协议中表示将解决这些问题，但迄今为止尚未实施。克里说，“我们实际上在研究一些具体行动来推动这一进程”，“如果我们不能让中国积极地与我们合作应对这一挑战，我们都会遇到更大的问题。”
          p-95d34e24 [p] 消息称，拜登政府认为，气候问题是美中两个激烈竞争的大国可以合作的领域之一。
          p-5c733553 [p] 去年夏天，中国暂停了气候谈判，以抗议美国前众议院议长南希·佩洛西访问台湾。
          p-dac76d90 [p] 路透社引述美国财政部一名高级官员表示，正在北京访问的美国财长耶伦，8日将在北京与中国副总理何立峰会面。彭博社也报道，据美国财政部官员称，耶伦8日会晤何立峰，两人将共进晚餐。
          p-2451c006 [p] 美国官员并表示，气候及金融是美国与中国"明显有可能"合作的领域。
        """)
    }

    @Test func relayArticleLosesPromptsAndKeepsCaptions() throws {
        let document = try #require(FeedItemReader().read(try ReaderFixture.source("nyt-0003.txt")).first)
        let texts = document.translatableBlocks.map(\.plainText)
        #expect(!texts.contains { $0.contains("订阅") || $0.contains("点击查看本文英文版") })
        #expect(document.blocks.filter { $0.role == .caption }.count == 3)
        #expect(document.blocks.filter { if case .image = $0.role { true } else { false } }.count == 3)
        #expect(document.metadata.outlet == "The New York Times")
    }

    @Test func sameArticleGivesSameIDs() throws {
        let source = try ReaderFixture.source("rfi-kerry-climate.txt")
        let first = try FeedItemReader().read(source)
        let second = try FeedItemReader().read(source)
        #expect(first == second)
    }

    @Test func editingOneParagraphChangesOnlyItsID() throws {
        let source = try ReaderFixture.source("rfi-kerry-climate.txt")
        var edited = source
        let text = String(decoding: source.bytes, as: UTF8.self)
        edited.bytes = Array(text.replacingOccurrences(of: "而美国财政部长耶伦目前正在中国访问。", with: "而美国财政部长耶伦目前正在北京访问。").utf8)
        let before = try #require(FeedItemReader().read(source).first).blocks.map(\.id)
        let after = try #require(FeedItemReader().read(edited).first).blocks.map(\.id)
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1)
    }

    @Test(arguments: [
        ("no comment\n[t](https://a.b)\n------\n<p>x</p>", 1),
        ("<!--abc-->\n[t](https://a.b)\n------\n<p>x</p>", 1),
        ("<!--1593281100000-->\ntitle without link\n------\n<p>x</p>", 2),
        ("<!--1593281100000-->\n[t](https://a.b)\n<p>no rule</p>", 3),
    ])
    func refusesBrokenHeaders(_ text: String, line: Int) {
        #expect {
            try FeedItemReader().read(InputSource(name: "bad.txt", bytes: Array(text.utf8)))
        } throws: { error in
            (error as? ReaderError)?.line == line && (error as? ReaderError)?.input == "bad.txt"
        }
    }

    @Test func decodesEntitiesInTitlesAndTakesExtraHeaderLinesAsBody() throws {
        let text = "<!--1593361687000-->\n[A &amp; B &quot;q&quot; &#x4E2D;](https://chinadigitaltimes.net/x)\n------\n日期：Sun, 28 Jun 2020 16:28:07 +0000\n\n<p>正文。</p>"
        let document = try #require(FeedItemReader().read(InputSource(name: "cdt.txt", bytes: Array(text.utf8))).first)
        #expect(document.metadata.title == "A & B \"q\" 中")
        #expect(document.metadata.outlet == "China Digital Times")
        #expect(document.blocks.map(\.isTranslatable) == [true, false, true])
    }

    @Test func articleWithNothingToTranslateIsAnError() {
        let text = "<!--1593361687000-->\n[](https://a.b/x)\n------\n<div>07/07/2023 - 23:27</div>"
        #expect(throws: ReaderError.self) {
            try FeedItemReader().read(InputSource(name: "empty.txt", bytes: Array(text.utf8)))
        }
    }
}
