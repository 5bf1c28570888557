import SiteGen

extension ParallelWork {
    /// Runs `produce` (which fills `queue`) beside `jobs` threads calling `body` on every item of
    /// `queue` as it arrives; the queue is closed when `produce` returns. Returns the non-`nil`
    /// results (in no particular order) once the queue is empty.
    static func drain<Item: Sendable, T: Sendable>(_ queue: ReadyQueue<Item>, jobs: Int, fedBy produce: @escaping @Sendable () -> Void,
                                                   _ body: @escaping @Sendable (Item) -> T?) -> [T] {
        let workers = max(1, jobs)
        return map(workers + 1, width: workers + 1) { worker -> [T] in
            guard worker > 0 else {
                produce()
                queue.close()
                return []
            }
            var results: [T] = []
            while let item = queue.take() {
                if let result = body(item) { results.append(result) }
            }
            return results
        }.flatMap { $0 }
    }
}
