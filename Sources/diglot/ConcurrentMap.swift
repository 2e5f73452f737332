import Dispatch
import Foundation

/// Maps indices to results on several threads, keeping results in index order.
///
/// Workers pull the next index from a shared counter, so long and short inputs balance out.
struct ConcurrentMap {
    let count: Int
    let jobs: Int

    init(count: Int, jobs: Int?) {
        self.count = count
        self.jobs = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(count, 1)))
    }

    func run<T: Sendable>(_ body: @Sendable (Int) -> T) -> [T] {
        reduce(into: [], body) { results, result in results.append(result) }
    }
}

extension ConcurrentMap {
    /// Maps indices to results on several threads and folds each result into `initial` in
    /// index order, as soon as every earlier one is folded: a finished result is dropped once
    /// folded, so memory stays flat however many inputs there are, and the fold is the same
    /// whatever order the workers finish in.
    func reduce<T: Sendable, Accumulated>(into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                          combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated {
        let folder = InOrderFolder(initial, combine: combine)
        let counter = SharedCounter()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let index = counter.next()
                guard index < count else { break }
                folder.add(index, body(index))
            }
        }
        return folder.result
    }
}

/// Results waiting for an earlier index, and the fold of every result before them.
private final class InOrderFolder<T, Accumulated>: @unchecked Sendable {
    private let lock = NSLock()
    private var accumulated: Accumulated
    private let combine: (inout Accumulated, T) -> Void
    private var waiting: [Int: T] = [:]
    private var next = 0

    init(_ initial: Accumulated, combine: @escaping (inout Accumulated, T) -> Void) {
        accumulated = initial
        self.combine = combine
    }

    func add(_ index: Int, _ value: T) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = value
        while let ready = waiting.removeValue(forKey: next) {
            combine(&accumulated, ready)
            next += 1
        }
    }

    var result: Accumulated {
        lock.lock()
        defer { lock.unlock() }
        return accumulated
    }
}

private final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
