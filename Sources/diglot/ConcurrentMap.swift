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
        let results = ResultSlots<T>(count: count)
        let counter = SharedCounter()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let index = counter.next()
                guard index < count else { break }
                results.set(index, body(index))
            }
        }
        return results.values()
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

private final class ResultSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
