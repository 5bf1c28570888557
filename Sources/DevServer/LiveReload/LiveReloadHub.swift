import Foundation
import SiteGen

/// Fans build results out to every open page and remembers the last one for pages that connect later.
///
/// The rebuild loop calls `buildSucceeded()` or `buildFailed(_:)`; each event-stream connection
/// `subscribe()`s and relays what it receives. A page connecting while the site is broken gets the
/// `failed` event at once, so it shows the overlay too.
final class LiveReloadHub: Sendable {
    /// One connection's events, with its id to `unsubscribe` or `ping` it.
    struct Subscription: Sendable {
        let id: Int
        let events: AsyncStream<LiveReloadEvent>
    }

    private struct State {
        var subscribers: [Int: AsyncStream<LiveReloadEvent>.Continuation] = [:]
        var nextID = 0
        var generation = 0
        var errors: [String]?
        var isClosed = false
    }

    /// A random id for this server process, part of every `hello`.
    let instanceID = UUID().uuidString.prefix(8).lowercased()
    private let state = Mutex(State())

    /// The number of connected pages.
    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Starts relaying events to a new connection: first `hello`, then `failed` if the site is broken.
    func subscribe() -> Subscription {
        let (events, continuation) = AsyncStream<LiveReloadEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            continuation.yield(.hello("\(instanceID)-\(state.generation)"))
            if let errors = state.errors { continuation.yield(.failed(errors)) }
            if state.isClosed { continuation.finish() } else { state.subscribers[id] = continuation }
            return id
        }
        return Subscription(id: id, events: events)
    }

    /// Stops relaying to connection `id` and ends its stream.
    func unsubscribe(_ id: Int) {
        state.withLock { $0.subscribers.removeValue(forKey: id) }?.finish()
    }

    /// Sends a keep-alive comment to connection `id`.
    func ping(_ id: Int) {
        _ = state.withLock { $0.subscribers[id] }?.yield(.keepAlive)
    }

    /// A build succeeded: forget the errors and tell pages to reload. `changedFiles` (site-relative
    /// paths written or removed; `nil` when unknown) lets each page reload only when it is concerned;
    /// a build that changed nothing while no errors are shown tells nobody. Returns whether it told.
    @discardableResult
    func buildSucceeded(changedFiles: [String]?) -> Bool {
        let changed = changedFiles.flatMap { $0.count <= Self.maximumListedFiles ? $0.sorted() : nil }
        let continuations = state.withLock { state -> [AsyncStream<LiveReloadEvent>.Continuation]? in
            guard changed != [] || state.errors != nil else { return nil }
            state.generation += 1
            state.errors = nil
            return Array(state.subscribers.values)
        }
        continuations?.forEach { $0.yield(.reload(changed: changed)) }
        return continuations != nil
    }

    /// Beyond this many changed files, pages are told to reload whatever changed.
    static let maximumListedFiles = 200

    /// A build failed with `errors` (located, as the terminal prints them): every page shows them.
    func buildFailed(_ errors: [String]) {
        let continuations = state.withLock { state in
            state.errors = errors
            return Array(state.subscribers.values)
        }
        continuations.forEach { $0.yield(.failed(errors)) }
    }

    /// Ends every connection's stream (shutdown); later subscriptions end at once.
    func close() {
        let continuations = state.withLock { state in
            state.isClosed = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        continuations.forEach { $0.finish() }
    }
}
