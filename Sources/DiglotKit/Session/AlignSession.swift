import Foundation

/// One align run over many pairs: outputs named once for the batch (`<original stem>.xlf`,
/// `-2`, `-3`… for repeats), each pair's XLIFF and EPUB written as it is aligned, then the
/// sentence pairs of all of them as one TMX memory.
public struct AlignSession: Sendable {
    /// Original and translation paths (`-`: standard input).
    public var pairs: [AlignmentPairList.Pair]
    public var options: TranslationAligner.Options
    public var outputDirectory: String
    /// Where to write the TMX memory, if anywhere.
    public var tmx: String?

    public init(pairs: [AlignmentPairList.Pair], options: TranslationAligner.Options, outputDirectory: String, tmx: String? = nil) {
        self.pairs = pairs
        self.options = options
        self.outputDirectory = outputDirectory
        self.tmx = tmx
    }

    /// What a run came to.
    public struct Result: Sendable {
        public var summary = AlignmentSummary()
        /// One diagnostic per pair that failed, in order, then a memory that could not be written.
        public var errors: [Diagnostic] = []
    }

    /// Aligns every pair, spread by `scheduler`.
    public func run(scheduler: some BatchScheduler) -> Result {
        let aligner = TranslationAligner(options: options)
        let list = pairs
        let writer = AtomicFile(protectedPaths: Set(list.flatMap { [$0.original, $0.translation] }.map(URL.resolvedPath(ofCommandLinePath:))))
        let directory = URL(commandLinePath: outputDirectory)
        let stems = UniqueStems.forInputs(list.map(\.original))
        let keepsPairs = tmx != nil
        var result = Result()
        var memory: [TranslatedDocument] = []
        (result, memory) = scheduler.reduce(count: list.count, into: (result, memory), { index -> Outcome in
            let pair = list[index]
            do {
                let original = InputSource(name: pair.original, bytes: try Self.read(pair.original))
                let translation = InputSource(name: pair.translation, bytes: try Self.read(pair.translation))
                let package = try aligner.align(original: original, translation: translation, stem: stems[index])
                let base = directory.appendingPathComponent(package.name)
                try writer.write(package.xliff, to: base.appendingPathExtension("xlf"))
                if let epub = package.epub { try writer.write(epub, to: base.appendingPathExtension("epub")) }
                return .aligned(package)
            } catch {
                return .failed(.of(error, kind: .alignment))
            }
        }, combine: { folded, outcome in
            switch outcome {
            case .aligned(let package):
                folded.0.summary.add(package.summary)
                if keepsPairs { folded.1.append(package.sentencePairs) }
            case .failed(let failure):
                folded.0.errors.append(failure)
            }
        })
        if let tmx, !memory.isEmpty {
            do {
                try writer.write(try TMXWriter().write(memory), to: URL(commandLinePath: tmx))
            } catch {
                result.errors.append(Diagnostic(file: tmx, kind: .file, message: "cannot write the memory: \(error)"))
            }
        }
        return result
    }

    /// What became of one pair.
    private enum Outcome: Sendable {
        case aligned(TranslationAligner.Package)
        case failed(Diagnostic)
    }

    /// The bytes of an input (`-`: standard input), within the article size limit.
    private static func read(_ path: String) throws -> [UInt8] {
        try BoundedFile.read(path == "-" ? "/dev/stdin" : path, limit: ArticleReader.maximumInputSize, tooLarge: ArticleReader.tooLargeReason)
    }
}
