/// Runs a session's inputs on worker threads and folds their results in input order.
///
/// The sessions decide what each input produces and how results add up; the caller decides
/// how the work is spread (the command line's worker pool, or `SerialScheduler`). Folding in
/// input order makes every output and message the same whatever order the workers finish in.
public protocol BatchScheduler {
    /// Maps inputs `0..<count` with `body` and folds each result into `initial` in order.
    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                          combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated

    /// Like `reduce(count:into:_:combine:)`, but opening input `index` may hand parts (the
    /// items of a feed) to `parts`, each run by whichever worker is free. Results fold in
    /// order: an input's parts, then its own result (`inputDone` true), then the next input's.
    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, opening open: @Sendable (Int, BatchParts<T>) -> T,
                                          combine: @escaping (inout Accumulated, T, _ inputDone: Bool) -> Void) -> Accumulated
}

/// Where the opening of one input hands over its parts; a part may be run at once or later,
/// on any thread.
public struct BatchParts<T: Sendable>: Sendable {
    private let adding: @Sendable (@escaping @Sendable () -> T) -> Void

    public init(adding: @escaping @Sendable (@escaping @Sendable () -> T) -> Void) {
        self.adding = adding
    }

    public func add(_ part: @escaping @Sendable () -> T) {
        adding(part)
    }
}
