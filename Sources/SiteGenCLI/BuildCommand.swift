import ArgumentParser
import SiteGen

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into site/.")
    func run() throws { throw ExitCode.failure }
}
