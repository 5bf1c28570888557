import Testing
@testable import Threading

/// Ported from CPython's Lib/test/test_threading.py.
@Suite struct ThreadTests {
    @Test func targetRunsWithTypedArguments() {
        let results = Queue<String>()
        func spam(_ i: Int, _ j: String) { results.put("spam(\(i), \(j))") }
        let thread = Thread(target: spam, args: (1, "dos"))
        thread.start()
        thread.join()
        #expect(results.getNowaitOrNil() == "spam(1, dos)")
    }

    @Test func targetReturningAValueIsAccepted() {
        let ran = Event()
        let thread = Thread(target: { () -> Int in ran.set(); return 42 })
        thread.start()
        thread.join()
        #expect(ran.isSet)
    }

    @Test func isAliveBeforeDuringAndAfter() {
        let release = Event()
        let thread = Thread { release.wait() }
        #expect(!thread.isAlive)
        thread.start()
        #expect(thread.isAlive)
        #expect(thread.ident != nil)
        release.set()
        thread.join()
        #expect(!thread.isAlive)
    }

    @Test func joinTimeoutLeavesThreadAlive() {
        let release = Event()
        let thread = Thread { release.wait() }
        thread.start()
        // The thread cannot end before `release` is set: join must give up after the timeout, not before.
        let waited = secondsTaken { thread.join(timeout: 0.05) }
        #expect(waited >= 0.049)
        #expect(thread.isAlive)
        release.set()
        thread.join()
        #expect(!thread.isAlive)
    }

    @Test func defaultAndCustomNames() {
        let named = Thread(name: "descargador") {}
        #expect(named.name == "descargador")
        let unnamed = Thread {}
        #expect(unnamed.name.hasPrefix("Thread-"))
        #expect(Int(unnamed.name.dropFirst("Thread-".count)) != nil)
    }

    @Test func currentThreadInsideAThreadIsThatThread() {
        let seen = Queue<String>()
        let thread = Thread(name: "hilo-actual") { seen.put(Thread.current.name) }
        thread.start()
        thread.join()
        #expect(seen.get() == "hilo-actual")
    }

    @Test func enumerateListsRunningThreads() {
        let release = Event()
        let thread = Thread(name: "enumerado") { release.wait() }
        thread.start()
        #expect(Thread.enumerate().contains { $0 === thread })
        release.set()
        thread.join()
        #expect(!Thread.enumerate().contains { $0 === thread })
    }

    @Test func runOverrideIsWhatStartRuns() {
        final class Greeter: Thread {
            let out: Queue<String>
            init(out: Queue<String>) { self.out = out; super.init() }
            override func run() { out.put("hola desde \(name)") }
        }
        let out = Queue<String>()
        let greeter = Greeter(out: out)
        greeter.name = "saludador"
        greeter.start()
        greeter.join()
        #expect(out.get() == "hola desde saludador")
    }

    @Test func errorFromTargetGoesToExcepthookWithThreadName() {
        struct Broken: Error {}
        let reports = Queue<String>()
        let thread = Thread(name: "roto") { throw Broken() }
        let previous = Thread.excepthook
        Thread.excepthook = { args in reports.put("\(args.threadName): \(type(of: args.error))") }
        defer { Thread.excepthook = previous }
        thread.start()
        thread.join()
        #expect(reports.get() == "roto: Broken")
    }

    @Test func startTwiceIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let thread = Thread {}
            thread.start()
            thread.start()
        }
    }

    @Test func joinBeforeStartIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            Thread {}.join()
        }
    }
}

extension Queue {
    /// The next item if there is one, for assertions.
    func getNowaitOrNil() -> Element? { try? getNowait() }
}
