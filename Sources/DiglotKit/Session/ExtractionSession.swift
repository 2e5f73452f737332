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

    /// Reads every input in order on the calling thread.
    public func run() -> Result {
        let (items, collectErrors, resolvedPaths) = InputCollector.collect(inputs)
        var result = Result(extractor: GlossaryExtractor(known: known), errors: collectErrors,
                            inputPaths: resolvedPaths.union(glossaryPaths.map(URL.resolvedPath(ofCommandLinePath:))))
        func add(_ input: OpenedInput, name: String) {
            for index in 0..<input.count {
                guard let document = input.document(at: index) else { continue }
                result.extractor.add(document, name: name)
                result.articles += 1
            }
        }
        for item in items {
            do {
                guard let bytes = try ArticleInput.read(item, language: nil, streamedItem: { add($0, name: item.displayName) }) else { continue }
                add(try ArticleInput.open(bytes, of: item, language: nil), name: item.displayName)
            } catch {
                result.errors.append(.of(error))
            }
        }
        return result
    }
}
