import Testing
@testable import DevServer

@Test func aFolderPathDecodesToItsSegmentsAndKeepsTheTrailingSlash() throws {
    let path = try RequestPath(rawPath: "/concurrencia/hilos%20y%20colas/")
    #expect(path.segments == ["concurrencia", "hilos y colas"])
    #expect(path.hasTrailingSlash)
}

@Test func nonASCIISegmentsArePercentDecodedAsUTF8() throws {
    #expect(try RequestPath(rawPath: "/gu%C3%ADa/b%C3%A1sico.html").relativePath == "guía/básico.html")
}

@Test func theRootIsNoSegments() throws {
    let path = try RequestPath(rawPath: "/")
    #expect(path.segments.isEmpty)
    #expect(path.relativePath == "")
}

@Test(arguments: [
    ("/../etc/passwd", RequestPath.Rejection.dotSegment),
    ("/a/../../etc/passwd", .dotSegment),
    ("/%2e%2e/etc/passwd", .dotSegment),
    ("/%2E%2E/%2e%2e/etc/passwd", .dotSegment),
    ("/./index.html", .dotSegment),
    ("/a%2f..%2f..%2fetc%2fpasswd", .encodedSeparator),
    ("/a%2F..%2Fb", .encodedSeparator),
    ("/..%5c..%5cetc%5cpasswd", .encodedSeparator),
    ("/a\\..\\b", .forbiddenCharacter),
    ("/index.html%00.css", .forbiddenCharacter),
    ("//etc/passwd", .emptySegment),
    ("/a//b", .emptySegment),
    ("etc/passwd", .notAbsolute),
    ("http://example.com/../etc", .notAbsolute),
    ("/%zz", .invalidEncoding),
    ("/%e2%28%a1", .invalidEncoding),
])
func unsafePathsAreRejected(rawPath: String, reason: RequestPath.Rejection) {
    #expect(throws: reason) { try RequestPath(rawPath: rawPath) }
}
