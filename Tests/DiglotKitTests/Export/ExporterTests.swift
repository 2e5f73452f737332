import Dispatch
import Foundation
import Synchronization
import Testing
@testable import DiglotKit

/// `Exporter`: an input opened once, its articles exported one by one on any thread.
@Suite struct ExporterTests {
    private let exporter = Exporter(options: ExportOptions(targetLanguages: ["en", "zh-Hans"]))

    /// Four items: an untitled picture (no text), two articles, an untitled blank description.
    private let mixedFeed = InputSource(name: "news.rss", bytes: Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
        <item><description><![CDATA[<img src="a.png">]]></description></item>
        <item><title>Rain in Paris</title><description>It rained in Paris all week.</description></item>
        <item><title>Sun in Rome</title><description>The sun shone in Rome on Sunday.</description></item>
        <item><description>   </description></item>
        </channel></rss>
        """.utf8))

    @Test func feedItemsAreNamedByTheirPositionInTheFeed() throws {
        let outcome = exporter.export(mixedFeed, stem: "news")
        #expect(outcome.errors.isEmpty)
        // Items 1 and 4 have no text; the others keep their own numbers, so an item's name does
        // not change when an earlier item loses (or gains) its text.
        #expect(outcome.packages.map(\.name) == ["news/02-rain-in-paris", "news/03-sun-in-rome"])
    }

    @Test func anOpenedFeedCountsEveryItemAndSkipsThoseWithoutText() throws {
        let input = try exporter.open(mixedFeed)
        #expect(input.isFeed && input.count == 4)
        let outcomes = (0..<input.count).map { exporter.export(article: $0, of: input, stem: "news") }
        let kinds = outcomes.map { outcome -> String in
            switch outcome {
            case .packaged(let package): package.name
            case .skipped: "skipped"
            case .failed(let message): "failed: \(message)"
            }
        }
        #expect(kinds == ["skipped", "news/02-rain-in-paris", "news/03-sun-in-rome", "skipped"])
    }

    @Test func aFeedWithNoTextFailsOnceNamingTheFile() throws {
        let feed = InputSource(name: "pictures.rss", bytes: Array("""
            <rss version="2.0"><channel><title>Pictures</title>
            <item><description><![CDATA[<img src="a.png">]]></description></item>
            <item><description><![CDATA[<img src="b.png">]]></description></item>
            </channel></rss>
            """.utf8))
        let outcome = exporter.export(feed, stem: "pictures")
        #expect(outcome.packages.isEmpty)
        #expect(outcome.errors.map(\.description) == ["pictures.rss: no content: no item of the feed has text"])
    }

    @Test func anUnreadableInputFailsWhenOpened() {
        #expect(throws: ReaderError.self) { try exporter.open(InputSource(name: "x.html", bytes: [0, 1, 2])) }
        #expect(exporter.export(InputSource(name: "empty.txt", bytes: []), stem: "empty").errors.map(\.description) == ["empty.txt: the file is empty"])
    }

    @Test func itemsExportedOnManyThreadsMatchOneThread() throws {
        let feed = try Self.sampleFeed()
        let serial = exporter.export(feed, stem: "feed")
        #expect(serial.errors.isEmpty && serial.packages.count > 5)
        let input = try exporter.open(feed)
        let results = Mutex([Int: [UInt8]]())
        DispatchQueue.concurrentPerform(iterations: input.count) { index in
            if case .packaged(let package) = exporter.export(article: input.count - 1 - index, of: input, stem: "feed") {
                results.withLock { $0[input.count - 1 - index] = package.xliff }
            }
        }
        let parallel = results.withLock { dictionary in dictionary.keys.sorted().map { dictionary[$0]! } }
        #expect(parallel == serial.packages.map(\.xliff))
    }

    /// An English article translated into Traditional Chinese shows the shipped glossary's
    /// targets in Traditional characters; into Simplified, as the glossary writes them.
    @Test func glossaryTargetsFollowTheTargetScript() throws {
        let article = InputSource(name: "a.html", bytes: Array(
            "<html><body><article><p>China and the United States met in Beijing.</p></article></body></html>".utf8))
        func notes(_ target: LanguageTag) throws -> String {
            let outcome = Exporter(options: ExportOptions(sourceLanguage: "en", targetLanguages: [target])).export(article, stem: "a")
            let package = try #require(outcome.packages.first)
            return String(decoding: package.xliff, as: UTF8.self)
        }
        let traditional = try notes("zh-TW")
        #expect(traditional.contains("China → 中國") && traditional.contains("United States → 美國"))
        #expect(!traditional.contains("中国"))
        let simplified = try notes("zh-Hans")
        #expect(simplified.contains("China → 中国") && !simplified.contains("中國"))
        // Taiwan's own usage, and Hong Kong's (the mainland's names in Traditional characters).
        let trump = InputSource(name: "t.html", bytes: Array(
            "<html><body><article><p>Donald Trump met Vladimir Putin in Italy.</p></article></body></html>".utf8))
        func marks(_ target: LanguageTag) throws -> String {
            let outcome = Exporter(options: ExportOptions(sourceLanguage: "en", targetLanguages: [target])).export(trump, stem: "t")
            return String(decoding: try #require(outcome.packages.first).xliff, as: UTF8.self)
        }
        let taiwan = try marks("zh-TW")
        #expect(taiwan.contains("Donald Trump → 川普") && taiwan.contains("Vladimir Putin → 普丁") && taiwan.contains("Italy → 義大利"))
        let hongKong = try marks("zh-HK")
        #expect(hongKong.contains("Donald Trump → 唐納德·特朗普") && hongKong.contains("Italy → 意大利"))
    }

    /// The Atom feed in `Samples/`.
    private static func sampleFeed() throws -> InputSource {
        let url = PackageRoot.url.appendingPathComponent("Samples/oped2-waimei.atom")
        return InputSource(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
    }
}
