/// Finds quotes and brackets that open without closing or close without opening.
enum PunctuationBalance {
    private static let pairs: [(open: Character, close: Character)] = [
        ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"), ("【", "】"),
        ("(", ")"), ("（", "）"), ("[", "]"), ("［", "］"), ("{", "}"),
    ]

    /// One message per unbalanced pair, e.g. `"“" opened but not closed`.
    static func problems(in text: String) -> [String] {
        var problems: [String] = []
        for pair in pairs {
            var depth = 0
            var closedEarly = false
            for character in text {
                if character == pair.open { depth += 1 }
                if character == pair.close {
                    depth -= 1
                    if depth < 0 { closedEarly = true; depth = 0 }
                }
            }
            if depth > 0 { problems.append("\"\(pair.open)\" opened but not closed with \"\(pair.close)\"") }
            if closedEarly { problems.append("\"\(pair.close)\" closes without an opening \"\(pair.open)\"") }
        }
        let straight = text.filter { $0 == "\"" }.count
        if straight % 2 == 1 { problems.append("an odd number of straight quotes (\")") }
        return problems
    }
}
