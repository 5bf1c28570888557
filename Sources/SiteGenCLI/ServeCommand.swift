import ArgumentParser
import DevServer
import Foundation
import SiteGen
import SwiftHighlighter

/// `sitegen serve`: build, serve with live reload, rebuild on every change, until Ctrl-C.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Build the site, serve it with live reload and rebuild it on every change.")

    @Option(name: [.long, .customShort("f"), .customLong("config-file")], help: "The config file (default: sitegen.yml, else mkdocs.yml).")
    var config: String?
    @Option(help: "The interface to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8000
    @Option(name: [.customShort("a"), .customLong("dev-addr")], help: "HOST:PORT to listen on (MkDocs' spelling of --host and --port).")
    var devAddr: String?
    @Flag(help: "Open the site in a browser once it is served.") var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let devAddr, DevAddress(devAddr) == nil { throw ValidationError("--dev-addr must be HOST:PORT (e.g. 127.0.0.1:8000).") }
    }

    func run() async throws {
        let root = FileManager.default.currentDirectoryPath
        let options = BuildOptions(projectRoot: root, configPath: config)
        let address = devAddr.flatMap { DevAddress($0) } ?? DevAddress(host: host, port: port)
        let (project, language) = ServeProject.load(options)
        let builder = SiteBuilder(options: options, highlighter: BuiltinHighlighter(fallback: SwiftSyntaxHighlighter()))
        let server = DevServer(settings: DevServerSettings(host: address.host, port: address.port, language: language),
                               project: project, rebuilder: IncrementalSiteRebuilder(session: SiteBuildSession(builder: builder)), projectRoot: root)
        let openBrowser = open
        do {
            try await server.run { address in
                let line = language.lowercased().hasPrefix("es")
                    ? "sitegen: sirviendo \(address.url) (Ctrl-C para terminar)\n"
                    : "sitegen: serving \(address.url) (Ctrl-C to stop)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
                if openBrowser { BrowserLauncher.open(address.url) }
            }
        } catch let error as DevServerError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
