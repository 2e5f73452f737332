/// The `--pairs` list of `diglot align`: one `original<TAB>translation` pair of paths a line.
///
/// Empty lines and lines starting with `#` are skipped; a carriage return before the line
/// feed is dropped. A line without exactly one tab, or with an empty side, is an error
/// naming the list and the line.
public enum AlignmentPairList {
    /// One pair of paths, as written in the list.
    public struct Pair: Hashable, Sendable {
        public var original: String
        public var translation: String

        public init(original: String, translation: String) {
            self.original = original
            self.translation = translation
        }
    }

    public static func parse(_ bytes: [UInt8], name: String) throws(AlignmentError) -> [Pair] {
        var pairs: [Pair] = []
        for (index, rawLine) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = String(decoding: rawLine, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw AlignmentError(input: name, line: index + 1,
                                     reason: "expected ORIGINAL<TAB>TRANSLATION (two paths separated by one tab), found \(fields.count == 1 ? "no tab" : "\(fields.count - 1) tabs or an empty path")")
            }
            pairs.append(Pair(original: String(fields[0]), translation: String(fields[1])))
        }
        return pairs
    }
}
