/// Maps a returned unit's tokens back onto the source block's inline codes by code ID,
/// and finds what is wrong with the codes on the way.
///
/// Codes are restored from the source (the translator cannot change a link target), so
/// only IDs and the order of starts and ends matter. Problems that make the markup
/// impossible to rebuild — an ID the source does not have, a pair's start without its end,
/// an end before its start, a pair written as a standalone code — are `isBlocking`; a
/// missing, duplicated or overlapping code is reported by QA and merged as well as possible.
struct CodeMapping {
    typealias Problem = CodeProblem

    private let codes: [String: InlineCode]
    private let sourceCounts: [String: (starts: Int, ends: Int, standalones: Int)]
    /// The code IDs in the order their start appears in the source.
    private let sourceOrder: [String]

    init(block: Block) {
        var codes: [String: InlineCode] = [:]
        var counts: [String: (starts: Int, ends: Int, standalones: Int)] = [:]
        var order: [String] = []
        for run in block.runs {
            switch run {
            case .open(let code):
                let key = String(code.id)
                if codes[key] == nil { codes[key] = code; order.append(key) }
                counts[key, default: (0, 0, 0)].starts += 1
            case .close(let code):
                let key = String(code.id)
                if codes[key] == nil { codes[key] = code; order.append(key) }
                counts[key, default: (0, 0, 0)].ends += 1
            case .placeholder(let code):
                let key = String(code.id)
                if codes[key] == nil { codes[key] = code; order.append(key) }
                counts[key, default: (0, 0, 0)].standalones += 1
            case .text:
                break
            }
        }
        self.codes = codes
        self.sourceCounts = counts
        self.sourceOrder = order
    }

    /// The runs of one target segment; tokens with unknown IDs are dropped (and reported by `problems`).
    func runs(of tokens: [XLIFFInlineToken]) -> [InlineRun] {
        var runs: [InlineRun] = []
        for token in tokens {
            switch token {
            case .text(let text):
                if case .text(let previous)? = runs.last {
                    runs[runs.count - 1] = .text(previous + text)
                } else if !text.isEmpty {
                    runs.append(.text(text))
                }
            case .start(let id):
                guard let code = codes[id] else { continue }
                runs.append(code.kind.isPaired ? .open(code) : .placeholder(code))
            case .end(let id):
                guard let code = codes[id], code.kind.isPaired else { continue }
                runs.append(.close(code))
            case .standalone(let id):
                // A pair written as a standalone code is refused by `problems`; kept here as a marker.
                guard let code = codes[id] else { continue }
                runs.append(.placeholder(code))
            }
        }
        return runs
    }

    /// Everything wrong with the codes of a whole target (segments joined).
    func problems(in tokens: [XLIFFInlineToken]) -> [Problem] {
        var problems: [Problem] = []
        var counts: [String: (starts: Int, ends: Int, standalones: Int)] = [:]
        var open: [String] = []
        var reportedOverlap = false
        for token in tokens {
            switch token {
            case .text:
                continue
            case .start(let id):
                counts[id, default: (0, 0, 0)].starts += 1
                if let code = codes[id], code.kind.isPaired { open.append(id) }
            case .end(let id):
                counts[id, default: (0, 0, 0)].ends += 1
                guard let code = codes[id], code.kind.isPaired else { continue }
                if let position = open.lastIndex(of: id) {
                    if position != open.count - 1, !reportedOverlap {
                        reportedOverlap = true
                        problems.append(Problem(kind: .overlapping, codeID: id, message:
                            "code \(id) (\(describe(id))) closes while code \(open[open.count - 1]) inside it is still open; nest the codes properly"))
                    }
                    open.remove(at: position)
                } else if (sourceCounts[id]?.starts ?? 0) > 0 {
                    problems.append(Problem(kind: .closedBeforeOpened, codeID: id, message:
                        "the end of code \(id) (\(describe(id))) comes before its start; put the closing code after the opening one"))
                }
            case .standalone(let id):
                counts[id, default: (0, 0, 0)].standalones += 1
            }
        }
        for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
            guard let code = codes[id], let source = sourceCounts[id] else {
                problems.append(Problem(kind: .invented, codeID: id, message:
                    "code \(id) is not in the source; remove it (only the source's codes can be restored)"))
                continue
            }
            if code.kind.isPaired, count.standalones > 0 {
                problems.append(Problem(kind: .broken, codeID: id, message:
                    "code \(id) (\(describe(id))) encloses text in the source but is a standalone placeholder in the target; restore its start and end"))
                continue
            }
            if code.kind.isPaired, count.starts - count.ends != source.starts - source.ends {
                problems.append(Problem(kind: .broken, codeID: id, message:
                    "code \(id) (\(describe(id))) has \(count.starts) start(s) and \(count.ends) end(s); restore the missing half"))
                continue
            }
            let used = count.starts + count.standalones
            let expected = source.starts + source.standalones
            if used > expected || (expected == 0 && count.ends > source.ends) {
                problems.append(Problem(kind: .duplicated, codeID: id, message:
                    "code \(id) (\(describe(id))) appears \(max(used, count.ends)) times, \(max(expected, source.ends)) in the source; remove the copy"))
            }
        }
        for id in sourceOrder where counts[id] == nil {
            problems.append(Problem(kind: .missing, codeID: id, message:
                "code \(id) (\(describe(id))) of the source is missing from the target; put it back around the matching words"))
        }
        return problems
    }

    /// `<a href="…">`, `<br/>`: how the code looks in the article.
    private func describe(_ id: String) -> String {
        guard let code = codes[id] else { return "unknown" }
        var text = "<" + code.element
        if let href = code.attribute("href") { text += " href=\"" + String(href.prefix(40)) + (href.count > 40 ? "…" : "") + "\"" }
        return text + (code.kind.isPaired ? ">" : "/>")
    }

    /// A comparable form of content: text without whitespace, codes as kind and ID.
    ///
    /// Tools re-indent and re-wrap, so whitespace cannot be trusted to survive, and characters
    /// XML cannot carry were never written; every other change to the source (a word, a
    /// digit, a code) changes the signature.
    static func signature(of runs: [InlineRun]) -> String {
        var result = ""
        for run in runs {
            switch run {
            case .text(let text):
                result += XMLWriter.clean(text).removingWhiteSpace
            case .open(let code): result += "\u{1}o\(code.id)\u{1}"
            case .close(let code): result += "\u{1}c\(code.id)\u{1}"
            case .placeholder(let code): result += "\u{1}x\(code.id)\u{1}"
            }
        }
        return result
    }

    /// The same signature for a returned source, mapping the codes as written.
    func signature(of tokens: [XLIFFInlineToken]) -> String {
        var result = ""
        for token in tokens {
            switch token {
            case .text(let text): result += text.removingWhiteSpace
            case .start(let id):
                let paired = codes[id]?.kind.isPaired ?? true
                result += paired ? "\u{1}o\(id)\u{1}" : "\u{1}x\(id)\u{1}"
            case .end(let id):
                if codes[id]?.kind.isPaired ?? true { result += "\u{1}c\(id)\u{1}" }
            case .standalone(let id): result += "\u{1}x\(id)\u{1}"
            }
        }
        return result
    }
}
