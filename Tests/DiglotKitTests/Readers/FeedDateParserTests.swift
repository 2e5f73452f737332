import Foundation
import Testing
@testable import DiglotKit

@Suite struct FeedDateParserTests {
    @Test(arguments: [
        ("Tue, 28 Jul 2020 02:49:06 GMT", "2020-07-28T02:49:06Z"),
        ("Tue, 28 Jul 2020 02:49:06 +0000", "2020-07-28T02:49:06Z"),
        ("28 Jul 2020 10:49:06 +0800", "2020-07-28T02:49:06Z"),
        ("Mon, 6 Jan 2020 09:30 EST", "2020-01-06T14:30:00Z"),
        ("Wed, 08 Nov 17 23:15:58 -0500", "2017-11-09T04:15:58Z"),
        ("Sun, 28 Jun 2020 16:28:07 +0000", "2020-06-28T16:28:07Z"),
        ("Thursday, 2 July 2020 14:00:00 PDT", "2020-07-02T21:00:00Z"),
        ("2020-07-30T09:03:25Z", "2020-07-30T09:03:25Z"),
        ("2020-07-30T09:03:25.123+08:00", "2020-07-30T01:03:25Z"),
        ("2020-07-30T09:03:25-05:00", "2020-07-30T14:03:25Z"),
        ("2020-07-30 09:03:25", "2020-07-30T09:03:25Z"),
        ("2020-07-30", "2020-07-30T00:00:00Z"),
        ("2020/1/10 14:33:00", "2020-01-10T14:33:00Z"),
        ("Jan 10, 2020 2:33 PM", "2020-01-10T14:33:00Z"),
        ("2020年1月10日 14:33", "2020-01-10T14:33:00Z"),
    ])
    func parsesFeedDates(_ text: String, expected: String) throws {
        let date = try #require(FeedDateParser.date(from: text))
        #expect(ISO8601.string(from: date) == expected)
    }

    @Test(arguments: ["", "yesterday", "32 Jan 2020", "2020-13-01", "Not a date 12"])
    func rejectsNonDates(_ text: String) {
        #expect(FeedDateParser.date(from: text) == nil)
    }
}
