import Testing
@testable import DiglotKit

@Suite struct FeedTextCheckTests {
    @Test func aFeedWithoutAnyTextFailsNamingTheFeed() {
        var check = FeedTextCheck()
        check.add(itemHasText: false)
        check.add(itemHasText: false)
        let error = check.finish(feed: "news.rss")
        #expect(error?.description == "news.rss: no content: no item of the feed has text")
    }

    @Test func oneItemWithTextIsEnoughAndTheNextFeedStartsAfresh() {
        var check = FeedTextCheck()
        check.add(itemHasText: false)
        check.add(itemHasText: true)
        check.add(itemHasText: false)
        #expect(check.finish(feed: "a.rss") == nil)
        #expect(check.finish(feed: "b.rss") != nil)
    }
}
