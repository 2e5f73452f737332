import Foundation

/// The benchmark's input: the real articles of `../shared/corpus`, replicated to a given
/// count in a temporary directory, plus their HTML bodies for the tools that read plain HTML.
///
/// Replicas are byte copies under new names (`00042-bbc-0012.txt`), so every tool reads the
/// same bytes from the same disk, and the mix of outlets, languages and sizes is the
/// corpus's own.
struct BenchCorpus {
    /// The shared folder (`../shared` from the package root).
    let shared: URL
    /// Root of this run's temporary files; removed by `remove()`.
    let root: URL
    /// `articles/`: the feed-item files, as `diglot export` reads them.
    let articles: URL
    /// `bodies/`: each article's HTML body alone (`.html`), for xmllint, Translate Toolkit and pandoc.
    let bodies: URL
    /// File names in `articles/`, sorted; the bodies have the same stems.
    let names: [String]
    /// Total bytes of `articles/` and `bodies/`.
    let articleBytes: Int
    let bodyBytes: Int

    /// Finds `../shared` from the working directory (the package root), or says how to get it.
    static func locateShared() throws -> URL {
        let shared = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("../shared").standardizedFileURL
        let corpus = shared.appendingPathComponent("corpus/articles")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BenchError("""
                no corpus at \(corpus.path): run diglot-bench from the package root with the shared \
                folder beside it (../shared/corpus/articles, ../shared/glossaries)
                """)
        }
        return shared
    }

    /// Copies the corpus's feed items round-robin until there are `count` of them.
    init(shared: URL, count: Int) throws {
        self.shared = shared
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("diglot-bench-\(getpid())")
        articles = root.appendingPathComponent("articles")
        bodies = root.appendingPathComponent("bodies")
        try? manager.removeItem(at: root)
        try manager.createDirectory(at: articles, withIntermediateDirectories: true)
        try manager.createDirectory(at: bodies, withIntermediateDirectories: true)

        var sources: [(name: String, bytes: [UInt8], body: [UInt8])] = []
        for folder in ["corpus/articles", "corpus/seed"] {
            let directory = shared.appendingPathComponent(folder)
            let files = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file)))
                guard let body = Self.body(ofFeedItem: bytes) else { continue }
                sources.append((String(file.dropLast(4)), bytes, body))
            }
        }
        guard !sources.isEmpty else { throw BenchError("no feed-item articles (*.txt) in \(shared.path)/corpus") }

        let width = String(count).count
        var names: [String] = []
        var articleBytes = 0
        var bodyBytes = 0
        for index in 0..<count {
            let source = sources[index % sources.count]
            let number = String(index + 1)
            let stem = String(repeating: "0", count: max(0, width - number.count)) + number + "-" + source.name
            try Data(source.bytes).write(to: articles.appendingPathComponent(stem + ".txt"))
            try Data(source.body).write(to: bodies.appendingPathComponent(stem + ".html"))
            names.append(stem + ".txt")
            articleBytes += source.bytes.count
            bodyBytes += source.body.count
        }
        self.names = names
        self.articleBytes = articleBytes
        self.bodyBytes = bodyBytes
    }

    /// A directory holding the first `count` articles (or bodies), made once and reused.
    func subset(_ count: Int, bodies useBodies: Bool = false) throws -> URL {
        let manager = FileManager.default
        let directory = root.appendingPathComponent("\(useBodies ? "bodies" : "articles")-\(count)")
        if manager.fileExists(atPath: directory.path) { return directory }
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in names.prefix(count) {
            let file = useBodies ? String(name.dropLast(4)) + ".html" : name
            try manager.copyItem(at: (useBodies ? bodies : articles).appendingPathComponent(file),
                                 to: directory.appendingPathComponent(file))
        }
        return directory
    }

    /// Bytes of the first `count` articles (or bodies).
    func bytes(ofFirst count: Int, bodies useBodies: Bool = false) -> Int {
        names.prefix(count).reduce(0) { total, name in
            let file = useBodies ? bodies.appendingPathComponent(String(name.dropLast(4)) + ".html")
                : articles.appendingPathComponent(name)
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            return total + size
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The HTML after the feed item's `------` line (the shape of every corpus file).
    static func body(ofFeedItem bytes: [UInt8]) -> [UInt8]? {
        let marker = Array("\n------\n".utf8)
        guard bytes.count > marker.count else { return nil }
        for start in 0...(bytes.count - marker.count) where bytes[start] == 0x0A {
            if bytes[start..<(start + marker.count)].elementsEqual(marker) {
                return Array(bytes[(start + marker.count)...])
            }
        }
        return nil
    }
}
