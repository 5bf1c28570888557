import Testing
@testable import Threading

/// Ported from CPython's Lib/test/test_queue.py.
@Suite struct QueueTests {
    @Test func fifoOrder() {
        let q = Queue<Int>()
        for i in [111, 333, 222] { q.put(i) }
        let got = [q.get(), q.get(), q.get()]
        #expect(got == [111, 333, 222])
    }

    @Test func lifoOrder() {
        let q = LifoQueue<Int>()
        for i in [111, 333, 222] { q.put(i) }
        let got = [q.get(), q.get(), q.get()]
        #expect(got == [222, 333, 111])
    }

    @Test func priorityOrder() {
        let q = PriorityQueue<Int>()
        for i in [111, 333, 222, 5] { q.put(i) }
        let got = [q.get(), q.get(), q.get(), q.get()]
        #expect(got == [5, 111, 222, 333])
    }

    @Test func sizeEmptyAndFull() {
        let q = Queue<String>(maxsize: 2)
        #expect(q.isEmpty && !q.isFull && q.qsize == 0)
        q.put("a")
        q.put("b")
        #expect(!q.isEmpty && q.isFull && q.qsize == 2)
    }

    @Test func getNowaitOnEmptyThrowsEmpty() {
        let q = Queue<Int>()
        #expect(throws: Empty.self) { try q.getNowait() }
        #expect(throws: Empty.self) { try q.get(block: false) }
        #expect(throws: Empty.self) { try q.get(block: false, timeout: 5) }
    }

    @Test func getWithTimeoutWaitsThenThrowsEmpty() throws {
        let q = Queue<Int>()
        let elapsed = secondsTaken { #expect(throws: Empty.self) { try q.get(timeout: 0.1) } }
        #expect(elapsed >= 0.09)
    }

    @Test func putNowaitOnFullThrowsFull() throws {
        let q = Queue<Int>(maxsize: 1)
        try q.putNowait(1)
        #expect(throws: Full.self) { try q.putNowait(2) }
        #expect(throws: Full.self) { try q.put(2, block: false) }
        #expect(q.get() == 1)
    }

    @Test func putWithTimeoutOnFullWaitsThenThrowsFull() {
        let q = Queue<Int>(maxsize: 1)
        q.put(1)
        let elapsed = secondsTaken { #expect(throws: Full.self) { try q.put(2, timeout: 0.1) } }
        #expect(elapsed >= 0.09)
        #expect(q.qsize == 1)
    }

    @Test func blockedGetIsReleasedByPut() {
        let q = Queue<String>()
        let received = Queue<String>()
        let aboutToGet = Event()
        let consumer = Thread {
            aboutToGet.set()
            received.put(q.get())
        }
        consumer.start()
        aboutToGet.wait()
        // The consumer is blocked inside get() on the empty queue, and has received nothing.
        #expect(waitUntil { waiters(on: q.notEmpty, guardedBy: q.mutex) == 1 })
        #expect(received.qsize == 0)
        #expect(consumer.isAlive)
        q.put("dato")
        consumer.join()
        #expect(received.get() == "dato")
    }

    @Test func blockedPutIsReleasedByGet() {
        let q = Queue<Int>(maxsize: 1)
        q.put(1)
        let aboutToPut = Event()
        let producer = Thread {
            aboutToPut.set()
            q.put(2)
        }
        producer.start()
        aboutToPut.wait()
        // The producer is blocked inside put() on the full queue, which still holds one item.
        #expect(waitUntil { waiters(on: q.notFull, guardedBy: q.mutex) == 1 })
        #expect(producer.isAlive)
        #expect(q.qsize == 1)
        #expect(q.get() == 1)
        producer.join()
        #expect(q.get() == 2)
    }

    @Test func joinReturnsAfterEveryTaskIsDone() {
        let q = Queue<Int>()
        let processed = Queue<Int>()
        let workers = (0..<2).map { _ in
            Thread(daemon: true) {
                while true {
                    let item = q.get()
                    if item < 0 { q.taskDone(); return }
                    processed.put(item * 10)
                    q.taskDone()
                }
            }
        }
        workers.forEach { $0.start() }
        for i in 1...100 { q.put(i) }
        q.join()
        #expect(processed.qsize == 100)
        for _ in workers { q.put(-1) }
        q.join()
        workers.forEach { $0.join() }
    }

    @Test func taskDoneTooOftenIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let q = Queue<Int>()
            q.put(1)
            _ = q.get()
            q.taskDone()
            q.taskDone()
        }
    }

    @Test func itemsFromManyProducersAllArrive() {
        let q = Queue<Int>(maxsize: 4)
        let producers = (0..<4).map { p in Thread { for i in 0..<250 { q.put(p * 1000 + i) } } }
        producers.forEach { $0.start() }
        var seen = Set<Int>()
        for _ in 0..<1000 { seen.insert(q.get()) }
        producers.forEach { $0.join() }
        #expect(seen.count == 1000)
        #expect(q.isEmpty)
    }
}
