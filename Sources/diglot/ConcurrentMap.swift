import DiglotKit
import Dispatch
import Foundation

/// The command line's worker pool: maps indices to results on several threads, keeping
/// results in index order, for the sessions of `DiglotKit`.
///
/// Workers pull the next index from a shared counter, so long and short inputs balance out.
/// An input may also split into parts (the items of a feed) that any idle worker takes before
/// it opens another input, so one big input does not leave the other cores idle.
struct ConcurrentMap: BatchScheduler {
    /// Worker threads; more than the inputs only help when inputs split into parts.
    let jobs: Int

    init(jobs: Int?) {
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Maps indices to results on several threads and folds each result into `initial` in
    /// index order, as soon as every earlier one is folded: a finished result is dropped once
    /// folded, so memory stays flat however many inputs there are, and the fold is the same
    /// whatever order the workers finish in.
    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, _ body: @Sendable (Int) -> T,
                                          combine: @escaping (inout Accumulated, T) -> Void) -> Accumulated {
        let map = ConcurrentMap(jobs: min(jobs, max(count, 1)))
        return map.reduce(count: count, into: initial, opening: { index, _ in body(index) }, combine: { accumulated, result, _ in combine(&accumulated, result) })
    }

    /// Like `reduce(into:_:combine:)`, but opening input `index` may also hand parts to
    /// `parts`, each run by whichever worker is free. Results fold in order: an input's parts
    /// in order, then its own result (`inputDone` true), then the next input's.
    func reduce<T: Sendable, Accumulated>(count: Int, into initial: Accumulated, opening open: @Sendable (Int, BatchParts<T>) -> T,
                                          combine: @escaping (inout Accumulated, T, _ inputDone: Bool) -> Void) -> Accumulated {
        let scheduler = FanOutScheduler(count: count, jobs: jobs, initial: initial, combine: combine)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let job = scheduler.nextJob() {
                switch job {
                case .open(let index):
                    let parts = Parts<T>(input: index, enqueue: scheduler.enqueue)
                    let result = open(index, BatchParts { parts.add($0) })
                    scheduler.opened(index, result, parts: parts.count)
                case .part(let position, let work):
                    scheduler.finished(position, work())
                }
            }
        }
        return scheduler.result
    }

    /// Where the opening of one input hands over its parts.
    ///
    /// Parts may be added while the input is still being read (a feed streamed item by item).
    /// When enough parts are waiting, `add` runs one itself before it returns, so a reader
    /// never runs far ahead of the workers, and one worker alone still gets through.
    final class Parts<T: Sendable>: @unchecked Sendable {
        private let enqueue: (FanOutPosition, @escaping @Sendable () -> T) -> Void
        private let input: Int
        /// How many parts were added; used by the opening worker only.
        fileprivate private(set) var count = 0

        fileprivate init(input: Int, enqueue: @escaping (FanOutPosition, @escaping @Sendable () -> T) -> Void) {
            self.input = input
            self.enqueue = enqueue
        }

        func add(_ part: @escaping @Sendable () -> T) {
            count += 1
            enqueue(FanOutPosition(input: input, part: count), part)
        }
    }
}

/// Where a result goes in the fold: an input's parts are 1, 2, …; its own result is part 0,
/// folded after them.
fileprivate struct FanOutPosition: Hashable {
    var input: Int
    var part: Int
}

/// Hands out inputs to open and parts to run, and folds results in order.
///
/// A worker takes a waiting part before it opens another input, so a split input is
/// finished first and the parts waiting at any time come from the inputs being worked on.
private final class FanOutScheduler<T: Sendable, Accumulated>: @unchecked Sendable {
    enum Job {
        case open(Int)
        case part(FanOutPosition, @Sendable () -> T)
    }

    private let condition = NSCondition()
    private let count: Int
    /// Parts waiting beyond this make `enqueue` run one on the adding thread.
    private let waitingPartLimit: Int
    private var nextInput = 0
    /// Inputs being opened: their parts may still come, so an idle worker waits for them.
    private var opening = 0
    private var queue: [(FanOutPosition, @Sendable () -> T)] = []
    private var queueHead = 0

    private var accumulated: Accumulated
    private let combine: (inout Accumulated, T, Bool) -> Void
    private var waiting: [FanOutPosition: T] = [:]
    /// The part count of each opened input not yet folded completely.
    private var partCounts: [Int: Int] = [:]
    private var cursor = FanOutPosition(input: 0, part: 1)

    init(count: Int, jobs: Int, initial: Accumulated, combine: @escaping (inout Accumulated, T, Bool) -> Void) {
        self.count = count
        self.waitingPartLimit = 4 * jobs
        self.accumulated = initial
        self.combine = combine
    }

    /// The next job, waiting while others are opening inputs that may split; nil when all is done.
    func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let part = dequeuePart() { return .part(part.0, part.1) }
            if nextInput < count {
                nextInput += 1
                opening += 1
                return .open(nextInput - 1)
            }
            if opening == 0 { return nil }
            condition.wait()
        }
    }

    /// Queues a part of an input being opened; with too many waiting, runs the oldest here.
    func enqueue(_ position: FanOutPosition, _ work: @escaping @Sendable () -> T) {
        condition.lock()
        queue.append((position, work))
        let overflow = queue.count - queueHead > waitingPartLimit ? dequeuePart() : nil
        condition.signal()
        condition.unlock()
        if let (position, work) = overflow { finished(position, work()) }
    }

    /// Called with the lock held.
    private func dequeuePart() -> (FanOutPosition, @Sendable () -> T)? {
        guard queueHead < queue.count else { return nil }
        let part = queue[queueHead]
        queueHead += 1
        // Drop taken parts (and what they hold) once they are half the queue: a queue that a
        // streamed feed keeps topping up is never empty.
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        } else if queueHead >= 64, queueHead * 2 >= queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return part
    }

    func opened(_ index: Int, _ result: T, parts: Int) {
        condition.lock()
        defer { condition.unlock() }
        opening -= 1
        partCounts[index] = parts
        waiting[FanOutPosition(input: index, part: 0)] = result
        fold()
        // Workers waiting for parts of this input may now have nothing left to wait for.
        condition.broadcast()
    }

    func finished(_ position: FanOutPosition, _ result: T) {
        condition.lock()
        defer { condition.unlock() }
        waiting[position] = result
        fold()
    }

    /// Folds every result that is next in order: an input's parts, then its own result, which
    /// comes (with the part count) once the input is opened completely. Parts fold while a big
    /// input is still being read, so their results are not held until it ends.
    private func fold() {
        while true {
            if let parts = partCounts[cursor.input], cursor.part > parts {
                guard let own = waiting.removeValue(forKey: FanOutPosition(input: cursor.input, part: 0)) else { return }
                combine(&accumulated, own, true)
                partCounts[cursor.input] = nil
                cursor = FanOutPosition(input: cursor.input + 1, part: 1)
                continue
            }
            guard let value = waiting.removeValue(forKey: cursor) else { return }
            combine(&accumulated, value, false)
            cursor.part += 1
        }
    }

    var result: Accumulated {
        condition.lock()
        defer { condition.unlock() }
        return accumulated
    }
}
