import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Answers requests for unchanged site files right on the connection's event loop, before they
/// reach Hummingbird's request handling (a task, the router, the middleware chain): the answer
/// is ready-made (`PreparedFileServer`), so writing it is all that is left to do.
///
/// Responses on a connection must leave in request order, so a request is answered here only
/// when no earlier request passed on to Hummingbird is still waiting for its response (an event
/// stream, say); otherwise it is passed on too. Everything else is passed on untouched.
final class PreparedFileChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let server: PreparedFileServer
    private let clock: HTTPDateClock
    private let serverName: String
    /// Requests passed on whose response has not been written to the end yet.
    private var passedOnInProgress = 0
    /// The request being read is passed on (else it is answered here at its end).
    private var passingOn = false
    private var answer: PreparedFileServer.Answer?

    init(server: PreparedFileServer, clock: HTTPDateClock, serverName: String) {
        self.server = server
        self.clock = clock
        self.serverName = serverName
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            let path = request.path.map { String($0.prefix { $0 != "?" && $0 != "#" }) } ?? ""
            answer = passedOnInProgress == 0 ? server.answer(method: request.method, path: path, headers: request.headerFields) : nil
            passingOn = answer == nil
            if passingOn {
                passedOnInProgress += 1
                context.fireChannelRead(data)
            }
        case .body:
            if passingOn { context.fireChannelRead(data) }
        case .end:
            if passingOn {
                context.fireChannelRead(data)
            } else if let answer {
                self.answer = nil
                write(answer, context: context)
            }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { passedOnInProgress = max(0, passedOnInProgress - 1) }
        context.write(data, promise: promise)
    }

    private func write(_ answer: PreparedFileServer.Answer, context: ChannelHandlerContext) {
        var headers = answer.headers
        headers[.date] = clock.now
        headers[.server] = serverName
        context.write(wrapOutboundOut(.head(HTTPResponse(status: answer.status, headerFields: headers))), promise: nil)
        if let body = answer.body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
