import ArgumentParser
import SiteGen

/// `sitegen`: the root command; each subcommand parses its options and calls a library.
@main
struct SiteGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Genera sitios de documentación estáticos y verifica sus ejemplos de código.",
        version: SiteGenVersion.current,
        subcommands: [BuildCommand.self, VerifySnippetsCommand.self, ServeCommand.self, NewCommand.self]
    )
}
