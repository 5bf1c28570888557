import Foundation
import Logging

/// Where Hummingbird's own log lines go in `sitegen serve`: warnings and worse, on standard error.
///
/// Hummingbird tags each request's logger with the request id; Swift Log's `StreamLogHandler`
/// re-renders its metadata text at every such change, a cost paid on every request even when
/// nothing is logged. This handler only stores the metadata and renders it when a line is written.
struct ServerLogHandler: LogHandler {
    var logLevel: Logger.Level = .warning
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    let label: String

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        FileHandle.standardError.write(Data("\(label): \(event.level): \(event.message)\(details)\n".utf8))
    }
}
