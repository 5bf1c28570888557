/// CommonMark and GFM examples (written for this project after the specs' sections) with none of
/// our dialect: the whole pipeline must render each exactly as plain cmark-gfm does.
enum CommonMarkExamples {
    static let all: [String] = [
        // Tabs and precedence
        "\tfoo\tbaz\t\tbim\n", "  \tfoo\tbaz\t\tbim\n", "- foo\n\n\tbar\n", ">\t\tfoo\n", "- `one\n- two`\n",
        // Thematic breaks
        "***\n---\n___\n", " ***\n  ***\n   ***\n", "    ***\n", "Foo\n***\n", "_ _ _ _ a\n\na------\n", "- foo\n***\n- bar\n",
        // ATX and setext headings
        "# foo\n## foo\n### foo\n#### foo\n##### foo\n###### foo\n", "####### foo\n", "#5 bolt\n\n#hashtag\n",
        "# foo *bar* \\*baz\\*\n", "### foo ###\n## foo #################################\n", "### foo \\###\n",
        "Foo *bar*\n=========\n\nFoo *bar*\n---------\n", "Foo\n= =\n", "> foo\nbar\n===\n", "\\> foo\n------\n", "#\n## \n### ###\n",
        "# Título con acentos y ñ\n## Implementación\n## Implementación\n",
        // Indented and fenced code
        "    a simple\n      indented code block\n", "  - foo\n\n    bar\n", "    <a/>\n    *hi*\n\n    - one\n",
        "```\n<\n >\n```\n", "~~~\n<\n >\n~~~\n", "``\nfoo\n``\n", "````\naaa\n```\n``````\n", "```\n", "`````\n\n```\naaa\n",
        "> ```\n> aaa\n\nbbb\n", " ```\n aaa\naaa\n```\n", "```\naaa\n  ```\n", "``` ```\naaa\n", "foo\n```\nbar\n```\nbaz\n",
        "```ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n```\n", "``` aa ```\nfoo\n", "~~~ aa ``` ~~~\nfoo\n~~~\n",
        "```swift title=\"main.swift\"\nprint(1)\n```\n",
        // HTML blocks
        "<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>\n", "<div>\n*hello*\n         <foo><a>\n",
        "<DIV CLASS=\"foo\">\n\n*Markdown*\n\n</DIV>\n", "<a href=\"foo\">\n*bar*\n</a>\n", "<del>*foo*</del>\n",
        "<pre language=\"haskell\"><code>\nimport Text.HTML.TagSoup\n</code></pre>\nokay\n",
        "<script type=\"text/javascript\">\ndocument.getElementById(\"demo\").innerHTML = \"Hello JavaScript!\";\n</script>\nokay\n",
        "<!-- Foo\n\nbar\n   baz -->\nokay\n", "<?php\n\n  echo '>';\n\n?>\nokay\n", "<!DOCTYPE html>\n", "<![CDATA[\nfunction matchwo(a,b)\n]]>\nokay\n",
        "Foo\n<div>\nbar\n</div>\n", "<details>\n<summary>Más</summary>\n\nTexto\n</details>\n",
        // Link reference definitions
        "[foo]: /url \"title\"\n\n[foo]\n", "   [foo]: \n      /url  \n           'the title'  \n\n[foo]\n", "[foo]: /url 'title\n\nwith blank line'\n\n[foo]\n",
        "[FOO]: /url\n\n[Foo]\n", "[foo]: /url\n\"title\" ok\n", "[foo]\n\n[foo]: first\n[foo]: second\n",
        // Block quotes and lists
        "> # Foo\n> bar\n> baz\n", "># Foo\n>bar\n> baz\n", "> bar\nbaz\n> foo\n", "> - foo\n- bar\n", ">\n> foo\n>  \n",
        "A paragraph\nwith two lines.\n\n    indented code\n\n> A block quote.\n", "1.  A paragraph\n    with two lines.\n\n        indented code\n\n    > A block quote.\n",
        "- one\n\n two\n", "- one\n\n  two\n", " -    one\n\n      two\n", "-one\n\n2.two\n", "123456789. ok\n", "1234567890. not ok\n", "0. ok\n", "003. ok\n",
        "- foo\n  - bar\n    - baz\n      - boo\n", "10) foo\n    - bar\n", "- # Foo\n- Bar\n  ---\n  baz\n", "- foo\n- bar\n+ baz\n", "1. foo\n2. bar\n3) baz\n",
        "- foo\n\n- bar\n\n\n- baz\n", "- a\n - b\n  - c\n   - d\n  - e\n - f\n- g\n", "* a\n*\n\n* c\n", "- a\n  > b\n  ```\n  c\n  ```\n- d\n",
        // Inlines
        "\\!\\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~\n", "foo\\\nbar\n",
        "&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n&ClockwiseContourIntegral; &ngE;\n", "&#35; &#1234; &#992; &#0;\n",
        "`foo`\n", "`` foo ` bar ``\n", "` `` `\n", "*foo bar*\n", "a * foo bar*\n", "_foo_bar\n", "**foo bar**\n", "__foo, __bar__, baz__\n",
        "*foo**bar**baz*\n", "***foo** bar*\n", "**foo \"*bar*\" foo**\n", "*(*foo*)*\n", "foo***bar***baz\n",
        "[link](/uri \"title\")\n", "[link](</my uri>)\n", "[link](foo(and(bar)))\n", "[link](#fragment)\n\n[link](http://example.com#fragment)\n",
        "[link *foo **bar** `#`*](/uri)\n", "[![moon](moon.jpg)](/uri)\n", "[foo][bar]\n\n[bar]: /url \"title\"\n", "[foo][]\n\n[foo]: /url\n",
        "![foo *bar*](train.jpg \"train & tracks\")\n", "<http://foo.bar.baz/test?q=hello&id=22&boolean>\n", "<foo@bar.example.com>\n",
        "<a><bab><c2c>\n", "<a  /><b2\ndata=\"foo\" >\n", "foo <!-- this is a\ncomment - with hyphen -->\n", "foo  \nbar\n", "foo\nbaz\n",
        "[enlace a otra página](../hilos.md#colas) y [externo](https://example.com)\n",
        // GFM: tables, strikethrough, autolinks, task lists, footnotes
        "| foo | bar |\n| --- | --- |\n| baz | bim |\n", "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
        "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n", "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
        "| abc | def |\n| --- |\n| bar |\n", "| abc | def |\n| --- | --- |\n", "~~Hi~~ Hello, ~there~ world!\n", "This ~~has a\n\nnew paragraph~~.\n",
        "www.commonmark.org\n", "Visit www.commonmark.org/help for more information.\n", "Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n",
        "www.google.com/search?q=Markup+(business)\n", "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n",
        "foo@bar.baz\n", "- [ ] foo\n- [x] bar\n", "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n",
        "Texto con nota[^1] y otra[^nota].\n\n[^1]: Primera.\n[^nota]: Segunda con *énfasis*.\n\n    y un párrafo más.\n",
        "[^missing] no definida.\n", "<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n",
    ]
}
