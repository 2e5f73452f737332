/// The benchmark's findings: one row per measurement, printed as aligned text or Markdown.
struct ResultTable {
    /// One measured (or deliberately unmeasured) thing.
    struct Row {
        var name: String
        var articles: Int?
        var megabytes: Double?
        var seconds: Double?
        /// User + system CPU time of the measured process, when it was a child process.
        var cpuSeconds: Double?
        var peakMemory: Int?
        /// Ratios, targets and caveats.
        var note: String = ""

        var articlesPerSecond: Double? {
            guard let articles, let seconds, seconds > 0 else { return nil }
            return Double(articles) / seconds
        }

        var megabytesPerSecond: Double? {
            guard let megabytes, let seconds, seconds > 0 else { return nil }
            return megabytes / seconds
        }
    }

    var title: String
    var rows: [Row] = []

    static let headers = ["Measurement", "Articles", "Input MB", "Seconds", "CPU s", "Articles/s", "MB/s", "Peak RSS MB", "Notes"]

    private func cells(_ row: Row) -> [String] {
        [
            row.name,
            row.articles.map(String.init) ?? "–",
            row.megabytes.map { format($0, digits: 1) } ?? "–",
            row.seconds.map { format($0, digits: $0 < 10 ? 3 : 1) } ?? "–",
            row.cpuSeconds.map { format($0, digits: $0 < 10 ? 3 : 1) } ?? "–",
            row.articlesPerSecond.map { format($0, digits: 0) } ?? "–",
            row.megabytesPerSecond.map { format($0, digits: 2) } ?? "–",
            row.peakMemory.map { format(Double($0) / 1_048_576, digits: 1) } ?? "–",
            row.note,
        ]
    }

    func text() -> String {
        let table = [Self.headers] + rows.map(cells)
        let widths = Self.headers.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var lines = [title]
        for (index, line) in table.enumerated() {
            lines.append(line.enumerated().map { column, cell in
                column == line.count - 1 ? cell : cell.padded(to: widths[column])
            }.joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    func markdown() -> String {
        var lines = ["| " + Self.headers.joined(separator: " | ") + " |",
                     "|" + Self.headers.indices.map { $0 == 0 || $0 == Self.headers.count - 1 ? "---|" : "---:|" }.joined()]
        for row in rows {
            lines.append("| " + cells(row).map { $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

/// `12345.678` → `12345.68` with a fixed number of decimals, no Foundation formatter.
func format(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if text.hasSuffix(".0"), digits == 0 { text.removeLast(2) }
    if let dot = text.firstIndex(of: "."), digits > 0 {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

extension String {
    /// The string with spaces added up to `length` characters.
    func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
