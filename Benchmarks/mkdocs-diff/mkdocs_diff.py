#!/usr/bin/env python3
"""Differential run: build one MkDocs project with MkDocs (PyPI) and with sitegen, compare page by page.

    Benchmarks/mkdocs-diff/run.sh PROJECT_DIR [--sitegen BIN] [--keep DIR] [--show N]

For every page both tools wrote, the article body is reduced to a *signature*: the sequence of
structural blocks (headings with their ids, admonitions, details, tab sets, code blocks) and the
count of every extension element (abbr, kbd, mark, ins, sup, del, sub, icons, mermaid, math,
footnotes, task boxes, annotations, buttons, grids, magic links, highlighted lines, code titles,
tables, list items, inline code). A page is *faithful* when both signatures are equal and
sitegen's text holds no raw extension syntax (`:material-x:`, `{ .class }`, `^^x^^`, `==x==`,
`++x++`, `$x$`, `markdown="1"`, `--8<--`...). MkDocs' text is checked for the same leftovers, so a
leftover that MkDocs prints too does not count against sitegen.

MkDocs needs its plugins and hooks to build; the script writes a copy of the config with the
plugins it does not have and every hook removed (MkDocs only), and leaves the project untouched.
Pages MkDocs cannot render without them are still compared: look at the listed differences.
"""
import argparse
import collections
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

# ---------------------------------------------------------------- MkDocs config loading
class Tagged:
    """A YAML value with a tag (`!ENV`, `!!python/name:…`), written back as it was read."""

    def __init__(self, tag, node):
        self.tag, self.node = tag, node


class _TagKeepingLoader(yaml.SafeLoader):
    """Reads mkdocs.yml keeping its Python and !ENV tags."""


def _keep_tag(loader, suffix, node):
    return Tagged(node.tag, node)


_TagKeepingLoader.add_multi_constructor("!", _keep_tag)
_TagKeepingLoader.add_multi_constructor("tag:yaml.org,2002:python/", _keep_tag)


class _TagKeepingDumper(yaml.SafeDumper):
    pass


_TagKeepingDumper.add_representer(Tagged, lambda dumper, value: value.node)

# Plugins the reference build keeps (bundled with MkDocs or installed by run.sh) when the
# project lists them; every other plugin and every hook is removed.
KEPT_PLUGINS = {"search", "tags", "offline", "redirects", "minify"}


def _importable(module):
    """True when Python-Markdown can load extension `module` (a module path or a built-in short name)."""
    import importlib.util
    for candidate in (module, "markdown.extensions." + module):
        try:
            if importlib.util.find_spec(candidate) is not None:
                return True
        except (ImportError, ValueError):
            pass
    return False


def _merged(parent, child):
    """MkDocs' INHERIT merge: mappings merged key by key, anything else replaced by the child's."""
    if isinstance(parent, dict) and isinstance(child, dict):
        result = dict(parent)
        for key, value in child.items():
            result[key] = _merged(parent[key], value) if key in parent else value
        return result
    return child


def _load_with_inherit(path):
    data = yaml.load(open(path, encoding="utf-8"), Loader=_TagKeepingLoader) or {}
    parent = data.pop("INHERIT", None)
    if isinstance(parent, str):
        parent_path = os.path.normpath(os.path.join(os.path.dirname(path), parent))
        base = _load_with_inherit(parent_path)
        # Paths in the parent stay relative to the parent's folder.
        for key in ("docs_dir",):
            if key in base and key not in data:
                base[key] = os.path.join(os.path.relpath(os.path.dirname(parent_path), os.path.dirname(path)), base[key])
        data = _merged(base, data)
    return data


def reference_config(project, config_name):
    """Writes a config for the MkDocs build: INHERIT resolved; unavailable plugins, extensions and all hooks removed."""
    path = os.path.join(project, config_name)
    data = _load_with_inherit(path)
    plugins = data.get("plugins")
    items = plugins if isinstance(plugins, list) else [{k: v} for k, v in (plugins or {}).items()]
    data["plugins"] = [item for item in items
                       if (item if isinstance(item, str) else next(iter(item))) in KEPT_PLUGINS]
    data.pop("hooks", None)
    extensions = data.get("markdown_extensions")
    if isinstance(extensions, list):
        data["markdown_extensions"] = [e for e in extensions
                                       if _importable((e if isinstance(e, str) else next(iter(e))))]
    elif isinstance(extensions, dict):
        data["markdown_extensions"] = {k: v for k, v in extensions.items() if _importable(k)}
    out = os.path.join(os.path.dirname(path), ".mkdocs-diff.yml")
    with open(out, "w", encoding="utf-8") as handle:
        yaml.dump(data, handle, Dumper=_TagKeepingDumper, allow_unicode=True, sort_keys=False)
    return out


# ---------------------------------------------------------------- page signatures
ELEMENTS = {
    "abbr": lambda t, a: t == "abbr",
    "kbd": lambda t, a: t == "kbd",
    "mark": lambda t, a: t == "mark",
    "ins": lambda t, a: t == "ins",
    "sup": lambda t, a: t == "sup" and "fnref" not in a.get("id", ""),
    "del": lambda t, a: t == "del",
    "sub": lambda t, a: t == "sub",
    "icon": lambda t, a: t == "span" and "twemoji" in a.get("class", "").split(),
    "emoji": lambda t, a: t == "img" and "twemoji" in a.get("class", "").split(),
    "mermaid": lambda t, a: "mermaid" in a.get("class", "").split(),
    "math": lambda t, a: "arithmatex" in a.get("class", "").split(),
    "footnote-ref": lambda t, a: t == "sup" and a.get("id", "").startswith("fnref"),
    "footnote": lambda t, a: t == "li" and a.get("id", "").startswith("fn:"),
    "task": lambda t, a: t == "input" and a.get("type") == "checkbox",
    "annotation": lambda t, a: t == "li" and False,  # counted through annotate lists below
    "button": lambda t, a: "md-button" in a.get("class", "").split(),
    "grid": lambda t, a: "grid" in a.get("class", "").split(),
    "magiclink": lambda t, a: t == "a" and "magiclink" in a.get("class", ""),
    "hll": lambda t, a: t == "span" and "hll" in a.get("class", "").split(),
    "code-title": lambda t, a: t == "span" and "filename" in a.get("class", "").split(),
    "table": lambda t, a: t == "table" and "highlighttable" not in a.get("class", ""),
    "li": lambda t, a: t == "li",
    "dl": lambda t, a: t == "dt",
    "img": lambda t, a: t == "img" and "twemoji" not in a.get("class", "").split(),
    "annotate": lambda t, a: "annotate" in a.get("class", "").split(),
}

RAW_PATTERNS = {
    "icon-shortcode": re.compile(r":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:"),
    "emoji-shortcode": re.compile(r"(?<![\w:/]):[a-z0-9_+-]+:(?![\w/])"),
    "attr-list": re.compile(r"\{:?\s*[.#][\w-]+[^}]*\}"),
    "caret": re.compile(r"\^\^[^\s^][^^]*\^\^"),
    "mark": re.compile(r"==[^\s=][^=]*=="),
    "keys": re.compile(r"\+\+[\w-]+(?:\+[\w-]+)*\+\+"),
    "math": re.compile(r"(?<![\\$\w])\$[^\s$][^$\n]*\$(?![\w$])|\$\$"),
    "markdown-attr": re.compile(r"\bmarkdown=\"?1?\"?"),
    "snippet": re.compile(r"--8<--"),
    "include-variants": re.compile(r"\{\*.*\*\}"),
    "block-fence": re.compile(r"^///", re.M),
    "admonition-marker": re.compile(r"^(?:!!!|\?\?\?\+?|===)\s", re.M),
    "code-fence": re.compile(r"```"),
    "critic": re.compile(r"\{(?:\+\+|--|~~|==|>>)"),
}


class Signature(html.parser.HTMLParser):
    """Reads one article: structure, element counts and visible text (without code)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.structure = []
        self.counts = collections.Counter()
        self.text = []
        self.raw_html_text = []
        self.in_code = 0
        self.skip = 0
        self.stack = []
        self.class_stack = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.stack.append(tag)
        self.class_stack.append(a.get("class", ""))
        cls = a.get("class", "").split()
        if tag == "h1" and not a.get("id"):
            pass  # Material's own page title, added when the page has no level-1 heading
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.structure.append(f"{tag}#{a.get('id', '')}")
        elif tag == "div" and "admonition" in cls:
            self.structure.append("admonition:" + " ".join(c for c in cls if c != "admonition"))
        elif tag == "details":
            self.structure.append("details:" + " ".join(cls))
        elif tag == "div" and "tabbed-set" in cls:
            self.structure.append("tabs")
        elif tag == "pre" and not self.in_code and "linenos" not in self.classes_open:
            self.structure.append("code")  # Pygments' line-number column is not a second block
        if tag in ("code", "pre", "script", "style", "svg"):
            self.in_code += 1
        if tag == "code" and self.stack[-2:-1] != ["pre"] and not any(t == "pre" for t in self.stack[:-1]):
            self.counts["inline-code"] += 1
        for name, test in ELEMENTS.items():
            try:
                if test(tag, a):
                    self.counts[name] += 1
            except Exception:
                pass
        if "markdown" in a:
            self.counts["markdown-attr-left"] += 1

    def handle_endtag(self, tag):
        if tag in ("code", "pre", "script", "style", "svg"):
            self.in_code = max(0, self.in_code - 1)
        while self.stack:
            self.class_stack.pop()
            if self.stack.pop() == tag:
                break

    @property
    def classes_open(self):
        return " ".join(self.class_stack)

    def handle_data(self, data):
        if not self.in_code:
            self.text.append(data)


def article(html_text, tool):
    if tool == "mkdocs":
        m = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', html_text, re.S)
    else:
        m = re.search(r'<article class="content">(.*?)</article>', html_text, re.S)
    if not m:
        return None
    body = m.group(1)
    # Material's page chrome inside the article: edit/view buttons, the feedback form.
    body = re.sub(r'<a href="[^"]*" title="[^"]*" class="md-content__button md-icon".*?</a>', "", body, flags=re.S)
    body = re.sub(r'<form class="md-feedback".*?</form>', "", body, flags=re.S)
    body = re.sub(r'<nav class="md-source-file".*?</nav>', "", body, flags=re.S)
    body = re.sub(r'<aside class="md-source-file".*?</aside>', "", body, flags=re.S)
    return body


def signature(body):
    parser = Signature()
    parser.feed(body)
    parser.close()
    text = "".join(parser.text)
    raw = collections.Counter()
    for name, pattern in RAW_PATTERNS.items():
        raw[name] = len(pattern.findall(text))
    # The permalink ¶ and the headerlink anchors are not content.
    counts = parser.counts
    return parser.structure, counts, raw


def pages(site_dir):
    for root, _, files in os.walk(site_dir):
        for name in files:
            if name == "index.html" or (name.endswith(".html") and name != "404.html"):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, site_dir)
                if rel.startswith(("assets" + os.sep, "search" + os.sep)):
                    continue
                yield rel, path


def compare(mk_site, sg_site, show):
    mk = dict(pages(mk_site))
    sg = dict(pages(sg_site))
    common = sorted(set(mk) & set(sg))
    missing = sorted(set(mk) - set(sg))
    report = {"pages": len(mk), "compared": 0, "faithful": 0, "missing": missing, "problems": {}}
    reasons = collections.Counter()
    for rel in common:
        a = article(open(mk[rel], encoding="utf-8", errors="replace").read(), "mkdocs")
        b = article(open(sg[rel], encoding="utf-8", errors="replace").read(), "sitegen")
        if a is None:
            continue
        report["compared"] += 1
        if b is None:
            report["problems"][rel] = ["no article in sitegen's page"]
            reasons["no article"] += 1
            continue
        s1, c1, r1 = signature(a)
        s2, c2, r2 = signature(b)
        problems = []
        if s1 != s2:
            diff = first_difference(s1, s2)
            problems.append(f"structure: {diff}")
            reasons["structure"] += 1
        for key in sorted(set(c1) | set(c2)):
            if c1[key] != c2[key]:
                problems.append(f"{key}: mkdocs {c1[key]}, sitegen {c2[key]}")
                reasons[key] += 1
        for key in sorted(r2):
            if r2[key] > r1[key]:
                problems.append(f"raw {key}: {r2[key] - r1[key]} left")
                reasons["raw " + key] += 1
        if problems:
            report["problems"][rel] = problems
        else:
            report["faithful"] += 1
    report["reasons"] = dict(reasons.most_common())
    return report


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"#{i}: mkdocs {x!r}, sitegen {y!r}"
    if len(a) != len(b):
        i = min(len(a), len(b))
        extra = a[i] if len(a) > len(b) else b[i]
        who = "mkdocs" if len(a) > len(b) else "sitegen"
        return f"#{i}: only {who} has {extra!r} (mkdocs {len(a)}, sitegen {len(b)} blocks)"
    return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("--sitegen", default=os.path.join(os.path.dirname(__file__), "../../.build/debug/sitegen"))
    parser.add_argument("--config", default="mkdocs.yml")
    parser.add_argument("--sitegen-config", help="config sitegen reads (default: --config)")
    parser.add_argument("--keep", help="folder for both sites (default: a temporary one)")
    parser.add_argument("--show", type=int, default=15, help="pages with problems to list")
    parser.add_argument("--json", help="write the full report here")
    parser.add_argument("--reuse-mkdocs", action="store_true", help="keep an MkDocs build already in --keep")
    args = parser.parse_args()

    project = os.path.abspath(args.project)
    out = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="mkdocs-diff-")
    mk_site, sg_site = os.path.join(out, "mkdocs"), os.path.join(out, "sitegen")
    os.makedirs(out, exist_ok=True)
    if not (args.reuse_mkdocs and os.path.isdir(mk_site)):
        config = reference_config(project, args.config)
        shutil.rmtree(mk_site, ignore_errors=True)
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", mk_site],
                                cwd=project, capture_output=True, text=True)
        os.remove(config)
        if result.returncode != 0:
            print("mkdocs-diff: MkDocs failed to build the project:\n" + result.stderr[-3000:], file=sys.stderr)
            return 2
    shutil.rmtree(sg_site, ignore_errors=True)
    sitegen = os.path.abspath(args.sitegen)
    result = subprocess.run([sitegen, "build", "--config", args.sitegen_config or args.config, "--site-dir", sg_site], cwd=project,
                            capture_output=True, text=True)
    warnings = result.stderr.count(": warning:")
    errors = result.stderr.count(": error:")
    report = compare(mk_site, sg_site, args.show)
    report["sitegen_exit"] = result.returncode
    report["sitegen_warnings"] = warnings
    report["sitegen_errors"] = errors
    name = os.path.basename(project.rstrip("/"))
    pct = 100.0 * report["faithful"] / report["compared"] if report["compared"] else 0.0
    print(f"{name}: sitegen exit {result.returncode} ({errors} errors, {warnings} warnings); "
          f"{report['faithful']}/{report['compared']} pages faithful ({pct:.0f}%), "
          f"{len(report['missing'])} pages missing")
    if result.returncode != 0:
        print(result.stderr[-2000:])
    print("reasons (pages affected):", ", ".join(f"{k} {v}" for k, v in report["reasons"].items()))
    for rel, problems in list(report["problems"].items())[: args.show]:
        print(f"  {rel}: " + "; ".join(problems[:6]))
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(report, handle, indent=1)
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
