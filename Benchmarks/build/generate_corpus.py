#!/usr/bin/env python3
"""Generates the build benchmark corpus: N pages like the seed page (tabs, admonitions, details,
9 code blocks each) in sections of 50, a sitegen.yml whose nav lists every page, and a Hugo site
(config + layouts) reading the same Markdown files.

usage: generate_corpus.py OUT_DIR [PAGES]
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PER_SECTION = 50

HUGO_CONFIG = """baseURL = "https://example.com/"
title = "Corpus"
languageCode = "es"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.renderer]
unsafe = true
[markup.tableOfContents]
startLevel = 2
endLevel = 3
# The same Markdown files as sitegen's docs/, except the home page (a root index.md would make
# Hugo treat the whole folder as one page bundle; Hugo's home is content/_index.md).
[[module.mounts]]
source = "../docs"
target = "content"
excludeFiles = ["index.md"]
[[module.mounts]]
source = "content"
target = "content"
"""

# A layout like a documentation theme's: the full nav on every page (as Hugo themes do),
# the TOC, previous/next.
HUGO_SINGLE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title>
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}"></head>
<body><nav><ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul></li>{{ end }}
</ul></nav>
<main>{{ .Content }}</main>
<aside>{{ .TableOfContents }}</aside>
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</body></html>
"""

HUGO_LIST = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def main():
    out = sys.argv[1]
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seed = open(os.path.join(HERE, "seed.md"), encoding="utf-8").read()
    if os.path.exists(out):
        shutil.rmtree(out)
    docs = os.path.join(out, "docs")
    nav = ["nav:", "  - Inicio: index.md"]
    write(os.path.join(docs, "index.md"), "---\ntitle: Inicio\n---\n# Corpus\n\nUn corpus de prueba.\n")
    for section in range((pages - 1) // PER_SECTION + 1):
        nav.append(f"  - Sección {section + 1}:")
        for index in range(PER_SECTION):
            number = section * PER_SECTION + index
            if number >= pages - 1:
                break
            path = f"s{section:02d}/p{number:04d}.md"
            title = f"Hilos {number}"
            write(os.path.join(docs, path), f"---\ntitle: {title}\n---\n# {title}\n\n{seed}")
            nav.append(f"      - {title}: {path}")
    write(os.path.join(out, "sitegen.yml"),
          "site_name: Corpus\nsite_url: https://example.com/\ndocs_dir: docs\ntheme:\n  language: es\n"
          + "\n".join(nav) + "\n")
    hugo = os.path.join(out, "hugo")
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hugo, "layouts", "index.html"), HUGO_LIST)
    write(os.path.join(hugo, "static", "assets", "site.css"), "body{font-family:sans-serif}\n")
    write(os.path.join(hugo, "content", "_index.md"), "---\ntitle: Inicio\n---\n# Corpus\n\nUn corpus de prueba.\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
