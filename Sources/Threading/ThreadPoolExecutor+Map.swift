extension ThreadPoolExecutor {
    /// Calls `fn` on every item on the pool's threads and yields the results lazily, in input
    /// order (Python's `executor.map`). With `bufferSize`, only that many tasks run ahead of the
    /// loop, so an endless input works and memory stays flat (Python 3.14's `buffersize`);
    /// without it, every item is submitted at once.
    ///
    ///     for cuadrado in executor.map({ $0 * $0 }, 1...5) { print(cuadrado) }
    ///     for linea in executor.map(procesar, lineas, bufferSize: 64) { guardar(linea) }
    ///
    /// Breaking out of the loop cancels the tasks submitted ahead that have not started.
    @inlinable
    public func map<Input: Sendable, Output: Sendable>(
        _ fn: @escaping @Sendable (Input) -> Output,
        _ items: some Sequence<Input>,
        bufferSize: Int? = nil
    ) -> some Sequence<Output> {
        OrderedResults(
            inputs: items.makeIterator(),
            bufferSize: bufferSize,
            deadline: nil,
            submit: { item in
                let future = self.submit { fn(item) }
                if _slowPath(tracingMayBeOn) { traceTaskLabel(future, item) }
                return future
            },
            makeElement: { future, _ in
                do {
                    return (try future.result(), false)
                } catch {
                    programmerError("map's task was cancelled (executor shut down with cancelFutures?): \(error)")
                }
            }
        )
    }

    /// Like ``map(_:_:bufferSize:)`` for a function that may throw, or with a `timeout` (seconds,
    /// for the whole iteration, counted from this call): yields each outcome as a `Result`.
    /// A task's error is yielded in its place and the iteration goes on; once the timeout passes it
    /// yields `.failure(TimeoutError())` and ends, cancelling what did not start.
    ///
    ///     for resultado in executor.map(descargar, urls, timeout: 10) {
    ///         switch resultado {
    ///         case .success(let pagina): print(pagina.count)
    ///         case .failure(let error): print("error: \(error)")
    ///         }
    ///     }
    @inlinable
    public func map<Input: Sendable, Output: Sendable>(
        _ fn: @escaping @Sendable (Input) throws -> Output,
        _ items: some Sequence<Input>,
        timeout: TimeInterval? = nil,
        bufferSize: Int? = nil
    ) -> some Sequence<Result<Output, any Error>> {
        OrderedResults(
            inputs: items.makeIterator(),
            bufferSize: bufferSize,
            deadline: Deadline.from(timeout: timeout),
            submit: { item in
                let future = self.submit { try fn(item) }
                if _slowPath(tracingMayBeOn) { traceTaskLabel(future, item) }
                return future
            },
            makeElement: { future, deadline in
                do {
                    return (.success(try future.result(timeout: deadline?.remaining)), false)
                } catch let error as TimeoutError {
                    return (.failure(error), true)
                } catch {
                    return (.failure(error), false)
                }
            }
        )
    }
}
