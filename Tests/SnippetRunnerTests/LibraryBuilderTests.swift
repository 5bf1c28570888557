import Foundation
import SiteGen
import Testing
@testable import SnippetRunner

/// The snippet library is compiled once per version of its sources and compiler, and a library
/// that does not compile is an error that leaves nothing behind.
@Suite struct LibraryBuilderTests {
    private static func builder(_ project: ScratchProject) throws -> LibraryBuilder {
        LibraryBuilder(toolchain: try SwiftToolchain.locate(), cacheDirectory: project.root + "/.sitegen-cache/snippets")
    }

    /// The built archive's inode and modification time: a rebuild writes a new file.
    private static func identity(of path: String) -> [Int]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }

    @Test func noLibraryConfiguredIsNoLibraryAndNoError() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let builder = try Self.builder(project)
        #expect(builder.build(nil).library == nil)
        #expect(builder.build(nil).diagnostics.isEmpty)
        #expect(builder.build(SnippetsConfig(librarySources: [], moduleName: "Greeter")).library == nil)
        let empty = builder.build(SnippetsConfig(librarySources: [project.root + "/nada"], moduleName: "Greeter"))
        #expect(empty.library == nil)
        #expect(empty.diagnostics.first?.message.contains("names no Swift sources") == true)
    }

    @Test func builtOnceThenReusedUntilASourceChanges() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let builder = try Self.builder(project)
        let first = try #require(builder.build(project.greeterLibrary).library)
        let archive = first.directory + "/libGreeter.a"
        #expect(FileManager.default.fileExists(atPath: first.directory + "/Greeter.swiftmodule"))
        let builtOnce = try #require(Self.identity(of: archive))

        let again = try #require(builder.build(project.greeterLibrary).library)
        #expect(again.directory == first.directory)
        #expect(Self.identity(of: archive) == builtOnce)

        try "public let saludo = \"hola\"\n".write(toFile: project.root + "/Library/Saludo.swift", atomically: true, encoding: .utf8)
        let changed = try #require(builder.build(project.greeterLibrary).library)
        #expect(changed.hash != first.hash)
        #expect(changed.directory != first.directory)
        #expect(FileManager.default.fileExists(atPath: changed.directory + "/libGreeter.a"))
    }

    @Test func aLibraryThatDoesNotCompileIsAnErrorAndLeavesNoFolder() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try "public let roto: Int = \"texto\"\n".write(toFile: project.root + "/Library/Roto.swift", atomically: true, encoding: .utf8)
        let builder = try Self.builder(project)
        let result = builder.build(project.greeterLibrary)
        #expect(result.library == nil)
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.contains("the snippet library Greeter does not compile"))
        #expect(message.contains("Roto.swift"))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: builder.cacheDirectory + "/library")) ?? []
        #expect(left.isEmpty)
    }

    @Test func theHashFollowsCompilerModuleAndSources() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let sources = LibraryBuilder.swiftFiles(in: [project.root + "/Library"])
        #expect(sources == [project.root + "/Library/Greeter.swift"])
        let base = LibraryBuilder.hash(module: "Greeter", sources: sources, compilerVersion: "Swift 6.3.1")
        #expect(base == LibraryBuilder.hash(module: "Greeter", sources: sources, compilerVersion: "Swift 6.3.1"))
        #expect(base != LibraryBuilder.hash(module: "Greeter", sources: sources, compilerVersion: "Swift 6.4"))
        #expect(base != LibraryBuilder.hash(module: "Saludos", sources: sources, compilerVersion: "Swift 6.3.1"))
    }
}
