import ArgumentParser

/// Names a mistyped subcommand (`diglot exprot`) before ArgumentParser parses the line: it
/// would otherwise complain about the first option it cannot place ("Unknown option '--to'"),
/// which sends the user looking in the wrong place.
enum SubcommandCheck {
    /// The usage error for the first word that should name a subcommand and names none, or nil.
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> ValidationError? {
        var subcommands: [any ParsableCommand.Type] = root.configuration.subcommands
        var path: [String] = [name(of: root)]
        for argument in arguments {
            guard !subcommands.isEmpty, !argument.hasPrefix("-"), argument != "help" else { return nil }
            let names: [String] = subcommands.map { name(of: $0) }
            if let index = names.firstIndex(of: argument) {
                subcommands = subcommands[index].configuration.subcommands
                path.append(argument)
                continue
            }
            var message = "'\(argument)' is not a subcommand of '\(path.joined(separator: " "))'"
            if let guess = closest(to: argument, among: names) { message += "; did you mean '\(guess)'?" } else { message += "." }
            message += " The subcommands are: \(names.joined(separator: ", "))."
            return ValidationError(message)
        }
        return nil
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command._commandName
    }

    /// The name nearest `word` in edit distance (a swapped pair of letters counts once), if it
    /// is near enough to be a typo or `word` starts it.
    static func closest(to word: String, among names: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = names.map { (name: $0, distance: distance(Array(lowered), Array($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        if best.distance <= max(1, min(2, lowered.count / 3)) { return best.name }
        return names.first { lowered.count >= 2 && $0.hasPrefix(lowered) }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbouring characters each cost one.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
