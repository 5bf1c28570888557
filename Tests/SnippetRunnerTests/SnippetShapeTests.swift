import Testing
@testable import SnippetRunner

@Suite struct SnippetShapeTests {
    private func shape(_ code: String) -> SnippetShape {
        SnippetShape(lines: code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test func plainTopLevelCodeWithTypesAndFunctionsMerges() {
        let code = """
            import Foundation
            final class Box { var value = 1 }
            func twice(_ x: Int) -> Int { x * 2 }
            let box = Box()
            print(twice(box.value))
            """
        let result = shape(code)
        #expect(result.isMergeable)
        #expect(result.importLines == [0])
        #expect(result.memberLines == [1, 2])
        #expect(result.functionKeywords == [2: 0])
    }

    @Test func extensionsOperatorsAccessModifiersMainAndAwaitCompileAlone() {
        #expect(shape("extension Int { var doubled: Int { self * 2 } }").unmergeableBecause == "extension")
        #expect(shape("infix operator <> : AdditionPrecedence").unmergeableBecause == "operator")
        #expect(shape("private let secret = 1").unmergeableBecause == "private")
        #expect(shape("@main struct App { static func main() {} }").unmergeableBecause == "@main")
        #expect(shape("let value = await compute()").unmergeableBecause == "await")
    }

    @Test func aDeclarationUsingATopLevelVariableCompilesAlone() {
        let code = "let counter = Counter()\nfunc work() { counter.add() }\nwork()"
        #expect(shape(code).unmergeableBecause == "a declaration uses the top-level variable 'counter'")
    }

    @Test func keywordsInsideStringsAndCommentsDoNotCount() {
        let code = """
            // extension Int {}
            print("await extension \\(1 + 2)")
            /* private
               func */
            let text = \"\"\"
            extension
            \"\"\"
            print(text)
            """
        let result = shape(code)
        #expect(result.isMergeable)
        #expect(result.memberLines.isEmpty)
    }

    @Test func multiLineDeclarationsAreOneItemWithTheirAttributes() {
        let code = """
            @discardableResult
            func add(
                _ a: Int, _ b: Int
            ) -> Int {
                a + b
            }
            print(add(1, 2))
            """
        let result = shape(code)
        #expect(result.memberLines == [0, 1, 2, 3, 4, 5])
        #expect(result.functionKeywords == [1: 0])
    }

    @Test func nestedInterpolationsDoNotLeakTheirTextIntoTheCode() {
        // A string inside an interpolation inside a string: the words after it are still text.
        let code = #"""
            let greeting = "Hola"
            print("\(greeting + ", \("await")") await extension")
            print("\(["a", "b"].map { "<\($0)>" }.joined(separator: ")")) private")
            func shout() -> String { "fin" }
            print(shout())
            """#
        let result = shape(code)
        #expect(result.unmergeableBecause == nil)
        #expect(result.memberLines == [3])
        #expect(result.functionKeywords == [3: 0])
    }

    @Test func aMultiLineStringWithNestedInterpolationsAndBracesIsOneItem() {
        let code = #"""
            let banner = """
                \(["uno", "dos"].map { "«\($0) {" }.joined(separator: "\(")")")) (
                extension {
                """
            struct Box { var value = 1 }
            print(banner, Box().value)
            """#
        let result = shape(code)
        #expect(result.isMergeable)
        #expect(result.declarationLines == [0, 1, 2, 3, 4])
        #expect(result.memberLines == [4])
    }

    @Test func rawStringsAndTheirInterpolationsAreText() {
        let code = ##"""
            let pattern = #"\d+ "await" \#("extension") ) {"#
            func matches() -> Bool { true }
            print(pattern, matches())
            """##
        let result = shape(code)
        #expect(result.isMergeable)
        #expect(result.memberLines == [1])
    }

    @Test func commentsRightBeforeADeclarationTravelWithIt() {
        let code = """
            print(1)

            // Explica f.
            /* y algo más */ func f() {}
            f()
            """
        let result = shape(code)
        #expect(result.memberLines == [2, 3])
        // The column counts characters, as the source writer inserts `static ` by character.
        #expect(result.functionKeywords == [3: 17])
    }

    @Test func everyNameATupleBindingDeclaresIsATopLevelVariable() {
        let code = "let (total, _) = (1, 2)\nfunc report() { print(total) }\nreport()"
        #expect(shape(code).unmergeableBecause == "a declaration uses the top-level variable 'total'")
    }
}

