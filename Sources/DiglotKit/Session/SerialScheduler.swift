/// Runs a session on the calling thread: each part as soon as it is added, each result
/// folded at once. The reference for `BatchScheduler`'s order, and what tests use.
public struct SerialScheduler: BatchScheduler {
    public init() {}

    public func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                                 combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated {
        var accumulated = initial
        for index in 0..<count { combine(&accumulated, body(index)) }
        return accumulated
    }

    public func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, opening open: @Sendable (Int, BatchParts<T>) -> T,
                                                 combine: @escaping (inout Accumulated, T, _ inputDone: Bool) -> Void) -> Accumulated {
        let fold = Fold(initial, combine: combine)
        for index in 0..<count {
            let own = open(index, BatchParts { part in fold.add(part(), inputDone: false) })
            fold.add(own, inputDone: true)
        }
        return fold.accumulated
    }

    /// The running fold, reached from the parts' closures; one thread only.
    private final class Fold<T, Accumulated>: @unchecked Sendable {
        var accumulated: Accumulated
        let combine: (inout Accumulated, T, Bool) -> Void

        init(_ initial: Accumulated, combine: @escaping (inout Accumulated, T, Bool) -> Void) {
            accumulated = initial
            self.combine = combine
        }

        func add(_ result: T, inputDone: Bool) {
            combine(&accumulated, result, inputDone)
        }
    }
}
