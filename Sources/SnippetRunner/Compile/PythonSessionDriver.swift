/// The Python program that checks a console session (`Snippet.isSession`) with the standard library's
/// doctest: each `>>>` prompt (with its `...` lines) is run, and what it shows must be the lines after
/// it. It stops at the first prompt that fails (later ones usually depend on it) and reports it on
/// stderr at its Markdown line, with long outputs cut to their first lines:
///
///     content/x.md:12: the prompt shows something other than what the session says
///         >>> cola.get()
///       expected:
///         'hola'
///       got:
///         'adiós'
///
/// `compile` only compiles each prompt (`no_run`, `compile_fail`): `content/x.md:12: SyntaxError: …`.
///
///     python -c SOURCE content/x.md FIRST_LINE run|compile SESSION.txt
enum PythonSessionDriver {
    static let source = """
        import doctest, re, sys, traceback
        shown, first, mode, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
        text = open(path, encoding="utf-8").read()
        try:
            test = doctest.DocTestParser().get_doctest(text, {"__name__": "__main__"}, shown, shown, first - 1)
        except ValueError as error:
            # "line 3 of the docstring for NAME lacks blank after >>>: ..." -> the Markdown line
            found = re.match(r"line (\\d+) of the docstring for .*? (\\S.*)", str(error))
            line, message = (first + int(found[1]) - 1, found[2]) if found else (first, str(error))
            sys.exit(f"{shown}:{line}: {message}")

        def at(example):
            return f"{shown}:{first + example.lineno}"

        def prompt(example):
            lines = example.source.rstrip("\\n").split("\\n")
            return "".join(("    >>> " if i == 0 else "    ... ") + line + "\\n" for i, line in enumerate(lines))

        def section(name, text, limit=12):
            lines = text.rstrip("\\n").split("\\n") if text.strip() else ["(nothing)"]
            more = [f"({len(lines) - limit} more lines)"] if len(lines) > limit else []
            return f"  {name}:\\n" + "".join("    " + line + "\\n" for line in lines[:limit] + more)

        class Runner(doctest.DocTestRunner):
            def report_failure(self, out, test, example, got):
                out(f"{at(example)}: the prompt shows something other than what the session says\\n"
                    + prompt(example) + section("expected", example.want) + section("got", got))

            def report_unexpected_exception(self, out, test, example, exc_info):
                raised = "".join(traceback.format_exception_only(exc_info[0], exc_info[1]))
                out(f"{at(example)}: the prompt raised an exception the session does not show\\n"
                    + prompt(example) + section("expected", example.want) + section("raised", raised))

        if mode == "compile":
            for example in test.examples:
                try:
                    compile(example.source, shown, "single")
                except SyntaxError as error:
                    sys.exit(f"{at(example)}: SyntaxError: {error.msg}")
            sys.exit(0)
        runner = Runner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
        runner.run(test, out=sys.stderr.write)
        sys.exit(1 if runner.failures else 0)
        """
}
