import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 connection handling, run on the connection's own event loop.
///
/// Hummingbird handles each connection in a task on Swift's global pool, so every request and
/// every response crosses between that pool and the NIO thread owning the socket. Giving the
/// connection's task its event loop as task executor keeps the whole exchange on one thread, which
/// is what lets a dev server keep up with a static file server on a small machine. Handlers must
/// not block for long (the file provider reads small cached files; large ones go through `FileIO`).
struct EventLoopPinnedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let channel: HTTP1Channel

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        self.channel.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await withTaskExecutorPreference(EventLoopTaskExecutor(eventLoop: value.channel.eventLoop)) {
            await channel.handle(value: value, logger: logger)
        }
    }

    /// The server builder to pass to `Application(server:)`; `handlers` makes each connection's
    /// own handlers, placed after HTTP decoding, before Hummingbird's request handling.
    static func builder(handlers: @escaping @Sendable () -> [any RemovableChannelHandler]) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            EventLoopPinnedHTTP1Channel(channel: HTTP1Channel(responder: responder, configuration: .init(additionalChannelHandlers: handlers())))
        }
    }
}

/// Runs a task's jobs on one NIO event loop.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { [self] in
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
