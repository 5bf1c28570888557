import Dispatch

/// How long each stage of a build took, in order (`sitegen build --timings` prints them).
///
///     var clock = PhaseTimings()
///     … load …
///     clock.lap("cargar y analizar")
///     clock.phases // [("cargar y analizar", 0.41)]
public struct PhaseTimings: Sendable {
    /// One stage: its name and its wall-clock seconds.
    public struct Phase: Sendable, Equatable {
        public var name: String
        public var seconds: Double
    }

    public private(set) var phases: [Phase] = []
    private var lastLap = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Ends the current stage under `name` and starts the next one.
    public mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append(Phase(name: name, seconds: Double(now - lastLap) / 1e9))
        lastLap = now
    }

    /// One line per stage, aligned: `  render pages      0.412 s  38%`.
    public var lines: [String] {
        let total = phases.reduce(0) { $0 + $1.seconds }
        let width = phases.map(\.name.count).max() ?? 0
        return phases.map { phase in
            let share = total > 0 ? Int((phase.seconds / total * 100).rounded()) : 0
            let padded = phase.name.padding(toLength: width, withPad: " ", startingAt: 0)
            return "  \(padded)  " + String(format: "%7.3f s  %3d%%", phase.seconds, share)
        }
    }
}
