// Threading: Python's `threading`, `queue` and `concurrent.futures`, with Swift's manners.
//
// Re-exporting Foundation lets snippets use `TimeInterval`, `Date` and friends with a single
// `import Threading`; the module's own `Thread` then shadows `Foundation.Thread` for clients.
@_exported import Foundation
