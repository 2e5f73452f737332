/// Finds quotes and brackets that open without closing or close without opening.
enum PunctuationBalance {
    private static let pairs: [(open: Character, close: Character)] = [
        ("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"), ("【", "】"),
        ("(", ")"), ("（", "）"), ("[", "]"), ("［", "］"), ("{", "}"),
    ]

    /// The pair a scalar opens (`index * 2`) or closes (`index * 2 + 1`), by scalar value.
    private static let roles: [UInt32: Int] = {
        var roles: [UInt32: Int] = [:]
        for (index, pair) in pairs.enumerated() {
            roles[pair.open.unicodeScalars.first!.value] = index * 2
            roles[pair.close.unicodeScalars.first!.value] = index * 2 + 1
        }
        return roles
    }()

    /// One message per unbalanced pair, e.g. `"“" opened but not closed`.
    ///
    /// One pass over the text for all pairs. Every mark is one scalar with no canonical
    /// equivalent, so a Character equals one exactly when it is that scalar alone; in text of
    /// simple characters (`SimpleCharacters`) every scalar is a Character of its own.
    static func problems(in text: String) -> [String] {
        var depths = [Int](repeating: 0, count: pairs.count)
        var closedEarly = [Bool](repeating: false, count: pairs.count)
        var straight = 0
        let roles = Self.roles
        func visit(_ value: UInt32) {
            if value == 0x22 {
                straight += 1
                return
            }
            switch value {
            case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x201C, 0x201D, 0x3008...0x3011, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D: break
            default: return
            }
            guard let role = roles[value] else { return }
            let pair = role / 2
            if role % 2 == 0 {
                depths[pair] += 1
            } else {
                depths[pair] -= 1
                if depths[pair] < 0 { closedEarly[pair] = true; depths[pair] = 0 }
            }
        }
        if text.hasSimpleCharacters {
            for scalar in text.unicodeScalars { visit(scalar.value) }
        } else {
            for character in text {
                let scalars = character.unicodeScalars
                if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { visit(only.value) }
            }
        }
        var problems: [String] = []
        for (index, pair) in pairs.enumerated() {
            if depths[index] > 0 { problems.append("\"\(pair.open)\" opened but not closed with \"\(pair.close)\"") }
            if closedEarly[index] { problems.append("\"\(pair.close)\" closes without an opening \"\(pair.open)\"") }
        }
        if straight % 2 == 1 { problems.append("an odd number of straight quotes (\")") }
        return problems
    }
}
