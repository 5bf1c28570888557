import SiteGen
import SwiftSyntax

/// Finds the identifiers the classifier leaves plain but readers expect coloured: names that
/// `func`, `struct`, `class`, `enum`, `protocol`, `actor` and `typealias` declare, and called
/// functions (`print(…)`, `queue.put(…)`); capitalised callees (`Thread(…)`) count as types.
final class DeclaredAndCalledNames: SyntaxVisitor {
    /// Token class by the UTF-8 offset where the identifier starts.
    private(set) var classes: [Int: TokenClass] = [:]

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .function)
        return .visitChildren
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: TypeAliasDeclSyntax) -> SyntaxVisitorContinueKind {
        mark(node.name, as: .type)
        return .visitChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        var called = node.calledExpression
        if let generic = called.as(GenericSpecializationExprSyntax.self) { called = generic.expression }
        let callee: TokenSyntax? =
            if let reference = called.as(DeclReferenceExprSyntax.self) {
                reference.baseName
            } else if let member = called.as(MemberAccessExprSyntax.self) {
                member.declName.baseName
            } else {
                nil
            }
        if let callee {
            let capitalised = callee.text.first?.isUppercase == true
            mark(callee, as: capitalised ? .type : .function)
        }
        return .visitChildren
    }

    private func mark(_ token: TokenSyntax, as tokenClass: TokenClass) {
        classes[token.positionAfterSkippingLeadingTrivia.utf8Offset] = tokenClass
    }
}
