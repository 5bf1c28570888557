#!/usr/bin/env bash
# Differential run: builds an MkDocs project with MkDocs (PyPI) and with sitegen, compares page by page.
#   Benchmarks/mkdocs-diff/run.sh PROJECT_DIR [mkdocs_diff.py options…]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
[ $# -ge 1 ] || { echo "usage: $0 PROJECT_DIR [--keep DIR] [--show N] [--json FILE] [--sitegen-config FILE]" >&2; exit 2; }
python3 -c "import mkdocs, material, pymdownx" 2>/dev/null || \
    pip install --quiet mkdocs mkdocs-material pymdown-extensions markdown-include-variants mkdocs-redirects mkdocs-minify-plugin
[ -x "$root/.build/debug/sitegen" ] || (cd "$root" && swift build --product sitegen)
NO_MKDOCS_2_WARNING=1 exec python3 "$here/mkdocs_diff.py" --sitegen "$root/.build/debug/sitegen" "$@"
