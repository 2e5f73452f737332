import Foundation

/// One `glossary extract` run: every article and feed item of the inputs (directories
/// searched, big feeds streamed, as for export) read into a `GlossaryExtractor`.
public struct ExtractionSession: Sendable {
    /// Articles, feeds and directories, as the user named them.
    public var inputs: [String]
    /// Names already known: left out of the candidates.
    public var known: Glossary

    /// The glossary files `known` was read from, which the output must not replace either.
    public var glossaryPaths: [String]

    public init(inputs: [String], known: Glossary, glossaryPaths: [String] = []) {
        self.inputs = inputs
        self.known = known
        self.glossaryPaths = glossaryPaths
    }

    /// What the inputs gave.
    public struct Result: Sendable {
        /// Every name pair found; ask it for the candidates and the TSV.
        public var extractor: GlossaryExtractor
        /// Articles read (feed items with text count one each).
        public var articles = 0
        /// One diagnostic per input that could not be read, in input order.
        public var errors: [Diagnostic] = []
        /// The resolved paths of every file read (inputs and glossaries): the output must
        /// not replace one.
        public var inputPaths: Set<String> = []
    }

    /// Reads every input with `scheduler`'s workers (a big feed's items too) and counts the
    /// pairs in input order, so the candidates, their first articles and contexts do not
    /// depend on the number of workers.
    public func run(scheduler: some BatchScheduler) -> Result {
        let (items, collectErrors, resolvedPaths) = InputCollector.collect(inputs)
        let extractor = GlossaryExtractor(known: known)
        let initial = Result(extractor: extractor, errors: collectErrors,
                             inputPaths: resolvedPaths.union(glossaryPaths.map(URL.resolvedPath(ofCommandLinePath:))))
        @Sendable func found(in input: OpenedInput, name: String) -> Found {
            var found = Found()
            for index in 0..<input.count {
                guard let document = input.document(at: index) else { continue }
                found.articles.append(Found.Article(name: name, pairs: extractor.pairs(in: document),
                                                    simplifiedAsWritten: GlossaryExtractor.isSimplifiedChinese(document)))
            }
            return found
        }
        return scheduler.reduce(count: items.count, into: initial, opening: { index, parts in
            let item = items[index]
            do {
                let streamed = { (one: OpenedInput) in parts.add { found(in: one, name: item.displayName) } }
                guard let bytes = try ArticleInput.read(item, language: nil, streamedItem: streamed) else { return Found() }
                return found(in: try ArticleInput.open(bytes, of: item, language: nil), name: item.displayName)
            } catch {
                return Found(error: .of(error))
            }
        }, combine: { result, found, _ in
            for article in found.articles {
                result.extractor.add(article.pairs, article: article.name, simplifiedAsWritten: article.simplifiedAsWritten)
                result.articles += 1
            }
            if let error = found.error { result.errors.append(error) }
        })
    }

    /// Reads every input in order on the calling thread.
    public func run() -> Result {
        run(scheduler: SerialScheduler())
    }

    /// What one input (or one item of a big feed) gave: each article's pairs, or an error.
    private struct Found: Sendable {
        struct Article: Sendable {
            var name: String
            var pairs: [NamePairFinder.Pair]
            var simplifiedAsWritten: Bool
        }
        var articles: [Article] = []
        var error: Diagnostic?
    }
}
