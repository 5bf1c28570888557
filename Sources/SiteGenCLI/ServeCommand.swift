import ArgumentParser
import DevServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the site with live reload.")
    func run() throws { throw ExitCode.failure }
}
