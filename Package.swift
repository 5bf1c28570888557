// swift-tools-version:6.0
import PackageDescription

// sitegen builds and runs on Linux only: the snippet runner reads `/proc` and glibc's `siginfo_t`
// (`_sifields`), the dev server and the site writer read `stat`'s `st_mtim`. Elsewhere, say so
// before any compiler error does.
#if !os(Linux)
#error("sitegen builds on Linux only (it uses /proc, st_mtim and glibc's siginfo_t)")
#endif

let package = Package(
    name: "sitegen",
    products: [
        .executable(name: "sitegen", targets: ["SiteGenCLI"]),
        .library(name: "Threading", targets: ["Threading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "602.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SiteGen",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "SwiftHighlighter",
            dependencies: [
                "SiteGen",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ]
        ),
        .target(name: "Threading", exclude: ["Recording/README.md"]),
        .executableTarget(
            name: "ThreadingBenchmarks",
            dependencies: ["Threading"],
            path: "Benchmarks/threading/Sources"
        ),
        .target(name: "SnippetRunner", dependencies: ["SiteGen", .product(name: "SwiftParser", package: "swift-syntax"),
                                                      .product(name: "SwiftSyntax", package: "swift-syntax")]),
        .target(
            name: "DevServer",
            dependencies: [
                "SiteGen",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "SiteGenCLI",
            dependencies: [
                "SiteGen", "SnippetRunner", "DevServer", "SwiftHighlighter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "MarkdownBenchmark", dependencies: ["SiteGen", "CCmarkGFM"],
                          path: "Benchmarks/markdown/throughput"),
        .executableTarget(name: "MarkdownFuzz", dependencies: ["SiteGen"], path: "Benchmarks/markdown/fuzz"),
        .testTarget(name: "SiteGenTests", dependencies: ["SiteGen"], exclude: ["Timeline/Fixtures"]),
        .testTarget(name: "SwiftHighlighterTests", dependencies: ["SwiftHighlighter"]),
        .testTarget(name: "BrowserTests", dependencies: ["SiteGen", "SwiftHighlighter"]),
        .testTarget(name: "ThreadingTests", dependencies: ["Threading"]),
        .testTarget(name: "SnippetRunnerTests", dependencies: ["SnippetRunner"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DevServerTests",
            dependencies: [
                "DevServer",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
