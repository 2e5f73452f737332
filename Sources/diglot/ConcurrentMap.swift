import Dispatch
import Foundation

/// Maps indices to results on several threads, keeping results in index order.
///
/// Workers pull the next index from a shared counter, so long and short inputs balance out.
/// An input may also split into parts (the items of a feed) that any idle worker takes before
/// it opens another input, so one big input does not leave the other cores idle.
struct ConcurrentMap {
    let count: Int
    /// Worker threads; more than `count` only help when inputs split into parts.
    let jobs: Int

    init(count: Int, jobs: Int?) {
        self.count = count
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Maps indices to results on several threads and folds each result into `initial` in
    /// index order, as soon as every earlier one is folded: a finished result is dropped once
    /// folded, so memory stays flat however many inputs there are, and the fold is the same
    /// whatever order the workers finish in.
    func reduce<T: Sendable, Accumulated>(into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                          combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated {
        let map = ConcurrentMap(count: count, jobs: min(jobs, max(count, 1)))
        return map.reduce(into: initial, opening: { Opened(result: body($0)) }, combine: { accumulated, result, _ in combine(&accumulated, result) })
    }

    /// Like `reduce(into:_:combine:)`, but opening input `index` may also give parts, each
    /// run by whichever worker is free. Results fold in order: an input's own result, then its
    /// parts' in order, then the next input's. `combine` learns when an input's last result
    /// is folded (`inputDone`).
    func reduce<T: Sendable, Accumulated>(into initial: Accumulated, opening open: @Sendable (Int) -> Opened<T>,
                                          combine: @escaping (inout Accumulated, T, _ inputDone: Bool) -> Void) -> Accumulated {
        let scheduler = FanOutScheduler(count: count, initial: initial, combine: combine)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let job = scheduler.nextJob() {
                switch job {
                case .open(let index): scheduler.opened(index, open(index))
                case .part(let position, let work): scheduler.finished(position, work())
                }
            }
        }
        return scheduler.result
    }

    /// What opening an input gave: its own result, and parts still to run.
    struct Opened<T: Sendable> {
        var result: T
        var parts: [@Sendable () -> T] = []
    }
}

/// Hands out inputs to open and parts to run, and folds results in order.
///
/// A worker takes a waiting part before it opens another input, so a split input is
/// finished first and the parts waiting at any time come from the inputs being worked on.
private final class FanOutScheduler<T: Sendable, Accumulated>: @unchecked Sendable {
    /// Part 0 is an input's own result; its parts are 1, 2, ….
    struct Position: Hashable {
        var input: Int
        var part: Int
    }

    enum Job {
        case open(Int)
        case part(Position, @Sendable () -> T)
    }

    private let condition = NSCondition()
    private let count: Int
    private var nextInput = 0
    /// Inputs being opened: their parts may still come, so an idle worker waits for them.
    private var opening = 0
    private var queue: [(Position, @Sendable () -> T)] = []
    private var queueHead = 0

    private var accumulated: Accumulated
    private let combine: (inout Accumulated, T, Bool) -> Void
    private var waiting: [Position: T] = [:]
    /// The part count of each opened input not yet folded completely.
    private var partCounts: [Int: Int] = [:]
    private var cursor = Position(input: 0, part: 0)

    init(count: Int, initial: Accumulated, combine: @escaping (inout Accumulated, T, Bool) -> Void) {
        self.count = count
        self.accumulated = initial
        self.combine = combine
    }

    /// The next job, waiting while others are opening inputs that may split; nil when all is done.
    func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if queueHead < queue.count {
                let (position, work) = queue[queueHead]
                queueHead += 1
                if queueHead == queue.count {
                    queue.removeAll(keepingCapacity: true)
                    queueHead = 0
                }
                return .part(position, work)
            }
            if nextInput < count {
                nextInput += 1
                opening += 1
                return .open(nextInput - 1)
            }
            if opening == 0 { return nil }
            condition.wait()
        }
    }

    func opened(_ index: Int, _ opened: ConcurrentMap.Opened<T>) {
        condition.lock()
        defer { condition.unlock() }
        opening -= 1
        partCounts[index] = opened.parts.count
        for (offset, part) in opened.parts.enumerated() {
            queue.append((Position(input: index, part: offset + 1), part))
        }
        waiting[Position(input: index, part: 0)] = opened.result
        fold()
        condition.broadcast()
    }

    func finished(_ position: Position, _ result: T) {
        condition.lock()
        defer { condition.unlock() }
        waiting[position] = result
        fold()
    }

    /// Folds every result that is next in order.
    private func fold() {
        while let value = waiting.removeValue(forKey: cursor) {
            // An input's own result (part 0) arrives with its part count, so the count is known here.
            let parts = partCounts[cursor.input] ?? 0
            let inputDone = cursor.part == parts
            combine(&accumulated, value, inputDone)
            if inputDone {
                partCounts[cursor.input] = nil
                cursor = Position(input: cursor.input + 1, part: 0)
            } else {
                cursor.part += 1
            }
        }
    }

    var result: Accumulated {
        condition.lock()
        defer { condition.unlock() }
        return accumulated
    }
}
