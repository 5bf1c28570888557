import NIOCore

/// Runs tasks on the threads of a NIO event loop group instead of Swift's cooperative pool.
///
/// The dev server runs inside a process that also builds the site, and in the test suite beside
/// tests that block the cooperative pool's threads (one per core) for seconds. `DevServer.run`
/// gives its whole service group this executor as task executor preference, which every child
/// task inherits (Hummingbird handles each connection in a child task), so the server answers
/// whatever else keeps the cooperative pool busy. Handlers must not block for long: the file
/// provider reads small files whole and leaves large ones to `FileIO`'s thread pool.
final class EventLoopGroupTaskExecutor: TaskExecutor {
    let group: any EventLoopGroup

    init(group: any EventLoopGroup) {
        self.group = group
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        group.next().execute { [self] in
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
