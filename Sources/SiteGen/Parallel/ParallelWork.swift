import Foundation
import Synchronization

/// The one way sitegen runs work in parallel: plain threads for blocking, synchronous work
/// (parsing and rendering pages, writing files, compiling and running snippets, a whole build).
///
/// Swift's cooperative pool is the wrong home for that work: it has one thread per core, and the
/// dev server answers requests from it, so a build or a `swiftc` blocking it would stall the
/// server. Each call starts its threads and returns when all of them have finished (no thread
/// outlives the call), so callers stay synchronous and results come back in order.
///
///     let lengths = ParallelWork.map(paths.count) { index in read(paths[index]).count }
///     ParallelWork.all([{ compileMerged() }, { compileAlone() }])
///     let report = await ParallelWork.onOwnThread { session.build() }
public enum ParallelWork {
    /// The number of cores: how many threads CPU-bound work uses by default.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Threads get the main thread's stack size (Markdown nesting and templates recurse).
    static let stackSize = 8 << 20

    /// Calls `body(index)` for every index in `0..<count` on up to `width` threads (the calling
    /// thread is one of them) and returns the results in index order.
    public static func map<T: Sendable>(_ count: Int, width: Int = cores, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let threads = min(max(1, width), count)
        guard threads > 1 else { return (0..<count).map(body) }
        let shared = SharedProgress<T>()
        let worker: @Sendable () -> Void = {
            var mine: [(Int, T)] = []
            while true {
                let index = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { break }
                mine.append((index, body(index)))
            }
            shared.finished.withLock { $0.append(mine) }
        }
        run(Array(repeating: worker, count: threads))
        var slots = [T?](repeating: nil, count: count)
        for (index, value) in shared.finished.withLock({ $0 }).joined() { slots[index] = value }
        return slots.map { $0! }
    }

    /// `map` for work that mostly waits (compilers, child processes): `jobs` threads, however many cores.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        map(count, width: jobs, body)
    }

    /// Runs every task at once, each on a thread of its own; returns when all have finished.
    public static func all(_ tasks: [@Sendable () -> Void]) {
        run(tasks)
    }

    /// Runs blocking `work` on a thread of its own and resumes the caller with its result, so an
    /// async caller never blocks a thread of the cooperative pool.
    public static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            start { continuation.resume(returning: work()) }
        }
    }

    /// Runs `tasks[0]` on the calling thread and the others on new threads; waits for all.
    private static func run(_ tasks: [@Sendable () -> Void]) {
        guard let first = tasks.first else { return }
        let group = DispatchGroup()
        for task in tasks.dropFirst() {
            group.enter()
            start {
                task()
                group.leave()
            }
        }
        first()
        group.wait()
    }

    private static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = stackSize
        thread.start()
    }
}

/// What the threads of one `map` share: the next index to take, and each thread's results
/// (handed over once, when the thread has no more indexes to take).
private final class SharedProgress<T: Sendable>: Sendable {
    let next = Atomic<Int>(0)
    let finished = Mutex<[[(Int, T)]]>([])
}
