import ArgumentParser
import Foundation
import SiteGen

/// `sitegen new DIR`: writes a starter project that builds with no warnings.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a starter project (sitegen.yml, content/index.md).")

    @Argument(help: "The project folder (created if needed).") var folder: String
    @Option(help: "The site language: es or en.") var language = "es"

    func validate() throws {
        guard ["es", "en"].contains(language) else { throw ValidationError("--language must be es or en.") }
    }

    func run() throws {
        do {
            for path in try StarterProject(language: language).write(to: folder) { print(path) }
        } catch let error as StarterProject.AlreadyAProject {
            FileHandle.standardError.write(Data("sitegen: error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
