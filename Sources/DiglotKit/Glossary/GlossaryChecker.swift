/// Finds what is wrong in a glossary file, for `diglot glossary check`.
///
/// Reports, each with its line: what made rows unreadable (empty source or target, unknown
/// type, bad case flag, bad language code, malformed CSV or XML), duplicate source terms
/// (the same term after normalisation, so `南希·佩洛西` and `南希•佩洛西` collide), conflicting
/// targets for one term, blocking entries that carry a target, targets that are also listed
/// as forbidden, and terms with nothing matchable in them.
public enum GlossaryChecker {
    public static func problems(in file: GlossaryFile) -> [GlossaryError] {
        var problems = file.errors + file.warnings
        var firstByKey: [String: GlossaryFile.Record] = [:]
        for record in file.records {
            let entry = record.entry
            func report(_ reason: String) {
                problems.append(GlossaryError(file: file.name, line: record.line, reason: reason))
            }
            let key = TermNormaliser.key(for: entry.source)
            if key.isEmpty {
                report("source term '\(entry.source)' has no matchable characters")
                continue
            }
            if let first = firstByKey[key] {
                if first.entry.target == entry.target {
                    report("duplicate entry for '\(entry.source)' (first at line \(first.line))")
                } else {
                    report("conflicting targets for '\(entry.source)': '\(entry.target)' here, '\(first.entry.target)' at line \(first.line) (the later one wins)")
                }
            } else {
                firstByKey[key] = record
            }
            if entry.type == .exclude && !entry.target.isEmpty {
                report("blocking entry '\(entry.source)' has a target '\(entry.target)', which is never shown (leave the target empty, or give it another type)")
            }
            for translation in entry.translations where entry.forbidden.contains(translation) {
                report("target '\(translation)' of '\(entry.source)' is also listed as forbidden")
            }
        }
        return problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }
}
