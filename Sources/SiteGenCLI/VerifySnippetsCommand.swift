import ArgumentParser
import SnippetRunner

struct VerifySnippetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify-snippets", abstract: "Compile and run every Swift example.")
    func run() throws { throw ExitCode.failure }
}
