import Foundation
import Testing
@testable import DiglotKit

@Suite struct ISO8601Tests {
    /// Foundation's formatter, the reference the hand-written one must agree with.
    private func reference(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    @Test func knownInstants() {
        #expect(ISO8601.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISO8601.string(from: Date(timeIntervalSince1970: 1_688_766_303.999)) == "2023-07-07T21:45:03Z")
        #expect(ISO8601.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(ISO8601.string(from: Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    }

    @Test func agreesWithFoundationAcrossTheCalendar() {
        var edges: [Double] = [
            -62_135_596_800, -11_676_096_000, -11_676_096_000.5, 253_402_300_799, 253_402_300_799.9,
            -2_208_988_800, -86_400, -1, -0.001, 0.001, 86_399.999, 4_102_444_800, 951_868_799,
        ]
        // A deterministic spread over the years 1600–9999, fractions included.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            edges.append(-11_676_096_000 + unit * (253_402_300_800 + 11_676_096_000))
        }
        for seconds in edges {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISO8601.string(from: date) == reference(date), "at \(seconds)")
        }
    }

    @Test func outOfRangeYearsStillFormat() {
        let far = Date(timeIntervalSince1970: 300_000_000_000)
        #expect(ISO8601.string(from: far) == reference(far))
    }
}
