import Testing
@testable import SiteGen

/// pymdownx.keys: `++ctrl+alt+del++` and its `kbd` shape.
@Suite struct KeysTests {
    @Test func keySequence() {
        #expect(ExtensionRender.html("++ctrl+alt+del++\n", ["pymdownx.keys"]) == """
            <p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
            <span>+</span><kbd class="key-delete">Del</kbd></span></p>

            """)
    }

    @Test func lettersFunctionKeysAndQuotedKeys() {
        #expect(ExtensionRender.html("++cmd+shift+p++ ++f5++ ++\"Mi tecla\"++ ++arrow-up++\n", ["pymdownx.keys"]) == """
            <p><span class="keys"><kbd class="key-command">Cmd</kbd><span>+</span><kbd class="key-shift">Shift</kbd>\
            <span>+</span><kbd class="key-p">P</kbd></span> <span class="keys"><kbd class="key-f5">F5</kbd></span> \
            <span class="keys"><kbd>Mi tecla</kbd></span> <span class="keys"><kbd class="key-arrow-up">Up</kbd></span></p>

            """)
    }

    @Test func unknownKeyNamesStayText() {
        #expect(ExtensionRender.html("++foo++ and C++ rocks\n", ["pymdownx.keys"]) == "<p>++foo++ and C++ rocks</p>\n")
    }
}
